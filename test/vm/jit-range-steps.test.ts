// FOR_ITER over a range iterator in compiled code (src/jit/block-emitter.ts, forIter): the
// common shape (int32 start, step 1, index and length below 2**32) is stepped in the text, its
// int made as BINARY_OP's results are; any other shape goes to the runtime's rangeNext. The
// texts are read as GLASSPY_JIT_DUMP writes them.
import { describe, expect, it } from "vitest";
import { captureJitDump, runDumped } from "./jit-dump.js";

describe("a range iterator in compiled code", () => {
  const dumped = captureJitDump();

  it("is stepped in the text when its step is 1, and by rangeNext otherwise", () => {
    const { out, texts } = runDumped(dumped, [
      "def walk(r):",
      "    total = 0",
      "    for i in r:",
      "        total += i",
      "    return total",
      "print(walk(range(-200, 400)), walk(range(2 ** 31 - 50, 2 ** 31 + 50)), walk(range(0, 900, 3)), walk(range(2 ** 62, 2 ** 62 + 60)))",
    ], 50);
    // (CPython 3.11's output.)
    expect(out).toBe("59700 214748364750 134550 276701161105643276010\n");
    const text = texts.find((t) => t.startsWith("compiled loop of walk"))!;
    // The step: the index read, tested against the length, the int made, the index written.
    expect(text).toMatch(/const i = i32\[\(\w+ >> 2\) \+ 4\] >>> 0; if \(i >= i32\[\(\w+ >> 2\) \+ 10\] >>> 0\) \w+ = 0;/);
    expect(text).toMatch(/i32\[\(\w+ >> 2\) \+ 4\] = i \+ 1;/);
    // The other shapes.
    expect(text).toMatch(/= rangeNext\(rt, ty, \w+\);/);
  });
});
