/**
 * The AST optimizer: CPython 3.11's `Python/ast_opt.c`, which runs before the symbol table.
 *
 * It folds constant expressions (`-1`, `2**8`, `"a" * 3`, `(1, 2)`, `"abc"[0]`), turns a list or
 * set displayed after `in` or iterated by `for` into a constant tuple or frozenset, rewrites
 * `not (a is b)` as `a is not b`, `__debug__` as a constant, and `"%s %r" % (a, b)` as an
 * f-string. The result feeds the symbol table and the code generator, exactly as in CPython,
 * so that the bytecode matches.
 *
 * Unlike CPython, the input tree is never modified: a node whose subtree changes is copied
 * (copy on write), so a tree can be compiled twice.
 *
 * A folded constant may be a tuple or frozenset, which `ast.Constant` cannot hold in glasspy's
 * AST types; such nodes are `FoldedConstant`s, and the compiler reads every Constant through
 * `constValue`.
 */
import type * as ast from "../parse/ast.js";
import { FrozensetConst, TupleConst } from "./code.js";
import { foldBinary, foldSubscript, foldUnary, type Value } from "./pyarith.js";

/** A constant after folding: the value may be a tuple or a frozenset. */
export interface FoldedConstant extends ast.Located {
  kind: "Constant";
  value: Value;
  const_kind: "u" | undefined;
}

export const constValue = (e: ast.Constant): Value => (e as unknown as FoldedConstant).value;

type AnyNode = { kind: string; [field: string]: unknown };

const isNode = (x: unknown): x is AnyNode =>
  typeof x === "object" && x !== null && typeof (x as AnyNode).kind === "string";

const noPosition = { lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 };

function makeConst(at: ast.Located, value: Value): ast.Expr {
  const folded: FoldedConstant = {
    kind: "Constant", value, const_kind: undefined,
    lineno: at.lineno, col_offset: at.col_offset, end_lineno: at.end_lineno, end_col_offset: at.end_col_offset,
  };
  return folded as unknown as ast.Constant;
}

function constTuple(elts: readonly ast.Expr[]): TupleConst | undefined {
  const items: Value[] = [];
  for (const e of elts) {
    if (e.kind !== "Constant") return undefined;
    items.push(constValue(e));
  }
  return new TupleConst(items);
}

const hasStarred = (elts: readonly ast.Expr[]) => elts.some((e) => e.kind === "Starred");

/** `_PyAST_GetDocString`. */
export function docString(body: readonly ast.Stmt[]): string | undefined {
  const first = body[0];
  if (first?.kind !== "Expr" || first.value.kind !== "Constant") return undefined;
  const v = constValue(first.value);
  return typeof v === "string" ? v : undefined;
}

/** Fields holding annotations, which `from __future__ import annotations` keeps unfolded. */
const annotationFields: Record<string, string> = { arg: "annotation", AnnAssign: "annotation", FunctionDef: "returns",
  AsyncFunctionDef: "returns" };

export class AstOptimizer {
  constructor(private readonly optimize: number, private readonly futureAnnotations = false) {}

  mod<T extends ast.Mod>(m: T): T {
    return this.node(m as unknown as AnyNode) as unknown as T;
  }

  private node(n: AnyNode): AnyNode {
    if (n.kind === "Constant") return n;
    let copy: AnyNode | undefined;
    for (const key of Object.keys(n)) {
      if (this.futureAnnotations && annotationFields[n.kind] === key) continue;
      const v = n[key];
      if (Array.isArray(v)) {
        let items: unknown[] | undefined;
        v.forEach((x, i) => {
          if (!isNode(x)) return;
          const y = this.node(x);
          if (y !== x) (items ??= v.slice())[i] = y;
        });
        if (items) (copy ??= { ...n })[key] = items;
      } else if (isNode(v)) {
        const y = this.node(v);
        if (y !== v) (copy ??= { ...n })[key] = y;
      }
    }
    return this.fold(copy ?? n, n);
  }

