// Parameter lists of `def` and `lambda` → `ast.arguments`, with CPython's errors for parameter
// orders its grammar rejects (Lezer's grammar accepts any order).

import type { SyntaxNode } from "@lezer/common";
import type * as ast from "./ast.js";
import type { Ctx } from "./context.js";
import { checked } from "./children.js";
import { expr, identifier } from "./expr.js";
import { N, kindOf } from "./syntax.js";

interface Group {
  nodes: SyntaxNode[];
  /** Text offsets between the surrounding commas (or brackets). */
  from: number;
  to: number;
}

function groups(list: SyntaxNode[], from: number, to: number): Group[] {
  const out: Group[] = [];
  let g: Group = { nodes: [], from, to };
  for (const c of list) {
    if (kindOf(c) === N.Comma) {
      g.to = c.from;
      out.push(g);
      g = { nodes: [], from: c.to, to };
    } else g.nodes.push(c);
  }
  out.push(g);
  return out;
}

function annotation(cx: Ctx, typeDef: SyntaxNode | undefined): ast.Expr | undefined {
  if (typeDef === undefined) return undefined;
  const k = checked(cx, typeDef);
  return expr(cx, k[k.length - 1]);
}

export function parseArguments(cx: Ctx, list: SyntaxNode, isLambda: boolean): ast.arguments {
  const k = checked(cx, list);
  const inside = isLambda ? k : k.slice(1, -1);
  const from = isLambda ? list.from : k[0].to;
  const to = isLambda ? list.to : k[k.length - 1].from;
  const result: ast.arguments = {
    kind: "arguments", posonlyargs: [], args: [], vararg: undefined, kwonlyargs: [], kw_defaults: [],
    kwarg: undefined, defaults: [],
  };
  let star: SyntaxNode | undefined;
  let bareStar = false;
  let sawSlash = false;
  let kwargSeen = false;
  const gs = groups(inside, from, to);
  for (let gi = 0; gi < gs.length; gi++) {
    const g = gs[gi];
    const nodes = g.nodes;
    // In a lambda, prepare.ts spelled a `/` as `*`.
    const lambdaSlash = nodes.length === 1 && kindOf(nodes[0]) === N.Star && cx.stars.has(nodes[0].from);
    if (nodes.length === 0 || lambdaSlash) {
      const text = lambdaSlash ? "/" : cx.slice(g.from, g.to);
      const slash = lambdaSlash ? 0 : text.indexOf("/");
      if (slash < 0) {
        // Nothing between two commas is an error; after the last comma it is a trailing comma.
        if (gi === gs.length - 1 && gi > 0) continue;
        if (gs.length === 1) continue;
        cx.fail("invalid syntax", g.to, g.to + 1);
      }
      const at = lambdaSlash ? nodes[0].from : g.from + slash;
      if (kwargSeen) cx.fail("arguments cannot follow var-keyword argument", at, at + 1);
      if (sawSlash) cx.fail("/ may appear only once", at, at + 1);
      if (star !== undefined) cx.fail("/ must be ahead of *", at, at + 1);
      if (result.args.length === 0) {
        cx.fail(gi + 1 < gs.length ? "at least one argument must precede /" : "invalid syntax", at, at + 1);
      }
      result.posonlyargs = result.args;
      result.args = [];
      sawSlash = true;
      continue;
    }
    const first = nodes[0];
    if (kwargSeen) {
      cx.failAt("arguments cannot follow var-keyword argument", first);
    }
    switch (kindOf(first)) {
      case N.Star: {
        if (star !== undefined) cx.failAt("* argument may appear only once", first);
        star = first;
        if (nodes.length === 1) {
          bareStar = true;
          const next = gs[gi + 1];
          if (next === undefined || next.nodes.length === 0 || kindOf(next.nodes[0]) === N.StarStar) {
            // CPython places the lambda form of this error at the token after the star.
            if (!isLambda) cx.failAt("named arguments must follow bare *", first);
            const after = next?.nodes[0];
            if (after !== undefined) cx.failAt("named arguments must follow bare *", after);
            const colon = cx.tokenAfter(list.to);
            cx.fail("named arguments must follow bare *", colon.start, colon.end);
          }
        } else {
          result.vararg = makeArg(cx, nodes[1], nodes[2]);
          if (nodes.length > 3) cx.syntaxError(nodes[3]);
        }
        break;
      }
      case N.StarStar:
        result.kwarg = makeArg(cx, nodes[1], nodes[2]);
        if (nodes.length > 3) cx.syntaxError(nodes[3]);
        kwargSeen = true;
        break;
      case N.VariableName: {
        let i = 1;
        const typeDef = kindOf(nodes[1]) === N.TypeDef ? nodes[i++] : undefined;
        const a = makeArg(cx, first, typeDef);
        let def: ast.Expr | undefined;
        if (i < nodes.length) {
          if (kindOf(nodes[i]) !== N.AssignOp || i + 2 !== nodes.length) cx.syntaxError(nodes[i]);
          def = expr(cx, nodes[i + 1]);
        }
        if (star !== undefined) {
          result.kwonlyargs.push(a);
          result.kw_defaults.push(def);
        } else {
          if (def !== undefined) result.defaults.push(def);
          else if (result.defaults.length > 0) {
            cx.fail("non-default argument follows default argument", first.from, (typeDef ?? first).to);
          }
          result.args.push(a);
        }
        break;
      }
      default:
        cx.syntaxError(first);
    }
  }
  if (bareStar && result.kwonlyargs.length === 0 && star !== undefined) {
    cx.failAt("named arguments must follow bare *", star);
  }
  return result;
}

function makeArg(cx: Ctx, nameNode: SyntaxNode, typeDef: SyntaxNode | undefined): ast.arg {
  if (kindOf(nameNode) !== N.VariableName) cx.syntaxError(nameNode);
  if (typeDef !== undefined && kindOf(typeDef) !== N.TypeDef) cx.syntaxError(typeDef);
  const end = typeDef?.to ?? nameNode.to;
  return { kind: "arg", arg: identifier(cx, nameNode), annotation: annotation(cx, typeDef), ...cx.loc(nameNode.from, end) };
}
