// The texts of the compiled tier, as GLASSPY_JIT_DUMP writes them to stderr, captured for the
// tests in a describe block that reads them (jit-cold-exits.test.ts, jit-type-hints.test.ts).
import { afterEach, beforeEach, vi } from "vitest";

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
