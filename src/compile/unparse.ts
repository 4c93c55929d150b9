/**
 * Expressions back to source text, for `from __future__ import annotations`, which keeps every
 * annotation as the string of its expression. A port of CPython 3.11's `Python/ast_unparse.c`
 * (a limited unparser, not `ast.unparse`): same spacing, same parentheses, same quotes.
 */
import type * as ast from "../parse/ast.js";
import { ComplexConst, Ellipsis } from "../parse/ast.js";
import { TupleConst } from "./code.js";
import { constRepr, strRepr } from "./constants.js";
import { constValue } from "./fold.js";
import type { Value } from "./pyarith.js";

/* Priority levels, loosest first. */
const enum Pr {
  TUPLE, TEST, OR, AND, NOT, CMP, EXPR, BXOR, BAND, SHIFT, ARITH, TERM, FACTOR, POWER, AWAIT, ATOM,
  BOR = EXPR,
}

const binOps: Record<ast.Operator, [string, Pr]> = {
  Add: [" + ", Pr.ARITH], Sub: [" - ", Pr.ARITH], Mult: [" * ", Pr.TERM], MatMult: [" @ ", Pr.TERM],
  Div: [" / ", Pr.TERM], Mod: [" % ", Pr.TERM], LShift: [" << ", Pr.SHIFT], RShift: [" >> ", Pr.SHIFT],
  BitOr: [" | ", Pr.BOR], BitXor: [" ^ ", Pr.BXOR], BitAnd: [" & ", Pr.BAND], FloorDiv: [" // ", Pr.TERM],
  Pow: [" ** ", Pr.POWER],
};

const unaryOps: Record<ast.UnaryOperator, [string, Pr]> = {
  Invert: ["~", Pr.FACTOR], Not: ["not ", Pr.NOT], UAdd: ["+", Pr.FACTOR], USub: ["-", Pr.FACTOR],
};

const cmpOps: Record<ast.CmpOp, string> = {
  Eq: " == ", NotEq: " != ", Lt: " < ", LtE: " <= ", Gt: " > ", GtE: " >= ", Is: " is ", IsNot: " is not ",
  In: " in ", NotIn: " not in ",
};

/** `repr()`, with infinities spelled so that they read back (`1e309`). */
function reprForSource(v: Value): string {
  const repr = constRepr(v);
  if ((typeof v === "number" && !Number.isFinite(v) && !Number.isNaN(v)) || v instanceof ComplexConst) {
    return repr.replaceAll("inf", "1e309");
  }
  return repr;
}

function constant(v: Value): string {
  if (v instanceof TupleConst) {
    const items = v.items.map((x) => constant(x as Value));
    return `(${items.join(", ")}${items.length === 1 ? "," : ""})`;
  }
  return reprForSource(v);
}

const paren = (cond: boolean, s: string) => (cond ? `(${s})` : s);

function args(a: ast.arguments): string {
  const parts: string[] = [];
  const arg = (x: ast.arg) => (x.annotation ? `${x.arg}: ${expr(x.annotation, Pr.TEST)}` : x.arg);
  const positional = [...a.posonlyargs, ...a.args];
  positional.forEach((x, i) => {
    let s = arg(x);
    const di = i - positional.length + a.defaults.length;
    if (di >= 0) s += `=${expr(a.defaults[di], Pr.TEST)}`;
    if (a.posonlyargs.length && i + 1 === a.posonlyargs.length) s += ", /";
    parts.push(s);
  });
  if (a.vararg || a.kwonlyargs.length) parts.push(a.vararg ? `*${arg(a.vararg)}` : "*");
  a.kwonlyargs.forEach((x, i) => {
    const dflt = a.kw_defaults[i];
    parts.push(dflt ? `${arg(x)}=${expr(dflt, Pr.TEST)}` : arg(x));
  });
  if (a.kwarg) parts.push(`**${arg(a.kwarg)}`);
  return parts.join(", ");
}

function comprehensions(gens: readonly ast.comprehension[]): string {
  return gens.map((g) => {
    let s = `${g.is_async ? " async for " : " for "}${expr(g.target, Pr.TUPLE)} in ${expr(g.iter, Pr.TEST + 1)}`;
    for (const cond of g.ifs) s += ` if ${expr(cond, Pr.TEST + 1)}`;
    return s;
  }).join("");
}

const escapeBraces = (s: string) => s.replaceAll("{", "{{").replaceAll("}", "}}");

function fstringElement(e: ast.Expr, isFormatSpec: boolean): string {
  switch (e.kind) {
    case "Constant": return escapeBraces(constValue(e) as string);
    case "JoinedStr": return joinedStr(e, isFormatSpec);
    case "FormattedValue": return formattedValue(e);
    default: throw new Error("unparse: unknown expression kind inside f-string");
  }
}

function joinedStr(e: ast.JoinedStr, isFormatSpec: boolean): string {
  const body = e.values.map((v) => fstringElement(v, isFormatSpec)).join("");
  return isFormatSpec ? body : `f${strRepr(body)}`;
}

function formattedValue(e: ast.FormattedValue): string {
  /* the grammar allows a tuple here, but a lambda's ':' needs parentheses */
  const value = expr(e.value, Pr.TEST + 1);
  let s = (value.startsWith("{") ? "{ " : "{") + value;
  if (e.conversion > 0) s += `!${String.fromCharCode(e.conversion)}`;
  if (e.format_spec) s += `:${fstringElement(e.format_spec, true)}`;
  return s + "}";
}

