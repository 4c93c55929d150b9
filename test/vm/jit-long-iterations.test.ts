// A loop whose iterations take long (their time is in what they call) is left to the eval
// loop rather than compiled: src/jit/tier.ts's iterationVerdict times Jit.TIMED_ITERATIONS of
// them at the threshold. Its callees' loops are still compiled. The texts are read as
// GLASSPY_JIT_DUMP writes them.
import { describe, expect, it } from "vitest";
import { captureJitDump, runDumped } from "./jit-dump.js";

describe("the compiled tier's threshold", () => {
  const dumped = captureJitDump();

  it("leaves a loop of long iterations to the eval loop, and compiles a loop of short ones", () => {
    const { out, texts } = runDumped(dumped, [
      "def work(n):",
      "    t = 0",
      "    for i in range(n):",
      "        t += i % 7",
      "    return t",
      "def outer(rounds):",
      "    total = 0",
      "    for r in range(rounds):",
      // (Each iteration is a loop of 20,000 and a sum of 100,000: milliseconds, far over the
      // half millisecond from which an iteration counts as long.)
      "        total += work(20000) + sum(range(100000))",
      "    return total",
      "def short(n):",
      "    total = 0",
      "    for i in range(n):",
      "        total += i",
      "    return total",
      "print(outer(120), short(1000))",
    ]);
    // (CPython 3.11's output.)
    expect(out).toBe("600001199640 499500\n");
    const loops = texts.filter((t) => t.startsWith("compiled loop")).map((t) => t.slice(0, t.indexOf(" ──")));
    expect(loops).toContain("compiled loop of work at 7");
    expect(loops).toContain("compiled loop of short at 7");
    expect(loops.some((l) => l.startsWith("compiled loop of outer"))).toBe(false);
  });

  it("compiles a loop of short iterations whose first timed window had a pause", () => {
    // (The timing starts at the 100th backward jump and covers eight iterations; one of them
    // sleeps for 20 ms, as a collection or a descheduled process would pause it. The second
    // window is short: the loop is compiled, not left to the eval loop for 1,000 iterations.)
    const { out, texts } = runDumped(dumped, [
      "import time",
      "def paused(n):",
      "    total = 0",
      "    for i in range(n):",
      "        if i == 104:",
      "            time.sleep(0.02)",
      "        total += i",
      "    return total",
      "print(paused(400))",
    ]);
    // (CPython 3.11's output.)
    expect(out).toBe("79800\n");
    expect(texts.some((t) => t.startsWith("compiled loop of paused"))).toBe(true);
  });
});
