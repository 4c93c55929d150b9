// When the glasspy command lets V8 optimise the eval loop (src/vm/eval-loop-tiering.ts): Node
// runs with `--turbo-filter=-runSlice`, and the filter is lifted once the eval loop itself has
// done enough of a program's work. In this process (vitest's) the filter is not set: the
// module is driven with the flag added to process.execArgv for the test.
import { afterEach, describe, expect, it } from "vitest";
import {
  EVAL_LOOP_FILTER, EXCEPTION_WEIGHT, evalLoopWork, noteEvalLoopEntry, noteSliceExpired, startEvalLoopWork,
} from "../../src/vm/eval-loop-tiering.js";
import { Interpreter } from "../../src/index.js";
// @ts-expect-error: a JavaScript module without declarations
import { V8_FLAGS } from "../../scripts/build.mjs";

function startWithFilter(): void {
  process.execArgv.push(EVAL_LOOP_FILTER);
  try {
    startEvalLoopWork();
  } finally {
    process.execArgv.pop();
  }
}

describe("the eval loop's optimisation", () => {
  afterEach(() => startEvalLoopWork());

  it("is held back by the very flag the command starts Node with", () => {
    // (Were the two to differ, the command's eval loop would never be optimised.)
    expect(V8_FLAGS).toContain(EVAL_LOOP_FILTER);
  });

  it("is not held back without the filter", () => {
    startEvalLoopWork();
    expect(evalLoopWork.held).toBe(false);
    noteEvalLoopEntry(1_000_000);
    expect(evalLoopWork.entries).toBe(0);
  });

  it("is released after 20,000 entries of the eval loop", () => {
    startWithFilter();
    expect(evalLoopWork.held).toBe(true);
    for (let i = 0; i < 19_999; i++) noteEvalLoopEntry(1);
    expect(evalLoopWork.held).toBe(true);
    noteEvalLoopEntry(1);
    expect(evalLoopWork.held).toBe(false);
  });

  it("counts an exception the eval loop handles as several entries", () => {
    startWithFilter();
    for (let i = 0; i < 20_000 / EXCEPTION_WEIGHT - 1; i++) noteEvalLoopEntry(EXCEPTION_WEIGHT);
    expect(evalLoopWork.held).toBe(true);
    noteEvalLoopEntry(EXCEPTION_WEIGHT);
    expect(evalLoopWork.held).toBe(false);
  });

  it("is released after 100,000 check points of the eval loop's own, not compiled code's", () => {
    startWithFilter();
    evalLoopWork.compiled = 600_000;
    for (let i = 0; i < 13; i++) noteSliceExpired(50_000);
    expect(evalLoopWork.held).toBe(true);
    noteSliceExpired(50_000);
    expect(evalLoopWork.held).toBe(false);
  });

  it("counts a program's generator resumptions, exceptions and compiled check points", () => {
    startWithFilter();
    const out: string[] = [];
    const py = new Interpreter({ stdout: (t) => out.push(t) });
    expect(py.runSource([
      "def gen(n):",
      "    for i in range(n):",
      "        yield i",
      "def f(i):",
      "    try:",
      "        raise ValueError(i)",
      "    except ValueError:",
      "        return 1",
      "total = sum(gen(500)) + sum(f(i) for i in range(50))",
      "for i in range(3000):",
      "    total += i",
      "print(total)",
      "",
    ].join("\n"), "<test>")).toBe(0);
    expect(py.close().liveBlocks).toBe(0);
    // (CPython 3.11's output.)
    expect(out.join("")).toBe("4623300\n");
    // Each resumption enters the eval loop, and each exception counts EXCEPTION_WEIGHT.
    expect(evalLoopWork.entries).toBeGreaterThanOrEqual(500 + 50 * EXCEPTION_WEIGHT);
    expect(evalLoopWork.held).toBe(true);
  });

  it("counts the check points of a compiled loop as compiled code's, not the eval loop's", () => {
    startWithFilter();
    const out: string[] = [];
    const py = new Interpreter({ stdout: (t) => out.push(t) });
    expect(py.runSource(["def f():", "    t = 0", "    for i in range(30000):", "        t += i", "    return t", "print(f())", ""].join("\n"), "<test>")).toBe(0);
    expect(py.close().liveBlocks).toBe(0);
    // (CPython 3.11's output.)
    expect(out.join("")).toBe("449985000\n");
    // The loop's first hundred backward jumps were the eval loop's; the rest, in slices that
    // ran out, the compiled tier's.
    expect(evalLoopWork.compiled).toBeGreaterThan(25_000);
    expect(evalLoopWork.slices - evalLoopWork.compiled).toBeLessThan(1_000);
  });
});
