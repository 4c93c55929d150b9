// Operators: unary, binary, comparisons, `not`/`and`/`or` and `await`.
//
// Lezer's Python grammar gets two precedences wrong: `not` has none (`not a or b` parses as
// `not (a or b)`), and `await` takes a whole binary expression (`await x ** 2` as
// `await (x ** 2)`). Layers where that matters are flattened into operands and operators and
// rebuilt with Python's precedence; everything else maps node for node.

import type { SyntaxNode } from "@lezer/common";
import type * as ast from "./ast.js";
import { checked, expect } from "./children.js";
import type { Ctx } from "./context.js";
import { expr } from "./expr.js";
import { N, kids, kindOf } from "./syntax.js";

const BINARY_OPS: Record<string, ast.Operator> = {
  "+": "Add", "-": "Sub", "*": "Mult", "@": "MatMult", "/": "Div", "%": "Mod", "//": "FloorDiv",
  "**": "Pow", "|": "BitOr", "^": "BitXor", "&": "BitAnd", "<<": "LShift", ">>": "RShift",
};

const COMPARE_OPS: Record<string, ast.CmpOp> = {
  "==": "Eq", "!=": "NotEq", "<": "Lt", "<=": "LtE", ">": "Gt", ">=": "GtE",
};

/** A UnaryExpression, BinaryExpression or AwaitExpression node. */
export function operation(cx: Ctx, n: SyntaxNode): ast.Expr {
  if (kindOf(n) === N.UnaryExpression) {
    if (kindOf(n.firstChild) === N.KwNot) return boolLayer(cx, n);
    return hasAwait(n) ? arithmeticLayer(cx, n) : unary(cx, n);
  }
  if (kindOf(n) === N.BinaryExpression) {
    const op = kindOf(kids(n)[1]);
    if (op === N.KwOr || op === N.KwAnd) return boolLayer(cx, n);
    return op !== N.CompareOp && hasAwait(n) ? arithmeticLayer(cx, n) : binary(cx, n);
  }
  return arithmeticLayer(cx, n);
}

function unary(cx: Ctx, n: SyntaxNode): ast.UnaryOp {
  const [op, operand] = expect(cx, n, 2);
  const t = cx.textOf(op);
  const uop: ast.UnaryOperator = t === "not" ? "Not" : t === "-" ? "USub" : t === "+" ? "UAdd" : "Invert";
  return { kind: "UnaryOp", op: uop, operand: expr(cx, operand), ...cx.at(n) };
}

type OpKind = { bool: ast.BoolOperator } | { cmp: ast.CmpOp } | { bin: ast.Operator };

/** The operator of a BinaryExpression: its middle children. */
function operatorOf(cx: Ctx, k: SyntaxNode[]): OpKind {
  const ops = k.slice(1, -1);
  const t = ops.map((o) => cx.textOf(o)).join(" ");
  switch (t) {
    case "or": return { bool: "Or" };
    case "and": return { bool: "And" };
    case "in": return { cmp: "In" };
    case "not in": return { cmp: "NotIn" };
    case "is": return { cmp: "Is" };
    case "is not": return { cmp: "IsNot" };
  }
  if (ops.length === 1 && kindOf(ops[0]) === N.CompareOp) {
    const op = COMPARE_OPS[t];
    if (op === undefined) cx.failAt("invalid syntax", ops[0]);
    return { cmp: op };
  }
  const bin = BINARY_OPS[t];
  if (ops.length !== 1 || bin === undefined) cx.syntaxError(ops[0] ?? k[0]);
  return { bin };
}

