// A function compiled whole (src/jit/tier.ts's bodyOf) calls the loops of its code that
// already run long by their own compiled functions, rather than compiling them again inside
// its text: a comprehension's loop is compiled in its first calls, its body after many. The
// texts are read as GLASSPY_JIT_DUMP writes them.
import { describe, expect, it } from "vitest";
import { captureJitDump, runDumped } from "./jit-dump.js";

const program = [
  "def squares(n):",
  "    return [i * i for i in range(n)]",
  "def short(n):",
  "    return [i + 1 for i in range(n)]",
  "total = 0",
  "for k in range(200):",
  "    total += sum(squares(300)) + sum(short(2))",
  "print(total)",
];

describe("a function compiled whole", () => {
  const dumped = captureJitDump();

  it("calls its long loops' compiled functions and keeps its short loops inline", () => {
    // (The default threshold: a body is compiled at its hundredth call, by when its loop has been judged.)
    const { out, texts } = runDumped(dumped, program);
    // (CPython 3.11's output.)
    expect(out).toBe("1791010600\n");
    const bodies = texts.filter((t) => t.startsWith("compiled function <listcomp>"));
    // Both comprehensions' bodies were compiled: the long loop's (300 iterations a call) calls
    // its loop's function, the short one's (2) has its loop in the text.
    expect(bodies).toHaveLength(2);
    const calling = bodies.filter((t) => t.includes("runCompiledLoop(vm, th, f,"));
    expect(calling).toHaveLength(1);
    const inline = bodies.find((t) => !t.includes("runCompiledLoop(vm, th, f,"))!;
    expect(inline).toMatch(/rangeNext\(rt, ty,/);
    expect(calling[0]!.length).toBeLessThan(inline.length);
  });
});
