// Groups (src/jit/block-groups.ts): a long compiled text's blocks run by several functions,
// the text's own calling the others, which return the block to go on at. What the eval loop
// counts must not change with them: the budget and the loop's part go back and forth with each
// call, and a check point inside a group is one of the slice's. With deterministic thread
// switching (a switch every 37 check points), two threads interleave their items in the same
// runs whether their code runs in the eval loop, compiled in one function per text, or in
// groups: a loop's text and a whole function's (returns from inside a group), with an
// exception raised and caught inside the loop.
import { describe, expect, it } from "vitest";
import { captureJitDump, textOf } from "./jit-dump.js";
import { TWO_THREADS_RUNS, runSwitchingEvery37 } from "./two-threads.js";

const program = [
  "import threading",
  "log = []",
  "def step(x, n):",
  "    t = 0",
  "    j = 0",
  "    while j < n:",
  "        if x & 1:",
  "            t += len(log) & 3",
  "        else:",
  "            t -= abs(-j)",
  "        if t > 1000:",
  "            return t",
  "        j += 1",
  "    if x % 3 == 0:",
  "        return -t",
  "    return t",
  "def work(tag, n):",
  "    acc = 0",
  "    for i in range(n):",
  "        if i % 2:",
  "            acc += step(i, 3)",
  "        else:",
  "            acc -= step(i, 2)",
  "        if i % 5 == 0:",
  "            acc ^= len(log)",
  "        elif i % 7 == 0:",
  "            acc += abs(-i)",
  "        else:",
  "            acc -= 1",
  "        try:",
  "            if i % 101 == 100:",
  "                raise ValueError(i)",
  "        except ValueError as e:",
  "            acc += e.args[0]",
  "        log.append(tag)",
  "    log.append(acc)",
  ...TWO_THREADS_RUNS,
].join("\n");

/** The program's output with the tier's threshold and group size given (switches every 37 check points). */
function run(jitThreshold: number, jitGroupChars: number): string {
  return runSwitchingEvery37(program, { jitThreshold, jitGroupChars });
}

describe("compiled code's groups", () => {
  const dumped = captureJitDump();

  it("count the check points the eval loop counts", () => {
    const interpreted = run(0, 0);
    // (Switches inside the loop: the threads' items come in many short runs.)
    expect(Number(interpreted.split(" ")[1])).toBeGreaterThan(20);
    dumped.length = 0;
    expect(run(1, 0)).toBe(interpreted);
    expect(dumped.join("")).not.toMatch(/const grp1 = /);
    dumped.length = 0;
    expect(run(1, 300)).toBe(interpreted);
    // The loop's text: groups that take the budget and the part, the text's function calling
    // them and reading back what they left.
    const loop = textOf(dumped, "compiled loop of work");
    const groups = loop.match(/^const grp\d+ = \(function grp\d+\(f, budget, th, blk, part\b/gm) ?? [];
    expect(groups.length).toBeGreaterThanOrEqual(3);
    expect(loop).toMatch(/\{ (i32\[sb \+ \d+\] = s\d+; )*gb = budget; gp = part; return \d+; \}/);
    expect(loop).toMatch(/if \(g < 0\) return gr;\nblk = g; budget = gb; part = gp;/);
    // A whole function's: its returns inside groups go through gr.
    const step = textOf(dumped, "compiled function step");
    expect(step).toMatch(/^const grp1 = \(function grp1\(f, th, blk\b/m);
    expect(step).toMatch(/leaveFrame\(rt, th, f\); \{ gr = \w+; return -1; \}/);
  });
});
