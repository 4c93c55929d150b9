// `dumpAst`: the string Python 3.11's `ast.dump(tree)` gives for the same tree (no attributes,
// no indent), for tests against CPython and for debugging. Field order is the ASDL's; optional
// fields holding None are left out, as `ast.dump` leaves them out.

import * as ast from "./ast.js";

/** Each node kind's fields in `_fields` order, and which of them are optional (`?`). */
const FIELDS: Record<string, readonly string[]> = {
  Module: ["body", "type_ignores"],
  Interactive: ["body"],
  Expression: ["body"],
  FunctionDef: ["name", "args", "body", "decorator_list", "returns?"],
  AsyncFunctionDef: ["name", "args", "body", "decorator_list", "returns?"],
  ClassDef: ["name", "bases", "keywords", "body", "decorator_list"],
  Return: ["value?"],
  Delete: ["targets"],
  Assign: ["targets", "value"],
  AugAssign: ["target", "op", "value"],
  AnnAssign: ["target", "annotation", "value?", "simple"],
  For: ["target", "iter", "body", "orelse"],
  AsyncFor: ["target", "iter", "body", "orelse"],
  While: ["test", "body", "orelse"],
  If: ["test", "body", "orelse"],
  With: ["items", "body"],
  AsyncWith: ["items", "body"],
  Match: ["subject", "cases"],
  Raise: ["exc?", "cause?"],
  Try: ["body", "handlers", "orelse", "finalbody"],
  TryStar: ["body", "handlers", "orelse", "finalbody"],
  Assert: ["test", "msg?"],
  Import: ["names"],
  ImportFrom: ["module?", "names", "level?"],
  Global: ["names"],
  Nonlocal: ["names"],
  Expr: ["value"],
  Pass: [],
  Break: [],
  Continue: [],
  BoolOp: ["op", "values"],
  NamedExpr: ["target", "value"],
  BinOp: ["left", "op", "right"],
  UnaryOp: ["op", "operand"],
  Lambda: ["args", "body"],
  IfExp: ["test", "body", "orelse"],
  Dict: ["keys", "values"],
  Set: ["elts"],
  ListComp: ["elt", "generators"],
  SetComp: ["elt", "generators"],
  DictComp: ["key", "value", "generators"],
  GeneratorExp: ["elt", "generators"],
  Await: ["value"],
  Yield: ["value?"],
  YieldFrom: ["value"],
  Compare: ["left", "ops", "comparators"],
  Call: ["func", "args", "keywords"],
  FormattedValue: ["value", "conversion", "format_spec?"],
  JoinedStr: ["values"],
  Constant: ["value", "kind?"],
  Attribute: ["value", "attr", "ctx"],
  Subscript: ["value", "slice", "ctx"],
  Starred: ["value", "ctx"],
  Name: ["id", "ctx"],
  List: ["elts", "ctx"],
  Tuple: ["elts", "ctx"],
  Slice: ["lower?", "upper?", "step?"],
  comprehension: ["target", "iter", "ifs", "is_async"],
  ExceptHandler: ["type?", "name?", "body"],
  arguments: ["posonlyargs", "args", "vararg?", "kwonlyargs", "kw_defaults", "kwarg?", "defaults"],
  arg: ["arg", "annotation?"],
  keyword: ["arg?", "value"],
  alias: ["name", "asname?"],
  withitem: ["context_expr", "optional_vars?"],
  match_case: ["pattern", "guard?", "body"],
  MatchValue: ["value"],
  MatchSingleton: ["value"],
  MatchSequence: ["patterns"],
  MatchMapping: ["keys", "patterns", "rest?"],
  MatchClass: ["cls", "patterns", "kwd_attrs", "kwd_patterns"],
  MatchStar: ["name?"],
  MatchAs: ["pattern?", "name?"],
  MatchOr: ["patterns"],
};

/** Nodes that carry positions (the others are product types without attributes). */
const UNLOCATED = new Set(["Module", "Interactive", "Expression", "comprehension", "arguments", "withitem", "match_case"]);

/**
 * `ast.dump(node)`, or `ast.dump(node, include_attributes=True)`. Columns are this parser's
 * (UTF-16 units), equal to CPython's on ASCII lines.
 */
