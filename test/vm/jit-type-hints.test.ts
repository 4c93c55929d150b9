// Compiled code's texts follow the types the frame's locals had when the tier compiled them
// (src/jit/emitter-base.ts, TypeHints): arithmetic on locals seen as floats has no int paths
// inline, arithmetic on ints no float path, and a parameter that no `del` unbinds is loaded
// without a test for an unbound local. The hints only shorten the texts: when they are wrong
// (the types change after the text was made) the calls and the eval loop's general path give
// the same results. The texts are read as GLASSPY_JIT_DUMP writes them.
import { describe, expect, it } from "vitest";
import { captureJitDump, runDumped } from "./jit-dump.js";
import { Interpreter } from "../../src/index.js";

/** One loop on floats and one on ints, each run again with the other kind of value. */
const program = [
  "def floats(x, y, n):",
  "    total = 0.0",
  "    for i in range(n):",
  "        z = x * y - x",
  "        total += z",
  "        if total > y:",
  "            total = total / 3",
  "    return total",
  "def ints(a, b, n):",
  "    total = 0",
  "    for i in range(n):",
  "        c = a * b + i",
  "        total += c % 7",
  "        if c < total:",
  "            total -= 1",
  "    return total",
  "print(floats(1.5, 2.25, 300))",
  "print(ints(3, 4, 300))",
  // The hints are now wrong: ints in the float loop, floats and big ints in the int loop.
  "print(floats(3, 4, 300))",
  "print(ints(1.5, 2.5, 300))",
  "print(ints(2 ** 40, 3, 300))",
  "print(floats(2, 0.5, 300))",
  "",
].join("\n");

/** CPython 3.11's output for `program`. */
const expected = [
  "0.9375", "605", "4.5", "827.0", "898", "-300.0", "",
].join("\n");

/** The text of BINARY_OP's one-digit int path (number-emitter.ts), as it begins. */
const intPath = /\(\(i32\[\(\w+ \+ 16\) >> 2\] \+ 1\) >>> 0\) <= 2 && i32\[\(\w+ \+ 8\) >> 2\] === \d+ && \(\(i32\[\(\w+ \+ 16\) >> 2\] \+ 1\) >>> 0\) <= 2\) \{ const x = /;

describe("compiled code's type hints", () => {
  const dumped = captureJitDump();

  function run(): Map<string, string> {
    const out: string[] = [];
    const py = new Interpreter({ stdout: (t) => out.push(t), jitThreshold: 50 });
    expect(py.runSource(program, "<test>")).toBe(0);
    expect(out.join("")).toBe(expected);
    expect(py.close().liveBlocks).toBe(0);
    const texts = new Map<string, string>();
    for (const t of dumped.join("").split(/^── /m)) {
      const name = /^compiled (?:loop of|function) (\w+)/.exec(t);
      if (name !== null) texts.set(name[1]!, (texts.get(name[1]!) ?? "") + t);
    }
    return texts;
  }

  it("leave out the paths of the other kind of number, and give CPython's results when wrong", () => {
    const texts = run();
    const floats = texts.get("floats")!;
    const ints = texts.get("ints")!;
    expect(floats).toBeDefined();
    expect(ints).toBeDefined();
    const floatType = /=== (\d+)\) \{ const v = f64\[/.exec(floats)![1];
    // The float loop: float arithmetic inline, no int arithmetic inline.
    expect(floats).toMatch(/const v = f64\[\(\w+ \+ 16\) >> 3\] \* f64\[\(\w+ \+ 16\) >> 3\]/);
    expect(floats).not.toMatch(intPath);
    // The int loop: int arithmetic inline, no float arithmetic (nor a float's free list) inline.
    expect(ints).toMatch(intPath);
    expect(ints).not.toMatch(/const v = f64\[/);
    expect(ints).not.toMatch(new RegExp(`=== ${floatType} && free\\.floatCount`));
  });

  it("load parameters without a test for an unbound local, other locals with one", () => {
    const texts = run();
    for (const name of ["floats", "ints"]) {
      const text = texts.get(name)!;
      // Locals 0 and 1 (the parameters x, y or a, b) are read unchecked; `total` (local 3) is
      // checked where the block has not stored it.
      for (const param of [0, 1]) {
        const loads = [...text.matchAll(new RegExp(`const (t\\d+) = i32\\[lp \\+ ${2 * param}\\];`, "g"))].map((m) => m[1]);
        expect(loads.length).toBeGreaterThan(0);
        for (const t of loads) expect(text).not.toMatch(new RegExp(`if \\(${t} === 0\\)`));
      }
      const totals = [...text.matchAll(/const (t\d+) = i32\[lp \+ 6\];\nif \((t\d+) === 0\)/g)];
      expect(totals.length).toBeGreaterThan(0);
    }
  });

  it("call no number path for a constant str's %", () => {
    const { out, texts } = runDumped(dumped, [
      "def labels(n):",
      "    total = 0",
      "    for i in range(n):",
      "        total += len('%s:%d' % ('x', i)) + i % 3",
      "    return total",
      "print(labels(300))",
    ], 50);
    // (CPython 3.11's output.)
    expect(out).toBe("1690\n");
    const text = texts.find((t) => t.startsWith("compiled loop of labels"))!;
    // `i % 3`, the sum and total's `+=` have B behind their inline paths; the str's `%` goes
    // to the general path alone.
    expect(text.match(/ = B\(/g)).toHaveLength(3);
  });

  it("still raise UnboundLocalError for a parameter deleted by the code", () => {
    const out: string[] = [];
    const err: string[] = [];
    const py = new Interpreter({ stdout: (t) => out.push(t), stderr: (t) => err.push(t), jitThreshold: 1 });
    const source = [
      "def f(x, n):",
      "    total = 0",
      "    for i in range(n):",
      "        total += x",
      "        if i == n - 2:",
      "            del x",
      "    return total",
      "try:",
      "    f(1, 200)",
      "except UnboundLocalError as e:",
      "    print(e)",
      "",
    ].join("\n");
    expect(py.runSource(source, "<test>")).toBe(0);
    expect(out.join("")).toBe("cannot access local variable 'x' where it is not associated with a value\n");
    expect(py.close().liveBlocks).toBe(0);
  });
});
