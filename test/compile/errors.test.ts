// SyntaxErrors the compiler and the symbol table raise, against CPython 3.11's message and
// location for the same source (recorded by record.py from errors.txt).
import { describe, expect, it } from "vitest";
import type * as ast from "../../src/parse/ast.js";
import { PySyntaxError } from "../../src/parse/errors.js";
import { compile } from "../../src/compile/compiler.js";
import { astFromJson, loadErrors } from "./fixtures.js";

const cases = loadErrors();

function compileError(tree: ast.Module, source: string): PySyntaxError {
  try {
    compile(tree, "snippet.py", "exec", { source });
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    throw e;
  }
  throw new Error("compiled without error");
}

describe("compile-time SyntaxErrors match CPython 3.11", () => {
  it("has the recorded cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  for (const c of cases) {
    it(c.name, () => {
      const err = compileError(astFromJson(c.ast as never) as ast.Module, c.source);
      expect({ msg: err.msg, lineno: err.lineno, offset: err.offset }).toEqual({
        msg: c.error.msg, lineno: c.error.lineno, offset: c.error.offset,
      });
      expect({ end_lineno: err.end_lineno, end_offset: err.end_offset }).toEqual({
        /* glasspy reports CPython's end_offset None as 0 */
        end_lineno: c.error.end_lineno, end_offset: c.error.end_offset ?? 0,
      });
      expect(err.filename).toBe("snippet.py");
      expect(err.text).toBe(c.source.split("\n")[c.error.lineno - 1] + "\n");
    });
  }
});