  /** The node-level rewrites, applied after the children are folded. */
  private fold(n: AnyNode, original: AnyNode): AnyNode {
    const node = n as unknown as ast.Node;
    switch (node.kind) {
      case "BinOp": return this.binop(node) as unknown as AnyNode;
      case "UnaryOp": return this.unaryop(node) as unknown as AnyNode;
      case "Compare": {
        const last = node.ops.length - 1;
        if (node.ops[last] !== "In" && node.ops[last] !== "NotIn") return n;
        const it = this.iter(node.comparators[last]);
        if (it === node.comparators[last]) return n;
        const comparators = node.comparators.slice();
        comparators[last] = it;
        return { ...node, comparators } as unknown as AnyNode;
      }
      case "Subscript": {
        if (node.ctx !== "Load" || node.value.kind !== "Constant" || node.slice.kind !== "Constant") return n;
        const v = foldSubscript(constValue(node.value), constValue(node.slice));
        return (v === undefined ? node : makeConst(node, v)) as unknown as AnyNode;
      }
      case "Tuple": {
        if (node.ctx !== "Load") return n;
        const t = constTuple(node.elts);
        return (t ? makeConst(node, t) : node) as unknown as AnyNode;
      }
      case "Name":
        if (node.ctx === "Load" && node.id === "__debug__") return makeConst(node, !this.optimize) as unknown as AnyNode;
        return n;
      case "For": {
        const it = this.iter(node.iter);
        return (it === node.iter ? n : { ...node, iter: it }) as unknown as AnyNode;
      }
      case "comprehension": {
        const it = this.iter(node.iter);
        return (it === node.iter ? n : { ...node, iter: it }) as unknown as AnyNode;
      }
      case "Module":
      case "FunctionDef":
      case "AsyncFunctionDef":
      case "ClassDef":
        return this.protectDocString(node, original as unknown as { body: ast.Stmt[] }) as unknown as AnyNode;
      default:
        return n;
    }
  }

  /**
   * `astfold_body`: a first statement that became a string constant only by folding is not a
   * docstring; CPython wraps it in an f-string to keep it from being taken as one.
   */
  private protectDocString<T extends { body: ast.Stmt[] }>(node: T, original: { body: ast.Stmt[] }): T {
    if (docString(original.body) !== undefined || docString(node.body) === undefined) return node;
    const st = node.body[0] as ast.ExprStmt;
    const joined: ast.JoinedStr = {
      kind: "JoinedStr", values: [st.value],
      lineno: st.lineno, col_offset: st.col_offset, end_lineno: st.end_lineno, end_col_offset: st.end_col_offset,
    };
    return { ...node, body: [{ ...st, value: joined }, ...node.body.slice(1)] };
  }

  /** `fold_iter`: a list displayed for iteration becomes a tuple, a constant one if it can. */
  private iter(e: ast.Expr): ast.Expr {
    if (e.kind === "List") {
      if (hasStarred(e.elts)) return e;
      const t = constTuple(e.elts);
      const tuple: ast.Tuple = { ...e, kind: "Tuple" };
      return t ? makeConst(e, t) : tuple;
    }
    if (e.kind === "Set") {
      const t = constTuple(e.elts);
      return t ? makeConst(e, new FrozensetConst(t.items)) : e;
    }
    return e;
  }

  private unaryop(node: ast.UnaryOp): ast.Expr {
    const arg = node.operand;
    if (arg.kind !== "Constant") {
      if (node.op === "Not" && arg.kind === "Compare" && arg.ops.length === 1) {
        const inverse = { Is: "IsNot", IsNot: "Is", In: "NotIn", NotIn: "In" } as const;
        const op = arg.ops[0];
        if (op === "Is" || op === "IsNot" || op === "In" || op === "NotIn") return { ...arg, ops: [inverse[op]] };
      }
      return node;
    }
    const v = foldUnary(node.op, constValue(arg));
    return v === undefined ? node : makeConst(node, v);
  }

