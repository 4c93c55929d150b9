/**
 * The format-spec mini-language against CPython 3.11: parsing and its errors, padding and
 * grouping, and the same specs applied to a str, an int, a float and a complex. The table at
 * the end was recorded with python3.11.
 */
import { describe, expect, it } from "vitest";
import { formatStrWithSpec, groupDigits, padAligned, parseFormatSpec, type FormatKind } from "../../src/objects/format-spec.js";
import { decimalText, formatIntValue } from "../../src/objects/int-format.js";
import { formatComplexSpec, formatFloatSpec } from "../../src/objects/float-repr.js";
import { PY_RAISED } from "../../src/objects/errors.js";
import type { Runtime } from "../../src/objects/runtime.js";

let lastError = "";
const rt = {
  E: new Proxy({}, { get: (_t, name) => name }),
  raise(type: unknown, message: string) {
    lastError = `${String(type)}: ${message}`;
    return PY_RAISED;
  },
  noMemory() {
    lastError = "MemoryError: ";
    return PY_RAISED;
  },
} as unknown as Runtime;

const values = { str: "abc", int: 1234, float: 1234.5, complex: [1, 2] } as const;

/** format(values[kind], spec) as each type's __format__ does after its empty-spec shortcut. */
function format(kind: FormatKind, spec: string): string {
  try {
    if (spec === "") return kind === "complex" ? "(1+2j)" : String(values[kind]);
    const parsed = parseFormatSpec(rt, spec, kind, kind);
    switch (kind) {
      case "str":
        return formatStrWithSpec(rt, values.str, parsed);
      case "int":
        return formatIntValue(rt, values.int, spec, "int", {
          decimal: (v) => decimalText(rt, v, 1, 4300),
          asFloat: (p) => formatFloatSpec(values.int, p),
        });
      case "float":
        return formatFloatSpec(values.float, parsed);
      case "complex":
        return formatComplexSpec(rt, 1, 2, parsed);
    }
  } catch (e) {
    if (e !== PY_RAISED) throw e;
    return "!" + lastError;
  }
}

describe("parseFormatSpec", () => {
  it("reads every field", () => {
    expect(parseFormatSpec(rt, "*^+z#012,.3f", "float", "float")).toEqual({
      fill: "*", align: "^", sign: "+", noNegZero: true, alternate: true, zeroPad: false,
      width: 12, grouping: ",", precision: 3, type: "f",
    });
    expect(parseFormatSpec(rt, "010", "int", "int")).toMatchObject({ fill: "0", align: "", zeroPad: true, width: 10, type: "d" });
    expect(parseFormatSpec(rt, "", "str")).toMatchObject({ width: -1, precision: -1, type: "s" });
    expect(parseFormatSpec(rt, "😀>3", "str")).toMatchObject({ fill: "😀", align: ">", width: 3 });
  });
  it("raises CPython's errors", () => {
    const cases: [string, FormatKind, string][] = [
      [".", "str", "ValueError: Format specifier missing precision"],
      ["abc", "int", "ValueError: Invalid format specifier 'abc' for object of type 'int'"],
      ["x", "str", "ValueError: Unknown format code 'x' for object of type 'str'"],
      ["\x01", "int", "ValueError: Unknown format code '\\x1' for object of type 'int'"],
      [",_", "int", "ValueError: Cannot specify both ',' and '_'."],
      [",b", "int", "ValueError: Cannot specify ',' with 'b'."],
    ];
    for (const [spec, kind, message] of cases) {
      expect(() => parseFormatSpec(rt, spec, kind, kind)).toThrow();
      expect(lastError).toBe(message);
    }
    expect(() => parseFormatSpec(rt, "x", "S")).toThrow();
    expect(lastError).toBe("ValueError: Unknown format code 'x' for object of type 'S'");
  });
  it("parses a spec again for another kind, and raises again after a failure (the parse cache)", () => {
    expect(parseFormatSpec(rt, ">5x", "int", "int")).toMatchObject({ align: ">", width: 5, type: "x" });
    expect(parseFormatSpec(rt, ">5x", "int", "int")).toMatchObject({ align: ">", width: 5, type: "x" });
    expect(() => parseFormatSpec(rt, ">5x", "MyFloat", "float")).toThrow();
    expect(lastError).toBe("ValueError: Unknown format code 'x' for object of type 'MyFloat'");
    expect(() => parseFormatSpec(rt, ">5x", "MyFloat", "float")).toThrow();
    expect(parseFormatSpec(rt, "", "float", "float").type).toBe("");
    expect(parseFormatSpec(rt, "", "int", "int").type).toBe("d");
    expect(parseFormatSpec(rt, "", "str").type).toBe("s");
  });
});

