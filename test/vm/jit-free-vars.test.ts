// A compiled function copies its closure's cells into its frame itself (COPY_FREE_VARS in
// src/jit/block-emitter.ts: closures and zero-argument super(), whose __class__ cell is a free
// variable), rather than through the eval loop's general path; each cell gets its reference,
// released with the frame. The texts are read as GLASSPY_JIT_DUMP writes them.
import { describe, expect, it } from "vitest";
import { captureJitDump, runDumped } from "./jit-dump.js";

/** COPY_FREE_VARS's opcode (src/compile/opcodes.ts's Op). */
const COPY_FREE_VARS = 18;

describe("a compiled function's free variables", () => {
  const dumped = captureJitDump();

  it("are copied in the text, with their references", () => {
    const { out, texts } = runDumped(dumped, [
      "import sys",
      "def pair(a, b):",
      "    def g(x):",
      "        return a * x + b",
      "    return g",
      "class Base:",
      "    def __init__(self, v):",
      "        self.v = v",
      "class Child(Base):",
      "    def __init__(self, v):",
      "        super().__init__(v + 1)",
      "def main(g, n):",
      "    total = 0",
      "    for i in range(n):",
      "        total += g(i) + Child(i).v",
      "    return total",
      "g = pair(3, 4)",
      "print(main(g, 400))",
      "print(sys.getrefcount(g.__closure__[0]), sys.getrefcount(g.__closure__[1]))",
    ], 50);
    // (CPython 3.11's output.)
    expect(out).toBe("321200\n2 2\n");
    const copies = texts.filter((t) => /^compiled function (g|__init__) /.test(t) && t.includes("const cl = "));
    // g's two cells, and Child.__init__'s __class__ (Base.__init__ has none).
    const g = copies.find((t) => t.startsWith("compiled function g "));
    expect(g).toBeDefined();
    expect(g!.match(/i32\[c >> 2\]\+\+; i32\[lp \+ \d+\] = c;/g)).toHaveLength(2);
    expect(copies.filter((t) => t.startsWith("compiled function __init__ "))).toHaveLength(1);
    // (No text leaves the instruction to the general path: execSlow with its opcode.)
    for (const t of texts.filter((t) => t.startsWith("compiled "))) expect(t).not.toMatch(new RegExp(`execSlow\\(vm, th, f, sb \\+ \\d+, ${COPY_FREE_VARS},`));
  });
});
