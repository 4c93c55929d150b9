// Unit tests of the parser's contracts that the CPython corpus (corpus.test.ts) does not show:
// value types in Constant nodes, column units, error printing options, the dumper's reprs.

import { describe, expect, it } from "vitest";
import * as ast from "../../src/parse/ast.js";
import { dumpAst, floatRepr, pyRepr } from "../../src/parse/dump.js";
import { formatSyntaxError, PySyntaxError } from "../../src/parse/errors.js";
import { decodeEscapes, LiteralError, numberValue } from "../../src/parse/literals.js";
import { parse } from "../../src/parse/parser.js";

function firstValue(source: string): ast.Expr {
  const mod = parse(source, "t.py", "exec");
  const stmt = mod.body[0];
  if (stmt.kind === "Expr") return stmt.value;
  if (stmt.kind === "Assign") return stmt.value;
  throw new Error(`unexpected ${stmt.kind}`);
}

function constant(source: string): ast.ConstValue {
  const e = firstValue(source);
  if (e.kind !== "Constant") throw new Error(`not a constant: ${e.kind}`);
  return e.value;
}

function syntaxError(source: string, mode: "exec" | "eval" | "single" = "exec"): PySyntaxError {
  try {
    parse(source, "t.py", mode);
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    throw e;
  }
  throw new Error("no error");
}

describe("constant values", () => {
  it("ints are bigint, floats are number, whatever the spelling", () => {
    expect(constant("12345678901234567890123")).toBe(12345678901234567890123n);
    expect(constant("0x_ff")).toBe(255n);
    expect(constant("0o17")).toBe(15n);
    expect(constant("0b1_0")).toBe(2n);
    expect(constant("1_000")).toBe(1000n);
    expect(constant("1.")).toBe(1);
    expect(typeof constant("1.")).toBe("number");
    expect(constant("1e3")).toBe(1000);
    expect(typeof constant("1e3")).toBe("number");
    expect(constant(".5")).toBe(0.5);
  });

  it("imaginary literals are ComplexConst, None/True/False/... their JS counterparts", () => {
    const c = constant("2.5j");
    expect(c).toBeInstanceOf(ast.ComplexConst);
    expect(c).toEqual(new ast.ComplexConst(0, 2.5));
    expect(constant("None")).toBeNull();
    expect(constant("True")).toBe(true);
    expect(constant("...")).toBe(ast.Ellipsis);
  });

  it("bytes are Uint8Array; u-prefixed strings carry const_kind 'u'", () => {
    expect(constant("b'a\\x00\\xff'")).toEqual(Uint8Array.from([97, 0, 255]));
    const u = firstValue("u'x'");
    expect(u.kind === "Constant" && u.const_kind).toBe("u");
    const plain = firstValue("'x'");
    expect(plain.kind === "Constant" && plain.const_kind).toBeUndefined();
  });

  it("numberValue and decodeEscapes work on their own", () => {
    expect(numberValue("0XFF")).toBe(255n);
    expect(numberValue("1_0.5e1")).toBe(105);
    expect(decodeEscapes("a\\tb\\N{bullet}\\u00e9")).toBe("a\tb\u2022\u00e9");
    expect(() => decodeEscapes("\\x4")).toThrow(LiteralError);
  });
});

describe("positions", () => {
  it("AST columns count UTF-16 units", () => {
    const e = firstValue("x = '😀' + y");
    expect(e.kind).toBe("BinOp");
    if (e.kind !== "BinOp") return;
    // CPython would say col 11 (UTF-8 bytes); the emoji is two UTF-16 units.
    expect(e.right).toMatchObject({ lineno: 1, col_offset: 11, end_col_offset: 12 });
    expect(e.left).toMatchObject({ col_offset: 4, end_col_offset: 8 });
  });

  it("error columns count code points, as CPython's do", () => {
    const err = syntaxError("s = '😀' + (1 2)\n");
    expect(err.msg).toBe("invalid syntax. Perhaps you forgot a comma?");
    expect([err.offset, err.end_offset]).toEqual([12, 15]);
  });

  it("compound statements end at their last statement", () => {
    const mod = parse("if a:\n    b\nelse:\n    c  # done\n", "t.py", "exec");
    expect(mod.body[0]).toMatchObject({ lineno: 1, col_offset: 0, end_lineno: 4, end_col_offset: 5 });
  });
});

