// Compiled code's exits to the eval loop are cold (src/jit/emitter-base.ts, COLD_EXIT_BLOCK):
// each one only assigns locals and goes to the one block that syncs the frame and returns, so
// that V8, which compiles a path first taken after it optimised a function into a
// deoptimisation, deoptimises a compiled loop once for all its exits rather than once for each.
// The texts are read as GLASSPY_JIT_DUMP writes them, and the program's output and the heap
// checked: the exits taken here (a guard that fails, a slice's end, the loop's end) must leave
// the frame as the eval loop expects it.
import { describe, expect, it } from "vitest";
import { captureJitDump } from "./jit-dump.js";
import { Interpreter } from "../../src/index.js";

const program = [
  "def work(items, n):",
  "    total = 0",
  "    for i in range(n):",
  "        x = items[i % len(items)]",
  "        total += x * 2 + i",
  "        if total > 10 ** 6:",
  "            total -= 10 ** 6",
  "    return total",
  "print(work([1, 2, 3], 5000))",
  // A float among the ints: the compiled guard fails and the loop leaves at that instruction.
  "print(work([1, 2.5, 3], 5000))",
  "",
].join("\n");

describe("compiled code's exits", () => {
  const dumped = captureJitDump();

  it("share one epilogue, and leave the frame for the eval loop", () => {
    const out: string[] = [];
    // Slices of 100 check points: the loop ends its slice at a backward jump many times.
    const py = new Interpreter({ stdout: (t) => out.push(t), jitThreshold: 1, switchEvery: 100 });
    expect(py.runSource(program, "<test>")).toBe(0);
    // (CPython 3.11's output.)
    expect(out.join("")).toBe("517498\n519165.0\n");
    const texts = dumped.join("").split(/^── /m).filter((t) => t.startsWith("compiled "));
    expect(texts.length).toBeGreaterThan(0);
    const epilogue = "X\\(f, sb, xl, xn, xm, x0, x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11\\); R\\(f, xd, xa\\); J\\.exits \\+= xe; return xr \\+ xc;";
    expect(texts.some((t) => t.startsWith("compiled loop"))).toBe(true);
    expect(texts.some((t) => t.startsWith("compiled function"))).toBe(true);
    for (const text of texts) {
      // J.exits is counted in the epilogue only, and S called for an exit nowhere else (the
      // calls of S left are the syncs before calls into the runtime, which return here).
      expect(text.match(/J\.exits/g)).toHaveLength(1);
      // The warm-up call at the text's making goes straight to the exit's block.
      expect(text).toMatch(/blk = f === 0 \? -1 : 0;/);
      expect(text).not.toMatch(/S\([^)]*\);\s*(J\.exits\+\+;\s*)?return /);
      // The text leaves its block loop for the epilogue, which follows the loop (after the
      // six loops around a loop's dispatch, compile-loop.ts's OSR shield, and the label's block).
      expect(text).toMatch(/case -1: break exit;/);
      const closing = text.startsWith("compiled loop") ? 7 : 1;
      expect(text).toMatch(new RegExp(`\\n\\}( \\}){${closing}}\\n${epilogue}\\n\\}\\);\\s*$`));
      expect(text).toMatch(/ break exit; \}/);
      expect(text).not.toMatch(/blk = -1; continue;/);
    }
    expect(py.close().liveBlocks).toBe(0);
  });

  it("take a deep call's stack and a known method's slice end to the shared block, and write no branch for a size's sign", () => {
    const source = [
      "def f(a, b, c):",
      "    return a - b + c",
      "def g(a, b, c):",
      "    return a * b - c",
      "def work(n):",
      "    out = []",
      "    total = 0",
      "    for i in range(n):",
      // f's call has eleven entries on the stack (the iterator, total, g, 1, 2, f, i, 3, 4 and
      // the two NULLs), g's seven: a slice that ends at either leaves by the cold exit.
      "        total += g(1, 2, f(i, 3, 4))",
      "        out.append(total % 7 - 3)",
      "        if total > 1000:",
      "            total -= 2000",
      "    return total, len(out), sum(out)",
      "print(work(3000))",
      "",
    ].join("\n");
    const out: string[] = [];
    // Slices of 100 check points: they end at the calls and at the append many times.
    const py = new Interpreter({ stdout: (t) => out.push(t), jitThreshold: 1, switchEvery: 100 });
    expect(py.runSource(source, "<test>")).toBe(0);
    // (CPython 3.11's output.)
    expect(out.join("")).toBe("(-4495500, 3000, -3001)\n");
    const texts = dumped.join("").split(/^── /m).filter((t) => t.startsWith("compiled loop of work"));
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) {
      // No exit writes the frame's stack itself (it would count J.exits there).
      expect(text.match(/J\.exits/g)).toHaveLength(1);
      // append's fast path: the slice's end is a cold exit before it, not the general CALL.
      expect(text).toMatch(/\) \{\nif \(vm\.breaker !== 0 \|\| budget <= 1\) \{ xl = \d+; xn = 4;[^}]*break exit; \}\n/);
      // An int comparison is the operator itself; a new int's size word is no negation in a
      // branch of its own.
      expect(text).toMatch(/\(x > y \? 1 : 0\)/);
      expect(text).not.toMatch(/x === y \? 1 : 2/);
      expect(text).toMatch(/const s = v < 0 \? -1 : 0, /);
      expect(text).toMatch(/i32\[w \+ 4\] = \(n \^ s\) - s; i32\[w \+ 5\] = s;/);
    }
    expect(py.close().liveBlocks).toBe(0);
  });

  it("fall through from a block into the next one instead of going back to the switch", () => {
    const out: string[] = [];
    const py = new Interpreter({ stdout: (t) => out.push(t), jitThreshold: 1 });
    expect(py.runSource(program, "<test>")).toBe(0);
    expect(out.join("")).toBe("517498\n519165.0\n");
    const texts = dumped.join("").split(/^── /m).filter((t) => t.startsWith("compiled "));
    let fallthroughs = 0;
    for (const text of texts) {
      const lines = text.split("\n");
      lines.forEach((line, k) => {
        const next = /^case (\d+): \{$/.exec(line);
        if (next === null || Number(next[1]) === 0) return;
        // The previous block's last statement (before its closing brace): never a jump to this
        // block; a fall-through when it is no jump at all.
        const last = lines[k - 2]!;
        expect(last).not.toBe(`blk = ${next[1]}; continue;`);
        if (!/(continue|return [^;]*);( \})?$/.test(last)) fallthroughs++;
      });
    }
    expect(fallthroughs).toBeGreaterThan(0);
    expect(py.close().liveBlocks).toBe(0);
  });
});
