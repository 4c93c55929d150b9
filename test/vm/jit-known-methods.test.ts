// Methods compiled code calls itself (src/jit/call-emitter.ts, knownMethodCall): after
// LOAD_METHOD, `l.append(x)` on an exact list (written in place with room, else grown by
// listAppendTakeRef) and `d.get(k, default)` on an exact dict of str keys with an exact str
// key (DG), instead of the native call's layers; anything else is the general CALL. The texts
// are read as GLASSPY_JIT_DUMP writes them.
import { describe, expect, it } from "vitest";
import { captureJitDump, runDumped } from "./jit-dump.js";

describe("methods compiled code calls itself", () => {
  const dumped = captureJitDump();

  it("appends to an exact list in the text and leaves other receivers to the call", () => {
    const { out, texts } = runDumped(dumped, [
      "class Twice(list):",
      "    def append(self, x):",
      "        list.append(self, x)",
      "        list.append(self, x)",
      "def push(n, target):",
      "    for i in range(n):",
      "        target.append(i)",
      "    return len(target)",
      "print(push(300, []), push(300, Twice()))",
    ], 50);
    // (CPython 3.11's output.)
    expect(out).toBe("300 600\n");
    const text = texts.find((t) => t.startsWith("compiled loop of push"))!;
    expect(text).toMatch(/listAppendTakeRef\(rt, \w+, \w+\);/);
    expect(text).toMatch(/callNative\(rt, /);
  });

  it("takes d.get(k, default) of a str key in the text and other dicts to the call", () => {
    const { out, texts } = runDumped(dumped, [
      "def count(words, counts):",
      "    for w in words:",
      "        counts[w] = counts.get(w, 0) + 1",
      "    return sorted(counts.items())",
      "print(count('a b a c'.split() * 30, {}), count([1, 2, 1] * 30, {}))",
    ], 50);
    // (CPython 3.11's output.)
    expect(out).toBe("[('a', 60), ('b', 30), ('c', 30)] [(1, 60), (2, 30)]\n");
    const text = texts.find((t) => t.startsWith("compiled loop of count"))!;
    expect(text).toMatch(/= DG\(\w+, \w+\);/);
    expect(text).toMatch(/callNative\(rt, /);
  });
});