function expr(e: ast.Expr, level: Pr): string {
  switch (e.kind) {
    case "BoolOp": {
      const pr = e.op === "And" ? Pr.AND : Pr.OR;
      return paren(level > pr, e.values.map((v) => expr(v, pr + 1)).join(e.op === "And" ? " and " : " or "));
    }
    case "BinOp": {
      const [op, pr] = binOps[e.op];
      const rassoc = e.op === "Pow" ? 1 : 0;
      return paren(level > pr, expr(e.left, pr + rassoc) + op + expr(e.right, pr + 1 - rassoc));
    }
    case "UnaryOp": {
      const [op, pr] = unaryOps[e.op];
      return paren(level > pr, op + expr(e.operand, pr));
    }
    case "Lambda": {
      const positional = e.args.args.length + e.args.posonlyargs.length;
      return paren(level > Pr.TEST, `${positional ? "lambda " : "lambda"}${args(e.args)}: ${expr(e.body, Pr.TEST)}`);
    }
    case "IfExp":
      return paren(level > Pr.TEST,
        `${expr(e.body, Pr.TEST + 1)} if ${expr(e.test, Pr.TEST + 1)} else ${expr(e.orelse, Pr.TEST)}`);
    case "Dict":
      return `{${e.values.map((v, i) => {
        const k = e.keys[i];
        return k ? `${expr(k, Pr.TEST)}: ${expr(v, Pr.TEST)}` : `**${expr(v, Pr.EXPR)}`;
      }).join(", ")}}`;
    case "Set": return `{${e.elts.map((x) => expr(x, Pr.TEST)).join(", ")}}`;
    case "GeneratorExp": return `(${expr(e.elt, Pr.TEST)}${comprehensions(e.generators)})`;
    case "ListComp": return `[${expr(e.elt, Pr.TEST)}${comprehensions(e.generators)}]`;
    case "SetComp": return `{${expr(e.elt, Pr.TEST)}${comprehensions(e.generators)}}`;
    case "DictComp": return `{${expr(e.key, Pr.TEST)}: ${expr(e.value, Pr.TEST)}${comprehensions(e.generators)}}`;
    case "Yield": return e.value ? `(yield ${expr(e.value, Pr.TEST)})` : "(yield)";
    case "YieldFrom": return `(yield from ${expr(e.value, Pr.TEST)})`;
    case "Await": return paren(level > Pr.AWAIT, `await ${expr(e.value, Pr.ATOM)}`);
    case "Compare":
      return paren(level > Pr.CMP,
        expr(e.left, Pr.CMP + 1) + e.ops.map((op, i) => cmpOps[op] + expr(e.comparators[i], Pr.CMP + 1)).join(""));
    case "Call": {
      const func = expr(e.func, Pr.ATOM);
      if (e.args.length === 1 && e.keywords.length === 0 && e.args[0].kind === "GeneratorExp") return func + expr(e.args[0], Pr.TEST);
      const items = [
        ...e.args.map((a) => expr(a, Pr.TEST)),
        ...e.keywords.map((k) => (k.arg === undefined ? "**" : `${k.arg}=`) + expr(k.value, Pr.TEST)),
      ];
      return `${func}(${items.join(", ")})`;
    }
    case "Constant": {
      const v = constValue(e);
      if (v === Ellipsis) return "...";
      return (e.const_kind ?? "") + constant(v);
    }
    case "JoinedStr": return joinedStr(e, false);
    case "FormattedValue": return formattedValue(e);
    case "Attribute": {
      const v = e.value;
      const period = v.kind === "Constant" && typeof constValue(v) === "bigint" ? " ." : ".";
      return expr(v, Pr.ATOM) + period + e.attr;
    }
    case "Subscript": {
      const starred = e.slice.kind === "Tuple" && e.slice.elts.some((x) => x.kind === "Starred");
      return `${expr(e.value, Pr.ATOM)}[${expr(e.slice, starred ? Pr.TUPLE + 1 : Pr.TUPLE)}]`;
    }
    case "Starred": return `*${expr(e.value, Pr.EXPR)}`;
    case "Slice":
      return (e.lower ? expr(e.lower, Pr.TEST) : "") + ":" + (e.upper ? expr(e.upper, Pr.TEST) : "") +
        (e.step ? `:${expr(e.step, Pr.TEST)}` : "");
    case "Name": return e.id;
    case "List": return `[${e.elts.map((x) => expr(x, Pr.TEST)).join(", ")}]`;
    case "Tuple": {
      if (e.elts.length === 0) return "()";
      const body = e.elts.map((x) => expr(x, Pr.TEST)).join(", ") + (e.elts.length === 1 ? "," : "");
      return paren(level > Pr.TUPLE, body);
    }
    case "NamedExpr": return paren(level > Pr.TUPLE, `${expr(e.target, Pr.ATOM)} := ${expr(e.value, Pr.ATOM)}`);
  }
}

/** `_PyAST_ExprAsUnicode`: the text of an annotation. */
export function unparseAnnotation(e: ast.Expr): string {
  return expr(e, Pr.TEST);
}
