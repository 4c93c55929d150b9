// `l.append(x)` in compiled code (src/jit/block-emitter.ts, listAppendCall): the CALL after
// LOAD_METHOD writes x into an exact list with room itself, and grows it by listAppendTakeRef,
// instead of the native call's layers; anything else is the general CALL. The texts are read
// as GLASSPY_JIT_DUMP writes them.
import { describe, expect, it } from "vitest";
import { captureJitDump, runDumped } from "./jit-dump.js";

describe("list.append in compiled code", () => {
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
});