function binary(cx: Ctx, n: SyntaxNode): ast.Expr {
  const k = checked(cx, n);
  const op = operatorOf(cx, k);
  const right = k[k.length - 1];
  const loc = cx.at(n);
  if ("bool" in op) return cx.syntaxError(k[1]);
  if ("cmp" in op) {
    const ops: ast.CmpOp[] = [op.cmp];
    const comparators = [expr(cx, right)];
    let left = k[0];
    for (;;) {
      const lk = kindOf(left) === N.BinaryExpression ? checked(cx, left) : undefined;
      if (lk === undefined) break;
      const lop = operatorOf(cx, lk);
      if (!("cmp" in lop)) break;
      ops.unshift(lop.cmp);
      comparators.unshift(expr(cx, lk[lk.length - 1]));
      left = lk[0];
    }
    return { kind: "Compare", left: expr(cx, left), ops, comparators, ...loc };
  }
  return { kind: "BinOp", left: expr(cx, k[0]), op: op.bin, right: expr(cx, right), ...loc };
}

type BoolItem = { op: "not" | "and" | "or"; from: number; to: number } | { node: SyntaxNode };

/**
 * `not`, `and` and `or`. Lezer's grammar gives `not` no precedence, so `not a or b` comes back
 * as `not (a or b)`; the layer is flattened to its operands and operators and rebuilt with
 * Python's precedence (`or` < `and` < `not`), which also makes `a or b or c` one BoolOp.
 */
function boolLayer(cx: Ctx, n: SyntaxNode): ast.Expr {
  const seq: BoolItem[] = [];
  flattenBool(cx, n, seq);
  let i = 0;
  type Built = { e: ast.Expr; from: number; to: number };
  const operand = (): Built => {
    const item = seq[i++];
    if ("node" in item) return { e: expr(cx, item.node), from: item.node.from, to: item.node.to };
    if (item.op !== "not") return cx.fail("invalid syntax", item.from, item.to);
    const inner = operand();
    return { e: { kind: "UnaryOp", op: "Not", operand: inner.e, ...cx.loc(item.from, inner.to) }, from: item.from, to: inner.to };
  };
  const chain = (op: "and" | "or", next: () => Built): Built => {
    const first = next();
    const values = [first];
    for (;;) {
      const item = seq[i];
      if (item === undefined || "node" in item || item.op !== op) break;
      i++;
      values.push(next());
    }
    if (values.length === 1) return first;
    const last = values[values.length - 1];
    const boolOp: ast.BoolOperator = op === "or" ? "Or" : "And";
    const e: ast.BoolOp = { kind: "BoolOp", op: boolOp, values: values.map((v) => v.e), ...cx.loc(first.from, last.to) };
    return { e, from: first.from, to: last.to };
  };
  const result = chain("or", () => chain("and", operand));
  if (i !== seq.length) return cx.syntaxError(n);
  return result.e;
}

function flattenBool(cx: Ctx, n: SyntaxNode, out: BoolItem[]): void {
  const kind = kindOf(n);
  if (kind === N.BinaryExpression || kind === N.UnaryExpression) {
    const k = checked(cx, n);
    const opKind = kindOf(kind === N.BinaryExpression ? k[1] : k[0]);
    if (kind === N.BinaryExpression && k.length === 3 && (opKind === N.KwOr || opKind === N.KwAnd)) {
      flattenBool(cx, k[0], out);
      out.push({ op: opKind === N.KwOr ? "or" : "and", from: k[1].from, to: k[1].to });
      flattenBool(cx, k[2], out);
      return;
    }
    if (kind === N.UnaryExpression && opKind === N.KwNot && k.length === 2) {
      out.push({ op: "not", from: k[0].from, to: k[0].to });
      flattenBool(cx, k[1], out);
      return;
    }
  }
  out.push({ node: n });
}

// ---- await and the arithmetic operators --------------------------------------------------------

const ARITH_KINDS = new Set([N.BinaryExpression, N.UnaryExpression, N.AwaitExpression]);

/** Whether an arithmetic subtree holds an `await` (the only case Lezer groups wrongly). */
function hasAwait(n: SyntaxNode): boolean {
  if (kindOf(n) === N.AwaitExpression) return true;
  if (!ARITH_KINDS.has(kindOf(n))) return false;
  for (const c of kids(n)) if (hasAwait(c)) return true;
  return false;
}

