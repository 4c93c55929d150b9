// Segments (src/jit/emitter-base.ts's Segment): a long block of a compiled text written as
// several functions, the block's own calling each in turn. What the eval loop counts must not
// change with them: a native call inside a segment is a check point of the slice's budget, and
// the budget a segment returns is the one the block goes on with. With deterministic thread
// switching (a switch every 37 check points), two threads interleave their items in the same
// runs whether the loop runs in the eval loop, compiled in one function, or compiled in segments.
import { describe, expect, it } from "vitest";
import { captureJitDump, textOf } from "./jit-dump.js";
import { TWO_THREADS_RUNS, runSwitchingEvery37 } from "./two-threads.js";

const program = [
  "import threading",
  "log = []",
  "def work(tag, n):",
  "    a = 1.5",
  "    b = 2.5",
  "    for i in range(n):",
  "        c = a * b + len(log) * 0.0",
  "        d = c - a + abs(-1) * 0.0",
  "        e = d * 2.0 + abs(-2) * 0.0",
  "        f = e - c + len(log) * 0.0",
  "        g = f * 0.5 + abs(-3) * 0.0",
  "        h = g + a - b + abs(-4) * 0.0",
  "        k = h * h + len(log) * 0.0",
  "        m = k - h + abs(-5) * 0.0",
  "        log.append(tag)",
  ...TWO_THREADS_RUNS,
].join("\n");

/** The program's output with the tier's threshold and segment size given (switches every 37 check points). */
function run(jitThreshold: number, jitSegmentChars: number): string {
  return runSwitchingEvery37(program, { jitThreshold, jitSegmentChars });
}

describe("compiled code's segments", () => {
  const dumped = captureJitDump();

  it("count the check points the eval loop counts", () => {
    const interpreted = run(0, 0);
    // (Switches inside the loop: the threads' items come in many short runs.)
    expect(Number(interpreted.split(" ")[1])).toBeGreaterThan(100);
    dumped.length = 0;
    expect(run(1, 0)).toBe(interpreted);
    expect(dumped.join("")).not.toMatch(/const seg0 = \(function seg0\(/);
    dumped.length = 0;
    expect(run(1, 400)).toBe(interpreted);
    const loop = textOf(dumped, "compiled loop of work");
    // Several segments, each with its own exit epilogue, called from the loop's function.
    const segments = loop.match(/^const seg\d+ = \(function seg\d+\(f, budget, th, s0\) \{$/gm) ?? [];
    expect(segments.length).toBeGreaterThanOrEqual(3);
    expect(loop.match(/J\.exits \+= xe; return -1 - \(xr \+ xc\);/g)).toHaveLength(segments.length);
    expect(loop).toMatch(/\{ const r = seg1\(f, budget, th, s0\); if \(r < 0\) return -1 - r; budget = r; \}/);
  });
});
