// compileSource: the parser and the compiler together, against CPython 3.11 on the same
// snippets as cpython.test.ts (which compiles the AST recorded from CPython instead).
import { describe, expect, it } from "vitest";
import { compileSource } from "../../src/compile/compiler.js";
import { disassemble } from "../../src/compile/disassemble.js";
import { loadSnippets, normalizeDis } from "./fixtures.js";

describe("compileSource matches CPython 3.11", () => {
  for (const s of loadSnippets()) {
    it(s.name, () => {
      const code = compileSource(s.source, "snippet.py", s.mode, { optimize: s.optimize });
      expect(normalizeDis(disassemble(code))).toEqual(normalizeDis(s.dis));
    });
  }
});
