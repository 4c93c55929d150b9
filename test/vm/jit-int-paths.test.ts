// Compiled code's int arithmetic (src/jit/number-emitter.ts): paths that a constant operand
// rules out are not written (a constant of two digits has no one-digit path), and ints whose
// result leaves 2**53 go to int-few-digits.ts at once (FD) rather than through B. The texts
// are read as GLASSPY_JIT_DUMP writes them; the results and sizes are CPython 3.11's.
import { describe, expect, it } from "vitest";
import { captureJitDump, runDumped } from "./jit-dump.js";

const program = [
  "import sys",
  "def lcg(n):",
  "    state = 12345",
  "    sizes = set()",
  "    for _ in range(n):",
  "        state = (state * 1103515245 + 12345) % 2147483648",
  "        sizes.add(sys.getsizeof(state * 1103515245))",
  "    return state, sorted(sizes)",
  "print(lcg(500))",
];

describe("compiled int arithmetic", () => {
  const dumped = captureJitDump();

  it("leaves out paths a constant rules out, and takes few-digit ints to FD", () => {
    const { out, texts } = runDumped(dumped, program, 50);
    // (CPython 3.11's output.)
    expect(out).toBe("(2054541445, [32, 36])\n");
    const text = texts.find((t) => t.startsWith("compiled loop of lcg"))!;
    expect(text).toBeDefined();
    expect(text).not.toMatch(/&& false\)/);
    expect(text).toMatch(/\) r\d+ = FD\(\w+, \d+, 5\);/);
    expect(text).toMatch(/\) r\d+ = FD\(\w+, \d+, 0\);/);
    expect(text).toMatch(/\) r\d+ = FD\(\w+, \d+, 6\);/);
  });

  it("takes a new int's block as the heap would: the pool's free list, else its virgin area", () => {
    // Fresh pools filled in address order, full ones left for the next, freed blocks taken
    // back: the ids' steps are the same whether the eval loop or a text made the ints.
    const lines = [
      "def steps(ids):",
      "    out = {}",
      "    for a, b in zip(ids, ids[1:]):",
      "        step = b - a if b - a in (32, -32) else 'other'",
      "        out[step] = out.get(step, 0) + 1",
      "    return sorted(out.items(), key=str)",
      "def build(n, base):",
      "    keep = [None] * n",
      "    for i in range(n):",
      "        keep[i] = base + i * 7",
      "    return keep",
      "keep = build(3000, 1_000_000)",
      "print(steps([id(x) for x in keep]))",
      "freed = [id(x) for x in keep[1::2]]",
      "del keep[1::2]",
      "again = build(1500, 2_000_000)",
      "print(sum(1 for x in again if id(x) in set(freed)), steps([id(x) for x in again]))",
      "print(steps([id(x) for x in build(3000, 3_000_000)]))",
    ];
    const compiled = runDumped(dumped, lines, 50);
    const text = compiled.texts.find((t) => t.startsWith("compiled loop of build"))!;
    // The virgin area's next block (the pool's NEXTOFFSET word) is read in the text.
    expect(text).toMatch(/const off = i32\[pw \+ 10\]; if \(off <= i32\[pw \+ 11\]\)/);
    expect(compiled.out).toMatch(/^\[\('other', \d+\), \(32, 29\d\d\)\]\n1498 /);
    expect(compiled.out).toBe(runDumped(dumped, lines, 0).out);
  });

  it("writes the two-digit path only where an operand was not a small int", () => {
    const { out, texts } = runDumped(dumped, [
      "def small(n):",
      "    t = 0",
      "    for i in range(n):",
      "        t = (t + i) % 1000 - 3",
      "    return t",
      "def large(n):",
      "    t = 2 ** 40",
      "    for i in range(n):",
      "        t = t + i",
      "    return t",
      "print(small(300), large(300))",
    ], 50);
    // (CPython 3.11's output.)
    expect(out).toBe("950 1099511672626\n");
    const twoDigitPath = /\+ 2\) >>> 0\) <= 4 && /;
    expect(texts.find((t) => t.startsWith("compiled loop of small"))).not.toMatch(twoDigitPath);
    expect(texts.find((t) => t.startsWith("compiled loop of large"))).toMatch(twoDigitPath);
  });
});
