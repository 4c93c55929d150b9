// The asynchronous driver (src/vm/driver.ts): code runs a slice at a time with the event loop
// let run between slices, so a timer (standing in for a SIGINT handler) can interrupt it.
import { describe, expect, it } from "vitest";
import { Session } from "../../src/cli/session.js";

function session(): { s: Session; out: string[] } {
  const out: string[] = [];
  const s = new Session({ stdout: (t) => out.push(t), stderr: (t) => out.push(t) }, undefined, undefined);
  return { s, out };
}

describe("SliceDriver", () => {
  it("runs a program to its end as the synchronous loop does", async () => {
    const { s, out } = session();
    const outcome = await s.runProgram("t = 0\nfor i in range(20000):\n    t += i\nprint(t)\n", "<test>", true);
    expect(outcome).toEqual({ kind: "ok" });
    expect(out.join("")).toBe("199990000\n");
    expect(s.close().liveBlocks).toBe(0);
  });

  it("raises KeyboardInterrupt in the running frame, where handlers and finally blocks see it", async () => {
    const { s, out } = session();
    const source = [
      "def spin():",
      "    while True:",
      "        pass",
      "try:",
      "    try:",
      "        spin()",
      "    finally:",
      "        print('finally')",
      "except KeyboardInterrupt as e:",
      "    tb = e.__traceback__",
      "    lines = []",
      "    while tb is not None:",
      "        lines.append(tb.tb_lineno)",
      "        tb = tb.tb_next",
      "    print('caught', repr(e), lines)",
      "",
    ].join("\n");
    setTimeout(() => s.driver.interrupt(), 50);
    const outcome = await s.runProgram(source, "<test>", true);
    expect(outcome).toEqual({ kind: "ok" });
    expect(out.join("")).toBe("finally\ncaught KeyboardInterrupt() [6, 2]\n");
    expect(s.close().liveBlocks).toBe(0);
  });

  it("reports an uncaught KeyboardInterrupt as such, with its traceback", async () => {
    const { s, out } = session();
    setTimeout(() => s.driver.interrupt(), 50);
    const outcome = await s.runProgram("n = 0\nwhile True:\n    n += 1\n", "<test>", true);
    expect(outcome).toEqual({ kind: "interrupted" });
    expect(out.join("")).toBe('Traceback (most recent call last):\n  File "<test>", line 2, in <module>\n    while True:\nKeyboardInterrupt\n');
    expect(s.close().liveBlocks).toBe(0);
  });

  it("interrupts at a call into a new frame too", async () => {
    const { s, out } = session();
    setTimeout(() => s.driver.interrupt(), 50);
    const source = "def f():\n    return 1\ntry:\n    while True:\n        f()\nexcept KeyboardInterrupt:\n    print('caught')\n";
    expect(await s.runProgram(source, "<test>", true)).toEqual({ kind: "ok" });
    expect(out.join("")).toBe("caught\n");
    expect(s.close().liveBlocks).toBe(0);
  });
});