  private binop(node: ast.BinOp): ast.Expr {
    const lhs = node.left;
    const rhs = node.right;
    if (lhs.kind !== "Constant") return node;
    const lv = constValue(lhs);
    if (node.op === "Mod" && rhs.kind === "Tuple" && typeof lv === "string" && !hasStarred(rhs.elts)) {
      return optimizeFormat(node, lv, rhs.elts) ?? node;
    }
    if (rhs.kind !== "Constant") return node;
    const v = foldBinary(node.op, lv, constValue(rhs));
    return v === undefined ? node : makeConst(node, v);
  }
}

/**
 * `optimize_format`: `"..." % (a, b)` with only %s, %r and %a units (with optional width and
 * precision) becomes an f-string. Returns undefined when the format does not qualify.
 */
function optimizeFormat(node: ast.BinOp, fmt: string, elts: readonly ast.Expr[]): ast.Expr | undefined {
  const values: ast.Expr[] = [];
  let pos = 0;
  let count = 0;
  for (;;) {
    const start = pos;
    while (pos < fmt.length) {
      if (fmt[pos] !== "%") pos++;
      else if (fmt[pos + 1] === "%") pos += 2;
      else break;
    }
    if (pos > start) values.push(makeConst(noPosition, fmt.slice(start, pos).replaceAll("%%", "%")));
    if (pos >= fmt.length) break;
    if (count >= elts.length) return undefined; /* more format units than items */
    pos++;
    const unit = parseFormatUnit(fmt, pos);
    if (!unit) return undefined;
    pos = unit.end;
    const arg = elts[count++];
    let spec = "";
    if (!unit.leftJustify && unit.width > 0) spec += ">";
    if (unit.width >= 0) spec += String(unit.width);
    if (unit.precision >= 0) spec += `.${unit.precision}`;
    const formatted: ast.FormattedValue = {
      kind: "FormattedValue", value: arg, conversion: unit.conversion,
      format_spec: spec ? (makeConst(noPosition, spec) as unknown as ast.JoinedStr) : undefined,
      lineno: arg.lineno, col_offset: arg.col_offset, end_lineno: arg.end_lineno, end_col_offset: arg.end_col_offset,
    };
    values.push(formatted);
  }
  if (count < elts.length) return undefined; /* more items than format units */
  return {
    kind: "JoinedStr", values,
    lineno: node.lineno, col_offset: node.col_offset, end_lineno: node.end_lineno, end_col_offset: node.end_col_offset,
  };
}

/** Widths and precisions of more than two digits are left to run time. */
const DIGIT_LIMIT = 10;

function parseFormatUnit(fmt: string, pos: number):
  { end: number; conversion: 115 | 114 | 97; leftJustify: boolean; width: number; precision: number } | undefined {
  let leftJustify = false;
  let width = -1;
  let precision = -1;
  const next = () => (pos < fmt.length ? fmt[pos++] : undefined);
  let ch = next();
  while (ch === "-" || ch === "+" || ch === " " || ch === "#" || ch === "0") {
    if (ch === "-") leftJustify = true;
    ch = next();
  }
  const digit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";
  if (digit(ch)) {
    width = 0;
    while (digit(ch)) {
      if (width >= DIGIT_LIMIT) return undefined;
      width = width * 10 + Number(ch);
      ch = next();
    }
  }
  if (ch === ".") {
    ch = next();
    precision = 0;
    while (digit(ch)) {
      if (precision >= DIGIT_LIMIT) return undefined;
      precision = precision * 10 + Number(ch);
      ch = next();
    }
  }
  if (ch === "s") return { end: pos, conversion: 115, leftJustify, width, precision };
  if (ch === "r") return { end: pos, conversion: 114, leftJustify, width, precision };
  if (ch === "a") return { end: pos, conversion: 97, leftJustify, width, precision };
  return undefined;
}