type ArithItem = { prefix: string; from: number } | { op: string } | { node: SyntaxNode };

/**
 * Lezer lets `await` take a whole binary expression (`await x ** 2` as `await (x ** 2)`, and
 * `await a + await b + c` nested to the right), where Python's `await` takes one primary.
 * Such a layer is flattened into operands, prefixes and operators and rebuilt with Python's
 * grammar (`bitwise_or` down to `await_primary`).
 */
function arithmeticLayer(cx: Ctx, n: SyntaxNode): ast.Expr {
  const seq: ArithItem[] = [];
  flattenArith(cx, n, seq);
  let i = 0;
  type Built = { e: ast.Expr; from: number; to: number };
  const peekOp = (): string | undefined => {
    const item = seq[i];
    return item !== undefined && "op" in item ? item.op : undefined;
  };
  const primary = (): Built => {
    const item = seq[i++];
    if (item === undefined || !("node" in item)) return cx.syntaxError(n);
    return { e: expr(cx, item.node), from: item.node.from, to: item.node.to };
  };
  const awaitPrimary = (): Built => {
    const item = seq[i];
    if (item !== undefined && "prefix" in item && item.prefix === "await") {
      i++;
      const p = primary();
      return { e: { kind: "Await", value: p.e, ...cx.loc(item.from, p.to) }, from: item.from, to: p.to };
    }
    return primary();
  };
  const factor = (): Built => {
    const item = seq[i];
    if (item !== undefined && "prefix" in item && item.prefix !== "await") {
      i++;
      const operand = factor();
      const op: ast.UnaryOperator = item.prefix === "-" ? "USub" : item.prefix === "+" ? "UAdd" : "Invert";
      return { e: { kind: "UnaryOp", op, operand: operand.e, ...cx.loc(item.from, operand.to) }, from: item.from, to: operand.to };
    }
    return power();
  };
  const power = (): Built => {
    const left = awaitPrimary();
    if (peekOp() !== "**") return left;
    i++;
    const right = factor();
    return { e: { kind: "BinOp", left: left.e, op: "Pow", right: right.e, ...cx.loc(left.from, right.to) }, from: left.from, to: right.to };
  };
  const level = (ops: readonly string[], next: () => Built) => (): Built => {
    let left = next();
    for (let op = peekOp(); op !== undefined && ops.includes(op); op = peekOp()) {
      i++;
      const right = next();
      const e: ast.BinOp = { kind: "BinOp", left: left.e, op: BINARY_OPS[op], right: right.e, ...cx.loc(left.from, right.to) };
      left = { e, from: left.from, to: right.to };
    }
    return left;
  };
  const term = level(["*", "/", "//", "%", "@"], factor);
  const sum = level(["+", "-"], term);
  const shift = level(["<<", ">>"], sum);
  const bitAnd = level(["&"], shift);
  const bitXor = level(["^"], bitAnd);
  const bitOr = level(["|"], bitXor);
  const result = bitOr();
  if (i !== seq.length) return cx.syntaxError(n);
  return result.e;
}

function flattenArith(cx: Ctx, n: SyntaxNode, out: ArithItem[]): void {
  switch (kindOf(n)) {
    case N.BinaryExpression: {
      const k = checked(cx, n);
      const op = k.length === 3 ? BINARY_OPS[cx.textOf(k[1])] : undefined;
      if (op === undefined) break;
      flattenArith(cx, k[0], out);
      out.push({ op: cx.textOf(k[1]) });
      flattenArith(cx, k[2], out);
      return;
    }
    case N.UnaryExpression:
    case N.AwaitExpression: {
      const k = checked(cx, n);
      if (k.length !== 2 || kindOf(k[0]) === N.KwNot) break;
      out.push({ prefix: cx.textOf(k[0]), from: k[0].from });
      flattenArith(cx, k[1], out);
      return;
    }
  }
  out.push({ node: n });
}

