/**
 * sys.gettotalrefcount exists in the debug mode only (as in a CPython debug build) and moves by
 * exactly the references a program takes and drops.
 */
import { describe, expect, it } from "vitest";
import { Interpreter } from "../../src/index.js";

function run(source: string, debugHeap: boolean): string {
  let out = "";
  let err = "";
  const py = new Interpreter({ debugHeap, stdout: (t) => { out += t; }, stderr: (t) => { err += t; } });
  const status = py.runSource(source);
  expect(py.close().liveBlocks).toBe(0);
  expect(err).toBe("");
  expect(status).toBe(0);
  return out;
}

describe("sys.gettotalrefcount", () => {
  it("is absent outside the debug mode", () => {
    expect(run("import sys\nprint(hasattr(sys, 'gettotalrefcount'))\n", false)).toBe("False\n");
  });

  it("counts every reference taken and dropped", () => {
    // Between t0 and t1: the int t0 and its globals key (2), the list and its key (2), and
    // the list's 1000 references to x. After `del refs` only the ints and keys remain. (print
    // is called once first: its first call makes the tuple of its keyword names, as CPython's.)
    const source = [
      "import sys", "print(end='')", "x = object()", "t0 = sys.gettotalrefcount()", "refs = [x] * 1000",
      "t1 = sys.gettotalrefcount()", "print(t1 - t0)", "del refs", "t2 = sys.gettotalrefcount()", "print(t2 - t0)",
      "f = 1.5 * 2.0", "n = 10 ** 20 + 1", "t3 = sys.gettotalrefcount()", "print(t3 - t2)",
    ].join("\n");
    expect(run(source, true)).toBe("1004\n4\n6\n");
  });
});
