// Each snippet of snippets.txt, compiled by glasspy, against what CPython 3.11 made of it
// (recorded by record.py): every code object field by field, then the whole `dis` text.
//
// What legitimately differs is normalised away on both sides: glasspy has no CACHE entries and
// no PRECALL, so offsets, jump opargs and exception-table offsets are compared as instruction
// indices (see fixtures.ts).
import { describe, expect, it } from "vitest";
import type * as ast from "../../src/parse/ast.js";
import { compile } from "../../src/compile/compiler.js";
import { disassemble } from "../../src/compile/disassemble.js";
import { allCodes, astFromJson, codeFixture, loadSnippets, normalizeDis } from "./fixtures.js";

const snippets = loadSnippets();

describe("bytecode matches CPython 3.11", () => {
  it("has the recorded snippets", () => {
    expect(snippets.length).toBeGreaterThanOrEqual(60);
  });

  for (const s of snippets) {
    describe(s.name, () => {
      const tree = astFromJson(s.ast as never) as ast.Module;
      const compileIt = () => compile(tree, "snippet.py", s.mode, { optimize: s.optimize, source: s.source });

      it("code objects", () => {
        const codes = allCodes(compileIt()).map(codeFixture);
        expect(codes.map((c) => c.qualname)).toEqual(s.codes.map((c) => c.qualname));
        codes.forEach((code, i) => {
          const expected = s.codes[i];
          expect({ qualname: code.qualname, instructions: code.instructions.map(([op, arg, repr]) => `${op} ${arg ?? ""} ${repr}`) })
            .toEqual({ qualname: expected.qualname, instructions: expected.instructions.map(([op, arg, repr]) => `${op} ${arg ?? ""} ${repr}`) });
          expect(code).toEqual(expected);
        });
      });

      it("disassembly", () => {
        expect(normalizeDis(disassemble(compileIt()))).toEqual(normalizeDis(s.dis));
      });
    });
  }
});
