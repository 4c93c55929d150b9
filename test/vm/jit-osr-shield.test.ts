// A loop's text runs its dispatch loop at loop depth 6, inside six loops entered once a call
// (src/jit/compile-loop.ts, OSR_SHIELD_OPEN): V8 then does not compile it on-stack the moment
// its ordinary code is installed, which the next part's call runs anyway. A function's whole
// text keeps its dispatch loop at depth 0 (one long call of it needs on-stack compilation).
// The texts are read as GLASSPY_JIT_DUMP writes them.
import { describe, expect, it } from "vitest";
import { captureJitDump, runDumped } from "./jit-dump.js";

/** How many loops enclose the text's `switch (blk)`, counting only loops V8 gives a backward jump of their own (a statement before the inner loop's head). */
function dispatchDepth(text: string): number {
  const before = text.slice(0, text.indexOf("switch (blk)"));
  const heads = before.match(/for \(;;\) \{/g) ?? [];
  const shared = before.match(/for \(;;\) \{\s*for \(;;\)/g) ?? [];
  return heads.length - 1 - shared.length;
}

describe("the compiled tier's dispatch loop", () => {
  const dumped = captureJitDump();

  it("is at loop depth 6 in a loop's text and at depth 0 in a whole function's", () => {
    const { out, texts } = runDumped(dumped, [
      "def step(x):",
      "    t = 0",
      "    for j in range(3):",
      "        t += j * x",
      "    return t",
      "def main():",
      "    total = 0",
      "    for i in range(3000):",
      "        total += step(i)",
      "    return total",
      "print(main())",
    ]);
    // (CPython 3.11's output.)
    expect(out).toBe("13495500\n");
    const loop = texts.find((t) => t.startsWith("compiled loop of main"));
    const whole = texts.find((t) => t.startsWith("compiled function step"));
    expect(loop).toBeDefined();
    expect(whole).toBeDefined();
    expect(dispatchDepth(loop!)).toBe(6);
    expect(dispatchDepth(whole!)).toBe(0);
    // Each enclosing loop, then the exit's label block, is closed after the dispatch loop, and
    // only the cold exit's epilogue follows them.
    expect(loop!).toMatch(/\n\}( \}){7}\nX\(f, sb, [^\n]*return xr \+ xc;\n\}\);/);
  });

  it("leaves a long inner loop's single call with the right result", () => {
    // The inner loop is short while the outer one is compiled (inline in its text), then runs
    // 300,000 iterations in one of the text's calls: V8 may compile that call on-stack, late.
    const { out } = runDumped(dumped, [
      "def f(n):",
      "    t = 0",
      "    for i in range(n):",
      "        m = i % 5 if i < 600 else 300000",
      "        for j in range(m):",
      "            t += j",
      "    return t",
      "print(f(601))",
    ]);
    // (CPython 3.11's output.)
    expect(out).toBe("44999851200\n");
  });
});
