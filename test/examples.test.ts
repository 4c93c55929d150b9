/**
 * Every demo in examples/ runs to the end under glasspy: exit status 0, nothing on stderr, and
 * no heap block left in use after the interpreter closes. (Their output is explained in the
 * files themselves; the parts CPython also has print what python3 prints, which the behaviour
 * corpus checks feature by feature.)
 */
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Interpreter } from "../src/index.js";

const examples = path.resolve(__dirname, "..", "examples");

describe("examples", () => {
  for (const name of readdirSync(examples).filter((f) => f.endsWith(".py")).sort()) {
    it(`${name} runs cleanly`, () => {
      let err = "";
      const file = path.join(examples, name);
      const py = new Interpreter({ stdout: () => {}, stderr: (t) => { err += t; } }, examples);
      const status = py.runSource(readFileSync(file, "utf8"), file);
      const { liveBlocks } = py.close();
      expect(err).toBe("");
      expect(status).toBe(0);
      expect(liveBlocks).toBe(0);
    }, 180_000); // a guard against hangs, not a speed test: tracemalloc_top.py takes 17 s on a quiet machine, near 60 s on a loaded one
  }
});
