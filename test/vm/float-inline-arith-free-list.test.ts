// The eval loop's + - * of two floats (fast-paths.ts, floatSumProduct) takes its result from
// the float free list while both operands live, and the dying operands go back to it, as in
// CPython: the free list's length must come out the same, from empty, part full and full
// lists. The counts below are CPython 3.11.7's for this program (its sys._debugmallocstats
// lines "N free PyFloatObjects").
import { describe, expect, it } from "vitest";
import { Session } from "../../src/cli/session.js";

const program = [
  "import sys",
  "def churn(k):",
  "    keep = [float(i) for i in range(k)]",
  "    x, y, z = 1.5, 2.5, 3.5",
  "    r = []",
  "    t = w = 0.5",
  "    for i in range(50):",
  "        t = x * y",
  "        w = t - z",
  "        r.append((x * y + z) * (x - y) - z * z + w)",
  "    return keep, r",
  "a = churn(0)",
  "del a",
  "sys._debugmallocstats()",
  "b = [float(i) + 0.5 for i in range(300)]",
  "c = churn(10)",
  "sys._debugmallocstats()",
  "del b",
  "c = churn(150)",
  "print(c[1][0], c[1][49], len(c[0]))",
  "sys._debugmallocstats()",
  "",
].join("\n");

describe("float results of the eval loop's + - *", () => {
  it("leaves the float free list and the blocks in use as CPython has them", async () => {
    const out: string[] = [];
    const err: string[] = [];
    const s = new Session({ stdout: (t) => out.push(t), stderr: (t) => err.push(t) }, undefined, undefined);
    expect(await s.runProgram(program, "<test>", true)).toEqual({ kind: "ok" });
    const freeFloats = [...err.join("").matchAll(/(\d+) free PyFloatObjects/g)].map((m) => Number(m[1]));
    expect(freeFloats).toEqual([54, 4, 64]);
    expect(out.join("")).toBe("-19.25 -19.25 150\n");
    expect(s.close().liveBlocks).toBe(0);
  });
});
