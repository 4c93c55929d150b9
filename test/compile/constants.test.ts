// Constants: identity (what the compiler merges), repr (what dis prints), and the arithmetic
// the AST optimizer folds, against values taken from CPython 3.11.
import { describe, expect, it } from "vitest";
import { ComplexConst } from "../../src/parse/ast.js";
import { TupleConst } from "../../src/compile/code.js";
import { constKey, constRepr, floatRepr } from "../../src/compile/constants.js";
import { foldBinary, foldSubscript, foldUnary } from "../../src/compile/pyarith.js";

describe("constant identity", () => {
  it("keeps 1, 1.0 and True apart, and 0.0 and -0.0", () => {
    const keys = [1n, 1, true, 0, -0, "1", new TupleConst([1n]), new TupleConst([1])].map(constKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("merges equal values of the same type", () => {
    expect(constKey(new TupleConst([1n, "a", null]))).toBe(constKey(new TupleConst([1n, "a", null])));
    expect(constKey(new ComplexConst(0, 2))).toBe(constKey(new ComplexConst(0, 2)));
    expect(constKey(Uint8Array.of(1, 2))).toBe(constKey(Uint8Array.of(1, 2)));
  });
});

describe("repr", () => {
  it("prints floats as CPython does", () => {
    const values = [0.0, -0.0, 1.0, -1.5, 0.1, 1e16, 1e15, 123456789012345678.0, 1.5e-7, 0.0001, 0.00001, 1e22, 1e-300,
      5e-324, 1.7976931348623157e308, 2.5, 100.0, 1234567890123456.0, 12345678901234567.0];
    expect(values.map((v) => floatRepr(v))).toEqual(['0.0', '-0.0', '1.0', '-1.5', '0.1', '1e+16', '1000000000000000.0',
      '1.2345678901234568e+17', '1.5e-07', '0.0001', '1e-05', '1e+22', '1e-300', '5e-324', '1.7976931348623157e+308',
      '2.5', '100.0', '1234567890123456.0', '1.2345678901234568e+16']);
    expect([Infinity, -Infinity, NaN].map((v) => floatRepr(v))).toEqual(["inf", "-inf", "nan"]);
  });

  it("prints complex numbers as CPython does", () => {
    const values = [new ComplexConst(0, 2), new ComplexConst(-0, -2), new ComplexConst(1, 2), new ComplexConst(1, -2),
      new ComplexConst(-0, 1), new ComplexConst(1, -0), new ComplexConst(0.5, 1.5), new ComplexConst(0, Infinity),
      new ComplexConst(NaN, 1)];
    expect(values.map(constRepr)).toEqual(['2j', '(-0-2j)', '(1+2j)', '(1-2j)', '(-0+1j)', '(1-0j)', '(0.5+1.5j)', 'infj',
      '(nan+1j)']);
  });

  it("quotes and escapes strings and bytes as CPython does", () => {
    const strs = ["", "a", "it's", 'a"b', "a\"b'c", "\n\t\r\x00\x7f", "é", "\u2028", "\u{1f600}", "\\", "\x80", "\xa0", "\xad"];
    expect(strs.map(constRepr)).toEqual(["''", "'a'", '"it\'s"', '\'a"b\'', '\'a"b\\\'c\'', "'\\n\\t\\r\\x00\\x7f'", "'é'",
      "'\\u2028'", "'😀'", "'\\\\'", "'\\x80'", "'\\xa0'", "'\\xad'"]);
    const bytes = [[], [0x61], [0x69, 0x74, 0x27, 0x73], [0x61, 0x22, 0x62], [0, 0xff, 0x5c], [9, 10]].map((b) => Uint8Array.from(b));
    expect(bytes.map(constRepr)).toEqual(["b''", "b'a'", 'b"it\'s"', 'b\'a"b\'', "b'\\x00\\xff\\\\'", "b'\\t\\n'"]);
  });

  it("prints containers and singletons", () => {
    expect(constRepr(new TupleConst([1n]))).toBe("(1,)");
    expect(constRepr(new TupleConst([]))).toBe("()");
    expect(constRepr(new TupleConst([null, true, "x", new TupleConst([2.5])]))).toBe("(None, True, 'x', (2.5,))");
  });
});

describe("constant folding arithmetic", () => {
  it("follows Python's division and modulo", () => {
    expect(foldBinary("FloorDiv", 7.5, 2n)).toBe(3);
    expect(foldBinary("Mod", -7.5, 2n)).toBe(0.5);
    expect(foldBinary("FloorDiv", -7.5, 2n)).toBe(-4);
    expect(foldBinary("Mod", 7.5, -2n)).toBe(-0.5);
    expect(foldBinary("Div", 1n, 3n)).toBe(1 / 3);
    expect(foldBinary("FloorDiv", -7n, 2n)).toBe(-4n);
    expect(foldBinary("Mod", -7n, 2n)).toBe(1n);
    expect(foldBinary("Mod", 7n, -2n)).toBe(-1n);
    expect(foldBinary("Pow", 2n, -1n)).toBe(0.5);
    expect(foldBinary("Pow", 10n, 20n)).toBe(100000000000000000000n);
  });

  it("refuses what would raise, and what would be too big", () => {
    expect(foldBinary("Div", 1n, 0n)).toBeUndefined();
    expect(foldBinary("Mod", 1.0, 0n)).toBeUndefined();
    expect(foldBinary("Pow", 0n, -1n)).toBeUndefined();
    expect(foldBinary("Pow", 2n, 1000n)).toBeUndefined();
    expect(foldBinary("Pow", 10.0, 400n)).toBeUndefined();
    expect(foldBinary("LShift", 1n, 200n)).toBeUndefined();
    expect(foldBinary("LShift", 1n, -1n)).toBeUndefined();
    expect(foldBinary("Mult", "ab", 5000n)).toBeUndefined();
    expect(foldBinary("Mod", "%s", 1n)).toBeUndefined();
    expect(foldBinary("Add", "a", 1n)).toBeUndefined();
    expect(foldBinary("MatMult", 1n, 1n)).toBeUndefined();
  });

  it("treats bool as int, except in &, | and ^ between bools", () => {
    expect(foldBinary("Add", true, true)).toBe(2n);
    expect(foldBinary("BitAnd", true, false)).toBe(false);
    expect(foldBinary("BitOr", true, 2n)).toBe(3n);
    expect(foldUnary("USub", true)).toBe(-1n);
    expect(foldUnary("Invert", true)).toBe(-2n);
    expect(foldUnary("Not", 0n)).toBe(true);
    expect(foldUnary("Not", new TupleConst([]))).toBe(true);
  });

  it("repeats and concatenates sequences", () => {
    expect(foldBinary("Mult", "ab", 3n)).toBe("ababab");
    expect(foldBinary("Mult", 2n, new TupleConst([1n]))).toEqual(new TupleConst([1n, 1n]));
    expect(foldBinary("Add", new TupleConst([1n]), new TupleConst([2n]))).toEqual(new TupleConst([1n, 2n]));
    expect(foldBinary("Add", Uint8Array.of(1), Uint8Array.of(2))).toEqual(Uint8Array.of(1, 2));
    expect(foldBinary("Mult", "", -1n)).toBe("");
  });

  it("indexes constant sequences", () => {
    expect(foldSubscript("abc", 1n)).toBe("b");
    expect(foldSubscript("abc", -1n)).toBe("c");
    expect(foldSubscript("a\u{1f600}b", 1n)).toBe("\u{1f600}");
    expect(foldSubscript(Uint8Array.of(7, 8), 1n)).toBe(8n);
    expect(foldSubscript("abc", 3n)).toBeUndefined();
    expect(foldSubscript("abc", 1.0)).toBeUndefined();
  });

  it("does complex arithmetic as CPython does", () => {
    expect(foldBinary("Add", 1n, new ComplexConst(0, 2))).toEqual(new ComplexConst(1, 2));
    expect(foldBinary("Sub", 1n, new ComplexConst(0, 2))).toEqual(new ComplexConst(1, -2));
    expect(foldBinary("Mult", new ComplexConst(1, 2), new ComplexConst(3, 4))).toEqual(new ComplexConst(-5, 10));
    expect(foldBinary("Div", new ComplexConst(1, 2), new ComplexConst(3, 4))).toEqual(new ComplexConst(0.44, 0.08));
    expect(foldUnary("USub", new ComplexConst(0, 2))).toEqual(new ComplexConst(-0, -2));
  });
});
