// The texts of the compiled tier, as GLASSPY_JIT_DUMP writes them to stderr, captured for the
// tests in a describe block that reads them (jit-cold-exits.test.ts, jit-type-hints.test.ts).
import { afterEach, beforeEach, expect, vi } from "vitest";
import { Interpreter } from "../../src/index.js";

/** Capture the dump around each test of the calling describe block: the returned array holds what stderr got. */
export function captureJitDump(): string[] {
  const dumped: string[] = [];
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env.GLASSPY_JIT_DUMP;
    process.env.GLASSPY_JIT_DUMP = "1";
    dumped.length = 0;
    vi.spyOn(process.stderr, "write").mockImplementation((text: string | Uint8Array) => {
      dumped.push(String(text));
      return true;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    if (saved === undefined) delete process.env.GLASSPY_JIT_DUMP;
    else process.env.GLASSPY_JIT_DUMP = saved;
  });
  return dumped;
}

/**
 * Run the program of `lines` in a fresh interpreter (the compiled tier's threshold
 * `jitThreshold`, the default when absent), expecting it to finish with status 0 and leave no
 * heap block in use; returns what it printed, and the texts dumped since the test began.
 */
export function runDumped(dumped: readonly string[], lines: readonly string[], jitThreshold?: number): { out: string; texts: string[] } {
  const out: string[] = [];
  const py = new Interpreter({ stdout: (t) => out.push(t), ...(jitThreshold === undefined ? {} : { jitThreshold }) });
  expect(py.runSource([...lines, ""].join("\n"), "<test>")).toBe(0);
  expect(py.close().liveBlocks).toBe(0);
  return { out: out.join(""), texts: dumped.join("").split(/^── /m) };
}

/** The text dumped for `title` (the start of its line after "── "), which must be there. */
export function textOf(dumped: readonly string[], title: string): string {
  const text = dumped.join("").split(/^── /m).find((t) => t.startsWith(title));
  expect(text).toBeDefined();
  return text!;
}
