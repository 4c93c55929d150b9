// Two threads switching deterministically, for the tests that check that the compiled tier
// counts the eval loop's check points (jit-segments.test.ts, jit-groups.test.ts).
import { expect } from "vitest";
import { Interpreter, type InterpreterOptions } from "../../src/index.js";

/**
 * A program's lines after those that define `work(tag, n)` (each item of its loop appended to
 * `log`): two threads run it, and the program prints how their items came in runs.
 */
export const TWO_THREADS_RUNS = [
  "t1 = threading.Thread(target=work, args=('a', 3000))",
  "t2 = threading.Thread(target=work, args=('b', 3000))",
  "t1.start(); t2.start(); t1.join(); t2.join()",
  "runs = []",
  "for x in log:",
  "    if runs and runs[-1][0] == x:",
  "        runs[-1][1] += 1",
  "    else:",
  "        runs.append([x, 1])",
  "print(len(log), len(runs), runs[:6], runs[-3:])",
  "",
];

/** What `program` prints with `options`, a thread switch every 37 check points; it must end with status 0 and no heap block in use. */
export function runSwitchingEvery37(program: string, options: InterpreterOptions): string {
  const out: string[] = [];
  const py = new Interpreter({ ...options, stdout: (t) => out.push(t), switchEvery: 37 });
  expect(py.runSource(program, "<test>")).toBe(0);
  expect(py.close().liveBlocks).toBe(0);
  return out.join("");
}
