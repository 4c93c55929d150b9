// FOR_ITER over a range iterator in compiled code (src/jit/block-emitter.ts, forIter): the
// common shape (int32 start, step 1, index and length below 2**32) is stepped in the text, its
// int made as BINARY_OP's results are; any other shape goes to the runtime's rangeNext. The
// texts are read as GLASSPY_JIT_DUMP writes them.
import { describe, expect, it } from "vitest";
import { captureJitDump, runDumped } from "./jit-dump.js";
import { Interpreter } from "../../src/index.js";

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

describe("a range iterator stepped in compiled code, when the heap is full", () => {
  it("leaves the step to the eval loop, which raises MemoryError", () => {
    const out: string[] = [];
    // A heap of 8 MiB: the ints the loop keeps fill it within a few hundred thousand steps.
    const py = new Interpreter({ stdout: (t) => out.push(t), jitThreshold: 1, maxHeapBytes: 8 << 20 });
    const source = [
      "def fill():",
      "    keep = []",
      "    it = iter(range(1000, 10 ** 9))",
      "    try:",
      "        for i in it:",
      "            keep.append(i)",
      "    except MemoryError:",
      "        n = len(keep)",
      "        last = keep[-1]",
      "        keep = None",
      // The text left the FOR_ITER that found no room to the eval loop, which raised: the
      // iterator goes on just after the last value kept (CPython's range iterator counts the
      // value whose int could not be made as taken).
      "        return n > 1000, next(it) - last in (1, 2)",
      "print(fill())",
      "",
    ].join("\n");
    expect(py.runSource(source, "<test>")).toBe(0);
    expect(out.join("")).toBe("(True, True)\n");
    expect(py.close().liveBlocks).toBe(0);
  });
});