describe("padding and grouping", () => {
  it("pads in code points", () => {
    const spec = parseFormatSpec(rt, "^6", "str");
    expect(padAligned("😀é", spec, "<")).toBe("  😀é  ");
    expect(padAligned("abcdefg", spec, "<")).toBe("abcdefg");
  });
  it("groups with zero padding as CPython's InsertThousandsGrouping", () => {
    expect(groupDigits("1234", ",", 3, 10)).toBe("00,001,234");
    expect(groupDigits("1234", ",", 3, 8)).toBe("0,001,234");
    expect(groupDigits("1234", ",", 3, 0)).toBe("1,234");
    expect(groupDigits("12345", "_", 4, 9)).toBe("0001_2345");
    expect(groupDigits("12345", "_", 4, 10)).toBe("0_0001_2345");
    expect(groupDigits("7", "", 3, 4)).toBe("0007");
  });
});

describe("the same spec on str, int, float and complex", () => {
  it("matches CPython for every recorded case", () => {
    for (const [kind, spec, out] of recorded) {
      expect([kind, spec, format(kind as FormatKind, spec)]).toEqual([kind, spec, out]);
    }
  });
});

/** [kind, spec, format(value, spec)] recorded with CPython 3.11.7; '!' marks the exception raised. */
const recorded: [string, string, string][] = [["str", "abc", "!ValueError: Invalid format specifier 'abc' for object of type 'str'"], ["str", ".", "!ValueError: Format specifier missing precision"], ["str", "5.", "!ValueError: Format specifier missing precision"], ["str", "x", "!ValueError: Unknown format code 'x' for object of type 'str'"], ["str", "s", "abc"], ["str", "d", "!ValueError: Unknown format code 'd' for object of type 'str'"], ["str", "c", "!ValueError: Unknown format code 'c' for object of type 'str'"], ["str", "n", "!ValueError: Unknown format code 'n' for object of type 'str'"], ["str", "%", "!ValueError: Unknown format code '%' for object of type 'str'"], ["str", "e", "!ValueError: Unknown format code 'e' for object of type 'str'"], ["str", "+", "!ValueError: Sign not allowed in string format specifier"], ["str", "-", "!ValueError: Sign not allowed in string format specifier"], ["str", " ", "!ValueError: Space not allowed in string format specifier"], ["str", "#", "!ValueError: Alternate form (#) not allowed in string format specifier"], ["str", "=", "!ValueError: '=' alignment not allowed in string format specifier"], ["str", "z", "!ValueError: Negative zero coercion (z) not allowed in string format specifier"], ["str", ",_", "!ValueError: Cannot specify both ',' and '_'."], ["str", "_,", "!ValueError: Cannot specify both ',' and '_'."], ["str", ",b", "!ValueError: Cannot specify ',' with 'b'."], ["str", "_b", "!ValueError: Unknown format code 'b' for object of type 'str'"], ["str", ",x", "!ValueError: Cannot specify ',' with 'x'."], ["str", "_c", "!ValueError: Cannot specify '_' with 'c'."], ["str", ",c", "!ValueError: Cannot specify ',' with 'c'."], ["str", ",", "!ValueError: Cannot specify ',' with 's'."], ["str", "_", "!ValueError: Cannot specify '_' with 's'."], ["str", ",,", "!ValueError: Cannot specify ',' with ','."], ["str", "__", "!ValueError: Cannot specify '_' with '_'."], ["str", "\u0001", "!ValueError: Unknown format code '\\x1' for object of type 'str'"], ["str", ",\u0001", "!ValueError: Cannot specify ',' with '\\x1'."], ["str", "_n", "!ValueError: Cannot specify '_' with 'n'."], ["str", ",s", "!ValueError: Cannot specify ',' with 's'."], ["str", "\u00e9", "!ValueError: Unknown format code '\\xe9' for object of type 'str'"], ["str", "\ud83d\ude00^9", "\ud83d\ude00\ud83d\ude00\ud83d\ude00abc\ud83d\ude00\ud83d\ude00\ud83d\ude00"], ["str", "x<9", "abcxxxxxx"], ["str", "<09", "abc000000"], ["str", "09", "abc000000"], ["str", "0", "abc"], ["str", "^", "abc"], ["str", ">7", "    abc"], ["str", "=7", "!ValueError: '=' alignment not allowed in string format specifier"], ["str", "*^9", "***abc***"], ["str", "\u0000^7", "\u0000\u0000abc\u0000\u0000"], ["str", ".1", "a"], ["str", "^5.1", "  a  "], ["str", ".0", ""], ["str", "99999999999999999999", "!ValueError: Too many decimal digits in format string"], ["str", ".99999999999999999999", "!ValueError: Too many decimal digits in format string"], ["str", "10.3", "abc       "], ["str", "+10", "!ValueError: Sign not allowed in string format specifier"], ["str", " 10", "!ValueError: Space not allowed in string format specifier"], ["str", "z10", "!ValueError: Negative zero coercion (z) not allowed in string format specifier"], ["str", "#10", "!ValueError: Alternate form (#) not allowed in string format specifier"], ["str", "0=10", "!ValueError: '=' alignment not allowed in string format specifier"], ["str", "q<", "abc"], ["str", "<<5", "abc<<"], ["str", "<<<5", "!ValueError: Invalid format specifier '<<<5' for object of type 'str'"], ["str", "%<5", "abc%%"], ["str", ">>", "abc"], ["str", "10,", "!ValueError: Cannot specify ',' with 's'."], ["str", "10_", "!ValueError: Cannot specify '_' with 's'."], ["str", "10,.2", "!ValueError: Cannot specify ',' with 's'."], ["str", ",.2", "!ValueError: Cannot specify ',' with 's'."], ["str", "_.2", "!ValueError: Cannot specify '_' with 's'."], ["str", ".2,", "!ValueError: Unknown format code ',' for object of type 'str'"], ["str", "1.2.3", "!ValueError: Invalid format specifier '1.2.3' for object of type 'str'"], ["str", "#0", "!ValueError: Alternate form (#) not allowed in string format specifier"], ["str", "x=10", "!ValueError: '=' alignment not allowed in string format specifier"], ["str", "=^5", "=abc="], ["str", "^=5", "!ValueError: '=' alignment not allowed in string format specifier"], ["str", "0>5", "00abc"], ["str", "00", "abc"], ["str", "000", "abc"], ["str", "0,", "!ValueError: Cannot specify ',' with 's'."], ["str", "05,", "!ValueError: Cannot specify ',' with 's'."], ["str", "s<5", "abcss"], ["int", "abc", "!ValueError: Invalid format specifier 'abc' for object of type 'int'"], ["int", ".", "!ValueError: Format specifier missing precision"], ["int", "5.", "!ValueError: Format specifier missing precision"], ["int", "x", "4d2"], ["int", "s", "!ValueError: Unknown format code 's' for object of type 'int'"], ["int", "d", "1234"], ["int", "c", "\u04d2"], ["int", "n", "1234"], ["int", "%", "123400.000000%"], ["int", "e", "1.234000e+03"], ["int", "+", "+1234"], ["int", "-", "1234"], ["int", " ", " 1234"], ["int", "#", "1234"], ["int", "=", "1234"], ["int", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"], ["int", ",_", "!ValueError: Cannot specify both ',' and '_'."], ["int", "_,", "!ValueError: Cannot specify both ',' and '_'."], ["int", ",b", "!ValueError: Cannot specify ',' with 'b'."], ["int", "_b", "100_1101_0010"], ["int", ",x", "!ValueError: Cannot specify ',' with 'x'."], ["int", "_c", "!ValueError: Cannot specify '_' with 'c'."], ["int", ",c", "!ValueError: Cannot specify ',' with 'c'."], ["int", ",", "1,234"], ["int", "_", "1_234"], ["int", ",,", "!ValueError: Cannot specify ',' with ','."], ["int", "__", "!ValueError: Cannot specify '_' with '_'."], ["int", "\u0001", "!ValueError: Unknown format code '\\x1' for object of type 'int'"], ["int", ",\u0001", "!ValueError: Cannot specify ',' with '\\x1'."], ["int", "_n", "!ValueError: Cannot specify '_' with 'n'."], ["int", ",s", "!ValueError: Cannot specify ',' with 's'."], ["int", "\u00e9", "!ValueError: Unknown format code '\\xe9' for object of type 'int'"], ["int", "\ud83d\ude00^9", "\ud83d\ude00\ud83d\ude001234\ud83d\ude00\ud83d\ude00\ud83d\ude00"], ["int", "x<9", "1234xxxxx"], ["int", "<09", "123400000"], ["int", "09", "000001234"], ["int", "0", "1234"], ["int", "^", "1234"], ["int", ">7", "   1234"], ["int", "=7", "   1234"], ["int", "*^9", "**1234***"], ["int", "\u0000^7", "\u00001234\u0000\u0000"], ["int", ".1", "!ValueError: Precision not allowed in integer format specifier"], ["int", "^5.1", "!ValueError: Precision not allowed in integer format specifier"], ["int", ".0", "!ValueError: Precision not allowed in integer format specifier"], ["int", "99999999999999999999", "!ValueError: Too many decimal digits in format string"], ["int", ".99999999999999999999", "!ValueError: Too many decimal digits in format string"], ["int", "10.3", "!ValueError: Precision not allowed in integer format specifier"], ["int", "+10", "     +1234"], ["int", " 10", "      1234"], ["int", "z10", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"], ["int", "#10", "      1234"], ["int", "0=10", "0000001234"], ["int", "q<", "1234"], ["int", "<<5", "1234<"], ["int", "<<<5", "!ValueError: Invalid format specifier '<<<5' for object of type 'int'"], ["int", "%<5", "1234%"], ["int", ">>", "1234"], ["int", "10,", "     1,234"], ["int", "10_", "     1_234"], ["int", "10,.2", "!ValueError: Precision not allowed in integer format specifier"], ["int", ",.2", "!ValueError: Precision not allowed in integer format specifier"], ["int", "_.2", "!ValueError: Precision not allowed in integer format specifier"], ["int", ".2,", "!ValueError: Unknown format code ',' for object of type 'int'"], ["int", "1.2.3", "!ValueError: Invalid format specifier '1.2.3' for object of type 'int'"], ["int", "#0", "1234"], ["int", "x=10", "xxxxxx1234"], ["int", "=^5", "1234="], ["int", "^=5", "^1234"], ["int", "0>5", "01234"], ["int", "00", "1234"], ["int", "000", "1234"], ["int", "0,", "1,234"], ["int", "05,", "1,234"], ["int", "s<5", "1234s"], ["float", "abc", "!ValueError: Invalid format specifier 'abc' for object of type 'float'"], ["float", ".", "!ValueError: Format specifier missing precision"], ["float", "5.", "!ValueError: Format specifier missing precision"], ["float", "x", "!ValueError: Unknown format code 'x' for object of type 'float'"], ["float", "s", "!ValueError: Unknown format code 's' for object of type 'float'"], ["float", "d", "!ValueError: Unknown format code 'd' for object of type 'float'"], ["float", "c", "!ValueError: Unknown format code 'c' for object of type 'float'"], ["float", "n", "1234.5"], ["float", "%", "123450.000000%"], ["float", "e", "1.234500e+03"], ["float", "+", "+1234.5"], ["float", "-", "1234.5"], ["float", " ", " 1234.5"], ["float", "#", "1234.5"], ["float", "=", "1234.5"], ["float", "z", "1234.5"], ["float", ",_", "!ValueError: Cannot specify both ',' and '_'."], ["float", "_,", "!ValueError: Cannot specify both ',' and '_'."], ["float", ",b", "!ValueError: Cannot specify ',' with 'b'."], ["float", "_b", "!ValueError: Unknown format code 'b' for object of type 'float'"], ["float", ",x", "!ValueError: Cannot specify ',' with 'x'."], ["float", "_c", "!ValueError: Cannot specify '_' with 'c'."], ["float", ",c", "!ValueError: Cannot specify ',' with 'c'."], ["float", ",", "1,234.5"], ["float", "_", "1_234.5"], ["float", ",,", "!ValueError: Cannot specify ',' with ','."], ["float", "__", "!ValueError: Cannot specify '_' with '_'."], ["float", "\u0001", "!ValueError: Unknown format code '\\x1' for object of type 'float'"], ["float", ",\u0001", "!ValueError: Cannot specify ',' with '\\x1'."], ["float", "_n", "!ValueError: Cannot specify '_' with 'n'."], ["float", ",s", "!ValueError: Cannot specify ',' with 's'."], ["float", "\u00e9", "!ValueError: Unknown format code '\\xe9' for object of type 'float'"], ["float", "\ud83d\ude00^9", "\ud83d\ude001234.5\ud83d\ude00\ud83d\ude00"], ["float", "x<9", "1234.5xxx"], ["float", "<09", "1234.5000"], ["float", "09", "0001234.5"], ["float", "0", "1234.5"], ["float", "^", "1234.5"], ["float", ">7", " 1234.5"], ["float", "=7", " 1234.5"], ["float", "*^9", "*1234.5**"], ["float", "\u0000^7", "1234.5\u0000"], ["float", ".1", "1e+03"], ["float", "^5.1", "1e+03"], ["float", ".0", "1e+03"], ["float", "99999999999999999999", "!ValueError: Too many decimal digits in format string"], ["float", ".99999999999999999999", "!ValueError: Too many decimal digits in format string"], ["float", "10.3", "  1.23e+03"], ["float", "+10", "   +1234.5"], ["float", " 10", "    1234.5"], ["float", "z10", "    1234.5"], ["float", "#10", "    1234.5"], ["float", "0=10", "00001234.5"], ["float", "q<", "1234.5"], ["float", "<<5", "1234.5"], ["float", "<<<5", "!ValueError: Invalid format specifier '<<<5' for object of type 'float'"], ["float", "%<5", "1234.5"], ["float", ">>", "1234.5"], ["float", "10,", "   1,234.5"], ["float", "10_", "   1_234.5"], ["float", "10,.2", "   1.2e+03"], ["float", ",.2", "1.2e+03"], ["float", "_.2", "1.2e+03"], ["float", ".2,", "!ValueError: Unknown format code ',' for object of type 'float'"], ["float", "1.2.3", "!ValueError: Invalid format specifier '1.2.3' for object of type 'float'"], ["float", "#0", "1234.5"], ["float", "x=10", "xxxx1234.5"], ["float", "=^5", "1234.5"], ["float", "^=5", "1234.5"], ["float", "0>5", "1234.5"], ["float", "00", "1234.5"], ["float", "000", "1234.5"], ["float", "0,", "1,234.5"], ["float", "05,", "1,234.5"], ["float", "s<5", "1234.5"], ["complex", "abc", "!ValueError: Invalid format specifier 'abc' for object of type 'complex'"], ["complex", ".", "!ValueError: Format specifier missing precision"], ["complex", "5.", "!ValueError: Format specifier missing precision"], ["complex", "x", "!ValueError: Unknown format code 'x' for object of type 'complex'"], ["complex", "s", "!ValueError: Unknown format code 's' for object of type 'complex'"], ["complex", "d", "!ValueError: Unknown format code 'd' for object of type 'complex'"], ["complex", "c", "!ValueError: Unknown format code 'c' for object of type 'complex'"], ["complex", "n", "1+2j"], ["complex", "%", "!ValueError: Unknown format code '%' for object of type 'complex'"], ["complex", "e", "1.000000e+00+2.000000e+00j"], ["complex", "+", "(+1+2j)"], ["complex", "-", "(1+2j)"], ["complex", " ", "( 1+2j)"], ["complex", "#", "(1.+2.j)"], ["complex", "=", "!ValueError: '=' alignment flag is not allowed in complex format specifier"], ["complex", "z", "(1+2j)"], ["complex", ",_", "!ValueError: Cannot specify both ',' and '_'."], ["complex", "_,", "!ValueError: Cannot specify both ',' and '_'."], ["complex", ",b", "!ValueError: Cannot specify ',' with 'b'."], ["complex", "_b", "!ValueError: Unknown format code 'b' for object of type 'complex'"], ["complex", ",x", "!ValueError: Cannot specify ',' with 'x'."], ["complex", "_c", "!ValueError: Cannot specify '_' with 'c'."], ["complex", ",c", "!ValueError: Cannot specify ',' with 'c'."], ["complex", ",", "(1+2j)"], ["complex", "_", "(1+2j)"], ["complex", ",,", "!ValueError: Cannot specify ',' with ','."], ["complex", "__", "!ValueError: Cannot specify '_' with '_'."], ["complex", "\u0001", "!ValueError: Unknown format code '\\x1' for object of type 'complex'"], ["complex", ",\u0001", "!ValueError: Cannot specify ',' with '\\x1'."], ["complex", "_n", "!ValueError: Cannot specify '_' with 'n'."], ["complex", ",s", "!ValueError: Cannot specify ',' with 's'."], ["complex", "\u00e9", "!ValueError: Unknown format code '\\xe9' for object of type 'complex'"], ["complex", "\ud83d\ude00^9", "\ud83d\ude00(1+2j)\ud83d\ude00\ud83d\ude00"], ["complex", "x<9", "(1+2j)xxx"], ["complex", "<09", "!ValueError: Zero padding is not allowed in complex format specifier"], ["complex", "09", "!ValueError: Zero padding is not allowed in complex format specifier"], ["complex", "0", "!ValueError: Zero padding is not allowed in complex format specifier"], ["complex", "^", "(1+2j)"], ["complex", ">7", " (1+2j)"], ["complex", "=7", "!ValueError: '=' alignment flag is not allowed in complex format specifier"], ["complex", "*^9", "*(1+2j)**"], ["complex", "\u0000^7", "(1+2j)\u0000"], ["complex", ".1", "(1+2j)"], ["complex", "^5.1", "(1+2j)"], ["complex", ".0", "(1+2j)"], ["complex", "99999999999999999999", "!ValueError: Too many decimal digits in format string"], ["complex", ".99999999999999999999", "!ValueError: Too many decimal digits in format string"], ["complex", "10.3", "    (1+2j)"], ["complex", "+10", "   (+1+2j)"], ["complex", " 10", "   ( 1+2j)"], ["complex", "z10", "    (1+2j)"], ["complex", "#10", "  (1.+2.j)"], ["complex", "0=10", "!ValueError: Zero padding is not allowed in complex format specifier"], ["complex", "q<", "(1+2j)"], ["complex", "<<5", "(1+2j)"], ["complex", "<<<5", "!ValueError: Invalid format specifier '<<<5' for object of type 'complex'"], ["complex", "%<5", "(1+2j)"], ["complex", ">>", "(1+2j)"], ["complex", "10,", "    (1+2j)"], ["complex", "10_", "    (1+2j)"], ["complex", "10,.2", "    (1+2j)"], ["complex", ",.2", "(1+2j)"], ["complex", "_.2", "(1+2j)"], ["complex", ".2,", "!ValueError: Unknown format code ',' for object of type 'complex'"], ["complex", "1.2.3", "!ValueError: Invalid format specifier '1.2.3' for object of type 'complex'"], ["complex", "#0", "!ValueError: Zero padding is not allowed in complex format specifier"], ["complex", "x=10", "!ValueError: '=' alignment flag is not allowed in complex format specifier"], ["complex", "=^5", "(1+2j)"], ["complex", "^=5", "!ValueError: '=' alignment flag is not allowed in complex format specifier"], ["complex", "0>5", "!ValueError: Zero padding is not allowed in complex format specifier"], ["complex", "00", "!ValueError: Zero padding is not allowed in complex format specifier"], ["complex", "000", "!ValueError: Zero padding is not allowed in complex format specifier"], ["complex", "0,", "!ValueError: Zero padding is not allowed in complex format specifier"], ["complex", "05,", "!ValueError: Zero padding is not allowed in complex format specifier"], ["complex", "s<5", "(1+2j)"]];
