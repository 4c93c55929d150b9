/**
 * gc.set_debug's output: the lines CPython 3.11 prints on stderr for DEBUG_STATS and
 * DEBUG_COLLECTABLE, in its format (the counts, addresses and times are glasspy's own, so the
 * behaviour corpus cannot record them from CPython).
 */
import { describe, expect, it } from "vitest";
import { Interpreter } from "../../src/index.js";

function run(source: string): { out: string; err: string } {
  let out = "";
  let err = "";
  const py = new Interpreter({ stdout: (t) => { out += t; }, stderr: (t) => { err += t; } });
  expect(py.runSource(source)).toBe(0);
  expect(py.close().liveBlocks).toBe(0);
  return { out, err };
}

describe("gc debug output", () => {
  it("prints CPython's DEBUG_STATS and DEBUG_COLLECTABLE lines", () => {
    const { err } = run([
      "import gc", "gc.collect()", "gc.set_debug(gc.DEBUG_STATS | gc.DEBUG_COLLECTABLE)",
      "a = []", "a.append(a)", "del a", "print(gc.collect())", "gc.set_debug(0)",
    ].join("\n"));
    const lines = err.trimEnd().split("\n");
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe("gc: collecting generation 2...");
    expect(lines[1]).toMatch(/^gc: objects in each generation: \d+ \d+ \d+$/);
    expect(lines[2]).toBe("gc: objects in permanent generation: 0");
    expect(lines[3]).toMatch(/^gc: collectable <list 0x[0-9a-f]+>$/);
    expect(lines[4]).toMatch(/^gc: done, 1 unreachable, 0 uncollectable, \d+\.\d{4}s elapsed$/);
  });

  it("keeps the garbage in gc.garbage with DEBUG_SAVEALL", () => {
    const { out, err } = run([
      "import gc", "gc.collect()", "gc.set_debug(gc.DEBUG_SAVEALL)", "a = []", "a.append(a)", "del a",
      "print(gc.collect(), len(gc.garbage), type(gc.garbage[0]).__name__)", "gc.set_debug(0)", "gc.garbage.clear()",
    ].join("\n"));
    expect(err).toBe("");
    expect(out).toBe("1 1 list\n");
  });
});
