// Tab completion in the REPL (src/cli/completion.ts), against a live interpreter.
import { afterAll, describe, expect, it } from "vitest";
import { Session } from "../../src/cli/session.js";
import { complete, wordAtEnd } from "../../src/cli/completion.js";

const session = new Session({}, undefined, undefined);
afterAll(() => {
  expect(session.close().liveBlocks).toBe(0);
});

async function run(source: string): Promise<void> {
  const outcome = await session.runProgram(source, "<test>", false);
  expect(outcome).toEqual({ kind: "ok" });
}

describe("REPL completion", () => {
  it("finds the word at the end of the line", () => {
    expect(wordAtEnd("print(math.sq")).toBe("math.sq");
    expect(wordAtEnd("x = ab")).toBe("ab");
    expect(wordAtEnd("f(a, ")).toBe("");
    expect(wordAtEnd("obj.")).toBe("obj.");
  });

  it("completes keywords, builtins and the names of __main__", async () => {
    await run("maximum_value = 3\ndef make(): pass\n");
    expect(complete(session.vm, session.globals, "ma")).toEqual(["make(", "map(", "max(", "maximum_value"]);
    expect(complete(session.vm, session.globals, "whi")).toEqual(["while "]);
    expect(complete(session.vm, session.globals, "tr")).toEqual(["try:"]);
    expect(complete(session.vm, session.globals, "Tr")).toEqual(["True"]);
  });

  it("completes attributes, hiding private names unless asked for", async () => {
    await run("import math\nclass C:\n    size = 1\n    _hidden = 2\n    def grow(self): pass\nc = C()\n");
    expect(complete(session.vm, session.globals, "math.sq")).toEqual(["math.sqrt("]);
    expect(complete(session.vm, session.globals, "c.")).toEqual(["c.grow(", "c.size"]);
    expect(complete(session.vm, session.globals, "c._h")).toEqual(["c._hidden"]);
    expect(complete(session.vm, session.globals, "c.__cl")).toEqual(["c.__class__("]);
    expect(complete(session.vm, session.globals, "nothing.x")).toEqual([]);
  });
});
