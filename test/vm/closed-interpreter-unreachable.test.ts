/**
 * A closed interpreter is garbage: nothing the runtime keeps between interpreters (module-level
 * caches, the compiled tier's state) may hold its Runtime, and with it its heap's buffer. The
 * start-up snapshot's builder relies on it too (src/cli/snapshot.ts): its warm-up interpreters'
 * heaps would otherwise be written into the snapshot.
 */
import { describe, expect, it } from "vitest";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { Interpreter } from "../../src/index.js";

setFlagsFromString("--expose-gc");
const collect = runInNewContext("gc") as () => void;

/** Run `source` in an interpreter of its own, close it, and return a weak reference to its Runtime. */
function runAndClose(source: string): WeakRef<object> {
  const interpreter = new Interpreter({ jitThreshold: 2, stdout: () => {} });
  expect(interpreter.runSource(source, "<test>")).toBe(0);
  const ref = new WeakRef(interpreter.vm.rt);
  expect(interpreter.close().liveBlocks).toBe(0);
  return ref;
}

async function collected(ref: WeakRef<object>): Promise<boolean> {
  // (A WeakRef's target lives to the end of the job that made it: collect between macrotasks.)
  for (let i = 0; i < 5 && ref.deref() !== undefined; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    collect();
  }
  return ref.deref() === undefined;
}

describe("a closed interpreter", () => {
  it("is collected after zero-argument super() ran in compiled code", async () => {
    const ref = runAndClose(
      [
        "class A:",
        "    def __init__(self, x):",
        "        self.x = x",
        "class B(A):",
        "    def __init__(self, x):",
        "        super().__init__(x)",
        "def make(n):",
        "    total = 0",
        "    for i in range(n):",
        "        total += B(i).x",
        "    return total",
        "print(make(300))",
      ].join("\n"),
    );
    expect(await collected(ref)).toBe(true);
  });
});