export function dumpAst(node: ast.Node, includeAttributes = false): string {
  const record = node as unknown as Record<string, unknown>;
  const fields = FIELDS[node.kind];
  const parts: string[] = [];
  for (const f of fields) {
    const optional = f.endsWith("?");
    const fname = optional ? f.slice(0, -1) : f;
    if (fname === "type_ignores") {
      parts.push("type_ignores=[]");
      continue;
    }
    // Python's Constant.kind is `const_kind` here (see ast.ts).
    const value = fname === "kind" ? record.const_kind : record[fname];
    if (optional && (value === undefined || value === null)) continue;
    if (fname === "op" || fname === "ctx") parts.push(`${fname}=${String(value)}()`);
    else if (fname === "ops") parts.push(`ops=[${(value as string[]).map((o) => `${o}()`).join(", ")}]`);
    else if (typeof value === "number" && fname !== "value") parts.push(`${fname}=${value}`);
    else parts.push(`${fname}=${dumpValue(value, includeAttributes)}`);
  }
  if (includeAttributes && !UNLOCATED.has(node.kind)) {
    for (const a of ["lineno", "col_offset", "end_lineno", "end_col_offset"]) parts.push(`${a}=${String(record[a])}`);
  }
  return `${node.kind}(${parts.join(", ")})`;
}

function dumpValue(v: unknown, includeAttributes: boolean): string {
  if (Array.isArray(v)) return `[${v.map((x) => dumpValue(x, includeAttributes)).join(", ")}]`;
  if (v === undefined || v === null) return "None";
  if (typeof v === "object" && "kind" in v) return dumpAst(v as ast.Node, includeAttributes);
  return pyRepr(v as ast.ConstValue);
}

/** Python's `repr` of a constant value. */
export function pyRepr(v: ast.ConstValue | number): string {
  if (v === null) return "None";
  if (v === true) return "True";
  if (v === false) return "False";
  if (v === ast.Ellipsis) return "Ellipsis";
  if (typeof v === "bigint") return v.toString();
  if (typeof v === "number") return floatRepr(v, true);
  if (typeof v === "string") return strRepr(v);
  if (v instanceof Uint8Array) return bytesRepr(v);
  if (v instanceof ast.ComplexConst) {
    const imag = floatRepr(v.imag, false) + "j";
    if (v.real === 0 && !Object.is(v.real, -0)) return imag;
    const sign = v.imag < 0 || Object.is(v.imag, -0) ? "" : "+";
    return `(${floatRepr(v.real, false)}${sign}${imag})`;
  }
  return String(v);
}

/** `float.__repr__` (shortest round-trip digits, Python's switch to exponent form). */
export function floatRepr(x: number, addDotZero: boolean): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (x === 0) return (Object.is(x, -0) ? "-0" : "0") + (addDotZero ? ".0" : "");
  const sign = x < 0 ? "-" : "";
  const [mant, expText] = Math.abs(x).toExponential().split("e");
  const digits = mant.replace(".", "");
  const decpt = Number(expText) + 1;
  if (decpt <= -4 || decpt > 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = decpt - 1;
    return `${sign}${m}e${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  let out: string;
  if (decpt <= 0) out = "0." + "0".repeat(-decpt) + digits;
  else if (decpt >= digits.length) out = digits + "0".repeat(decpt - digits.length) + (addDotZero ? ".0" : "");
  else out = `${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
  return sign + out;
}

function isPrintable(ch: string): boolean {
  return ch === " " || !/[\p{C}\p{Z}]/u.test(ch);
}

function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (isPrintable(ch)) out += ch;
    else if (cp < 0x100) out += "\\x" + cp.toString(16).padStart(2, "0");
    else if (cp < 0x10000) out += "\\u" + cp.toString(16).padStart(4, "0");
    else out += "\\U" + cp.toString(16).padStart(8, "0");
  }
  return out + quote;
}

function bytesRepr(b: Uint8Array): string {
  const hasSingle = b.includes(39);
  const quote = hasSingle && !b.includes(34) ? '"' : "'";
  let out = "b" + quote;
  for (const c of b) {
    const ch = String.fromCharCode(c);
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c === 9) out += "\\t";
    else if (c >= 0x20 && c < 0x7f) out += ch;
    else out += "\\x" + c.toString(16).padStart(2, "0");
  }
  return out + quote;
}