describe("modes", () => {
  it("eval gives an Expression, single an Interactive", () => {
    expect(parse("1 + 2", "t.py", "eval").kind).toBe("Expression");
    expect(parse("x = 1\n", "t.py", "single").kind).toBe("Interactive");
    expect(dumpAst(parse("a, b", "t.py", "eval"))).toBe(
      "Expression(body=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))",
    );
  });

  it("eval rejects statements", () => {
    expect(syntaxError("x = 1", "eval").msg).toBe("invalid syntax");
    expect(syntaxError("import os", "eval").msg).toBe("invalid syntax");
  });
});

describe("formatSyntaxError", () => {
  it("prints the stripped line and a caret range", () => {
    const err = syntaxError("if True:\n    x = (1 2)\n");
    expect(formatSyntaxError(err)).toBe(
      '  File "t.py", line 2\n    x = (1 2)\n         ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n',
    );
  });

  it("prints one caret for IndentationError and none left of the text", () => {
    expect(formatSyntaxError(syntaxError("if x:\npass\n"))).toBe(
      '  File "t.py", line 2\n    pass\n    ^\nIndentationError: expected an indented block after \'if\' statement on line 1\n',
    );
    expect(formatSyntaxError(syntaxError("  x = 1\n"))).toBe(
      '  File "t.py", line 1\n    x = 1\nIndentationError: unexpected indent\n',
    );
  });

  it("can place the caret by UTF-8 bytes, as CPython does for script files", () => {
    const err = syntaxError("s = 'é' + (1 2)\n");
    expect(formatSyntaxError(err).split("\n")[2]).toBe(" ".repeat(4 + 11) + "^^^");
    expect(formatSyntaxError(err, { byteColumns: true }).split("\n")[2]).toBe(" ".repeat(4 + 12) + "^^^");
  });

  it("limits a multi-line range to the first line (its length, newline included)", () => {
    const err = new PySyntaxError("SyntaxError", "m", "t.py", 1, 3, "abcdef\n", 2, 2);
    expect(formatSyntaxError(err)).toBe('  File "t.py", line 1\n    abcdef\n      ^^^^\nSyntaxError: m\n');
  });

  it("keeps the error's fields and replaces positions with `with`", () => {
    const err = syntaxError("x = )\n");
    expect(err).toBeInstanceOf(Error);
    expect(err).toMatchObject({ type: "SyntaxError", msg: "unmatched ')'", filename: "t.py", lineno: 1, offset: 5 });
    expect(err.with({ offset: 1 }).offset).toBe(1);
  });
});

describe("dumpAst reprs", () => {
  it("formats floats as Python's repr", () => {
    expect(floatRepr(1e16, true)).toBe("1e+16");
    expect(floatRepr(1e15, true)).toBe("1000000000000000.0");
    expect(floatRepr(1e-5, true)).toBe("1e-05");
    expect(floatRepr(0.0001, true)).toBe("0.0001");
    expect(floatRepr(1.5, true)).toBe("1.5");
    expect(floatRepr(-0, true)).toBe("-0.0");
    expect(floatRepr(Infinity, true)).toBe("inf");
    expect(floatRepr(123456789012345678, true)).toBe("1.2345678901234568e+17");
  });

  it("formats strings, bytes and complex numbers as Python's repr", () => {
    expect(pyRepr("it's")).toBe('"it\'s"');
    expect(pyRepr("a'b\"c")).toBe("'a\\'b\"c'");
    expect(pyRepr("\x00\n\u00a0é")).toBe("'\\x00\\n\\xa0é'");
    expect(pyRepr(Uint8Array.from([39, 255]))).toBe('b"\'\\xff"');
    expect(pyRepr(new ast.ComplexConst(0, 2))).toBe("2j");
  });
});
