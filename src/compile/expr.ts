/**
 * Expressions: operators, comparisons, `and`/`or`, conditional jumps, displays with and without
 * `*`/`**`, calls (LOAD_METHOD, KW_NAMES, CALL_FUNCTION_EX), attributes, subscripts, slices,
 * f-strings, `yield` and `yield from`. Lambdas and comprehensions are in scopes.ts.
 */
import type * as ast from "../parse/ast.js";
import { BinaryOp, CompareOp, FormatValueFlag, INPLACE_OFFSET, Op } from "./opcodes.js";
import { Block, Pseudo } from "./ir.js";
import { FrozensetConst, TupleConst } from "./code.js";
import type { Compiler } from "./codegen.js";
import { constValue } from "./fold.js";
import { BlockType, Flag } from "./symtable.js";
import { ScopeType } from "./unit.js";
import { attrLocation } from "./stmt.js";
import { compileComprehension, compileLambda } from "./scopes.js";

/** Stack use above which displays and calls are built piecewise (CPython's STACK_USE_GUIDELINE). */
const STACK_USE_GUIDELINE = 30;

const binaryOps: Record<ast.Operator, BinaryOp> = {
  Add: BinaryOp.ADD, BitAnd: BinaryOp.AND, FloorDiv: BinaryOp.FLOOR_DIVIDE, LShift: BinaryOp.LSHIFT,
  MatMult: BinaryOp.MATRIX_MULTIPLY, Mult: BinaryOp.MULTIPLY, Mod: BinaryOp.REMAINDER, BitOr: BinaryOp.OR,
  Pow: BinaryOp.POWER, RShift: BinaryOp.RSHIFT, Sub: BinaryOp.SUBTRACT, Div: BinaryOp.TRUE_DIVIDE,
  BitXor: BinaryOp.XOR,
};

export const inplaceBinary = (op: ast.Operator): number => binaryOps[op] + INPLACE_OFFSET;

const unaryOps: Record<ast.UnaryOperator, Op> = {
  Invert: Op.UNARY_INVERT, Not: Op.UNARY_NOT, UAdd: Op.UNARY_POSITIVE, USub: Op.UNARY_NEGATIVE,
};

const compareOps: Record<ast.CmpOp, [Op, number]> = {
  Eq: [Op.COMPARE_OP, CompareOp.EQ], NotEq: [Op.COMPARE_OP, CompareOp.NE], Lt: [Op.COMPARE_OP, CompareOp.LT],
  LtE: [Op.COMPARE_OP, CompareOp.LE], Gt: [Op.COMPARE_OP, CompareOp.GT], GtE: [Op.COMPARE_OP, CompareOp.GE],
  Is: [Op.IS_OP, 0], IsNot: [Op.IS_OP, 1], In: [Op.CONTAINS_OP, 0], NotIn: [Op.CONTAINS_OP, 1],
};

function addCompare(c: Compiler, op: ast.CmpOp): void {
  const [opcode, arg] = compareOps[op];
  c.addop(opcode, arg);
}

export function compileExpr(c: Compiler, e: ast.Expr): void {
  switch (e.kind) {
    case "NamedExpr":
      c.visitExpr(e.value);
      c.addop(Op.COPY, 1);
      c.visitExpr(e.target);
      return;
    case "BoolOp": return boolOp(c, e);
    case "BinOp":
      c.visitExpr(e.left);
      c.visitExpr(e.right);
      c.addop(Op.BINARY_OP, binaryOps[e.op]);
      return;
    case "UnaryOp":
      c.visitExpr(e.operand);
      c.addop(unaryOps[e.op]);
      return;
    case "Lambda": return compileLambda(c, e);
    case "IfExp": return ifExp(c, e);
    case "Dict": return dict(c, e);
    case "Set": return starUnpack(c, e.elts, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false);
    case "GeneratorExp":
    case "ListComp":
    case "SetComp":
    case "DictComp":
      return compileComprehension(c, e);
    case "Yield":
      if (c.u.ste.type !== BlockType.Function) c.error("'yield' outside function");
      if (e.value) c.visitExpr(e.value);
      else c.loadConst(null);
      c.addop(Op.YIELD_VALUE);
      c.addop(Op.RESUME, 1);
      return;
    case "YieldFrom":
      if (c.u.ste.type !== BlockType.Function) c.error("'yield' outside function");
      if (c.u.scopeType === ScopeType.AsyncFunction) c.error("'yield from' inside async function");
      c.visitExpr(e.value);
      c.addop(Op.GET_YIELD_FROM_ITER);
      c.loadConst(null);
      yieldFrom(c, false);
      return;
    case "Await":
      if (c.u.ste.type !== BlockType.Function) c.error("'await' outside function");
      if (c.u.scopeType !== ScopeType.AsyncFunction && c.u.scopeType !== ScopeType.Comprehension) {
        c.error("'await' outside async function");
      }
      return c.unsupported("await", e);
    case "Compare": return compare(c, e);
    case "Call": return call(c, e);
    case "Constant":
      c.loadLiteral(constValue(e));
      return;
    case "JoinedStr": return joinedStr(c, e);
    case "FormattedValue": return formattedValue(c, e);
    case "Attribute":
      c.visitExpr(e.value);
      attrLocation(c, e);
      switch (e.ctx) {
        case "Load":
          c.addopName(Op.LOAD_ATTR, e.attr);
          return;
        case "Store":
          if (e.attr === "__debug__") c.error("cannot assign to __debug__");
          c.addopName(Op.STORE_ATTR, e.attr);
          return;
        case "Del":
          c.addopName(Op.DELETE_ATTR, e.attr);
          return;
      }
      return;
    case "Subscript":
      c.visitExpr(e.value);
      c.visitExpr(e.slice);
      c.addop(e.ctx === "Load" ? Op.BINARY_SUBSCR : e.ctx === "Store" ? Op.STORE_SUBSCR : Op.DELETE_SUBSCR);
      return;
    case "Starred":
      if (e.ctx === "Store") c.error("starred assignment target must be in a list or tuple");
      c.error("can't use starred expression here");
      return;
    case "Slice":
      if (e.lower) c.visitExpr(e.lower);
      else c.loadConst(null);
      if (e.upper) c.visitExpr(e.upper);
      else c.loadConst(null);
      if (e.step) c.visitExpr(e.step);
      c.addop(Op.BUILD_SLICE, e.step ? 3 : 2);
      return;
    case "Name": return c.nameop(e.id, e.ctx);
    case "List":
      if (e.ctx === "Store") return assignmentTargets(c, e.elts);
      if (e.ctx === "Load") return starUnpack(c, e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, false);
      return c.visitExprs(e.elts);
    case "Tuple":
      if (e.ctx === "Store") return assignmentTargets(c, e.elts);
      if (e.ctx === "Load") return starUnpack(c, e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
      return c.visitExprs(e.elts);
  }
}

/** The SEND/YIELD_VALUE loop of `yield from` (and of `await`). */
export function yieldFrom(c: Compiler, isAwait: boolean): void {
  const start = c.newBlock();
  const resume = c.newBlock();
  const exit = c.newBlock();
  c.useNextBlock(start);
  c.jump(Op.SEND, exit);
  c.useNextBlock(resume);
  c.addop(Op.YIELD_VALUE);
  c.addop(Op.RESUME, isAwait ? 3 : 2);
  c.jump(Pseudo.JUMP_NO_INTERRUPT, start);
  c.useNextBlock(exit);
}

/**
 * Evaluate `e` and jump to `next` if its truth equals `cond`; fall through otherwise. `not`,
 * `and`/`or`, conditional expressions and chained comparisons become jumps, not values.
 */
export function jumpIf(c: Compiler, e: ast.Expr, next: Block, cond: boolean): void {
  switch (e.kind) {
    case "UnaryOp":
      if (e.op === "Not") return jumpIf(c, e.operand, next, !cond);
      break;
    case "BoolOp": {
      const cond2 = e.op === "Or";
      let next2 = next;
      if (cond2 !== cond) next2 = c.newBlock();
      const n = e.values.length - 1;
      for (let i = 0; i < n; i++) jumpIf(c, e.values[i], next2, cond2);
      jumpIf(c, e.values[n], next, cond);
      if (next2 !== next) c.useNextBlock(next2);
      return;
    }
    case "IfExp": {
      const end = c.newBlock();
      const next2 = c.newBlock();
      jumpIf(c, e.test, next2, false);
      jumpIf(c, e.body, next, cond);
      c.jumpNoLine(Pseudo.JUMP, end);
      c.useNextBlock(next2);
      jumpIf(c, e.orelse, next, cond);
      c.useNextBlock(end);
      return;
    }
    case "Compare": {
      c.setLoc(e);
      const n = e.ops.length - 1;
      if (n > 0) {
        const cleanup = c.newBlock();
        c.visitExpr(e.left);
        for (let i = 0; i < n; i++) {
          c.visitExpr(e.comparators[i]);
          c.addop(Op.SWAP, 2);
          c.addop(Op.COPY, 2);
          addCompare(c, e.ops[i]);
          c.jump(Pseudo.POP_JUMP_IF_FALSE, cleanup);
        }
        c.visitExpr(e.comparators[n]);
        addCompare(c, e.ops[n]);
        c.jump(cond ? Pseudo.POP_JUMP_IF_TRUE : Pseudo.POP_JUMP_IF_FALSE, next);
        const end = c.newBlock();
        c.jumpNoLine(Pseudo.JUMP, end);
        c.useNextBlock(cleanup);
        c.addop(Op.POP_TOP);
        if (!cond) c.jumpNoLine(Pseudo.JUMP, next);
        c.useNextBlock(end);
        return;
      }
      break;
    }
  }
  c.visitExpr(e);
  c.jump(cond ? Pseudo.POP_JUMP_IF_TRUE : Pseudo.POP_JUMP_IF_FALSE, next);
}

function ifExp(c: Compiler, e: ast.IfExp): void {
  const end = c.newBlock();
  const next = c.newBlock();
  jumpIf(c, e.test, next, false);
  c.visitExpr(e.body);
  c.jumpNoLine(Pseudo.JUMP, end);
  c.useNextBlock(next);
  c.visitExpr(e.orelse);
  c.useNextBlock(end);
}

function boolOp(c: Compiler, e: ast.BoolOp): void {
  const jumpOp = e.op === "And" ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
  const end = c.newBlock();
  const n = e.values.length - 1;
  for (let i = 0; i < n; i++) {
    c.visitExpr(e.values[i]);
    c.jump(jumpOp, end);
    c.useNextBlock(c.newBlock());
  }
  c.visitExpr(e.values[n]);
  c.useNextBlock(end);
}

/** `a < b < c`: each middle operand is compared twice, via SWAP/COPY, and the chain stops early. */
function compare(c: Compiler, e: ast.Compare): void {
  c.visitExpr(e.left);
  const n = e.ops.length - 1;
  if (n === 0) {
    c.visitExpr(e.comparators[0]);
    addCompare(c, e.ops[0]);
    return;
  }
  const cleanup = c.newBlock();
  for (let i = 0; i < n; i++) {
    c.visitExpr(e.comparators[i]);
    c.addop(Op.SWAP, 2);
    c.addop(Op.COPY, 2);
    addCompare(c, e.ops[i]);
    c.jump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
  }
  c.visitExpr(e.comparators[n]);
  addCompare(c, e.ops[n]);
  const end = c.newBlock();
  c.jumpNoLine(Pseudo.JUMP, end);
  c.useNextBlock(cleanup);
  c.addop(Op.SWAP, 2);
  c.addop(Op.POP_TOP);
  c.useNextBlock(end);
}

const allConstant = (elts: readonly (ast.Expr | undefined)[]) => elts.every((e) => e?.kind === "Constant");

/**
 * A list, tuple or set display, or the positional arguments of a `*` call (`pushed` values are
 * already on the stack). Starred items and long displays build the collection piecewise.
 */
export function starUnpack(c: Compiler, elts: readonly ast.Expr[], pushed: number, build: Op, add: Op, extend: Op,
  tuple: boolean): void {
  const n = elts.length;
  if (n > 2 && allConstant(elts)) {
    const items = elts.map((e) => constValue(e as ast.Constant));
    if (tuple && !pushed) {
      c.loadConst(new TupleConst(items));
    } else {
      c.addop(build, pushed);
      c.loadConst(add === Op.SET_ADD ? new FrozensetConst(items) : new TupleConst(items));
      c.addop(extend, 1);
      if (tuple) c.addop(Op.LIST_TO_TUPLE);
    }
    return;
  }
  const big = n + pushed > STACK_USE_GUIDELINE;
  const seenStar = elts.some((e) => e.kind === "Starred");
  if (!seenStar && !big) {
    c.visitExprs(elts);
    c.addop(tuple ? Op.BUILD_TUPLE : build, n + pushed);
    return;
  }
  let built = false;
  if (big) {
    c.addop(build, pushed);
    built = true;
  }
  elts.forEach((elt, i) => {
    if (elt.kind === "Starred") {
      if (!built) {
        c.addop(build, i + pushed);
        built = true;
      }
      c.visitExpr(elt.value);
      c.addop(extend, 1);
    } else {
      c.visitExpr(elt);
      if (built) c.addop(add, 1);
    }
  });
  if (tuple) c.addop(Op.LIST_TO_TUPLE);
}

/** Unpack into a target list: UNPACK_SEQUENCE, or UNPACK_EX around one starred target. */
function assignmentTargets(c: Compiler, elts: readonly ast.Expr[]): void {
  const n = elts.length;
  let seenStar = false;
  elts.forEach((elt, i) => {
    if (elt.kind !== "Starred") return;
    if (seenStar) c.error("multiple starred expressions in assignment");
    if (i >= 1 << 8 || n - i - 1 >= 0x7fffffff >> 8) c.error("too many expressions in star-unpacking assignment");
    c.addop(Op.UNPACK_EX, i + ((n - i - 1) << 8));
    seenStar = true;
  });
  if (!seenStar) c.addop(Op.UNPACK_SEQUENCE, n);
  for (const elt of elts) c.visitExpr(elt.kind === "Starred" ? elt.value : elt);
}

/** Entries begin..end of a dict display without `**`. */
function subdict(c: Compiler, e: ast.Dict, begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  const keys = e.keys.slice(begin, end);
  if (n > 1 && !big && allConstant(keys)) {
    for (let i = begin; i < end; i++) c.visitExpr(e.values[i]);
    c.loadConst(new TupleConst(keys.map((k) => constValue(k as ast.Constant))));
    c.addop(Op.BUILD_CONST_KEY_MAP, n);
    return;
  }
  if (big) c.addop(Op.BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    c.visitExpr(e.keys[i]!);
    c.visitExpr(e.values[i]);
    if (big) c.addop(Op.MAP_ADD, 1);
  }
  if (!big) c.addop(Op.BUILD_MAP, n);
}

function dict(c: Compiler, e: ast.Dict): void {
  const n = e.values.length;
  let haveDict = false;
  let elements = 0;
  for (let i = 0; i < n; i++) {
    if (e.keys[i] === undefined) {
      if (elements) {
        subdict(c, e, i - elements, i);
        if (haveDict) c.addop(Op.DICT_UPDATE, 1);
        haveDict = true;
        elements = 0;
      }
      if (!haveDict) {
        c.addop(Op.BUILD_MAP, 0);
        haveDict = true;
      }
      c.visitExpr(e.values[i]);
      c.addop(Op.DICT_UPDATE, 1);
    } else if (elements * 2 > STACK_USE_GUIDELINE) {
      subdict(c, e, i - elements, i + 1);
      if (haveDict) c.addop(Op.DICT_UPDATE, 1);
      haveDict = true;
      elements = 0;
    } else {
      elements++;
    }
  }
  if (elements) {
    subdict(c, e, n - elements, n);
    if (haveDict) c.addop(Op.DICT_UPDATE, 1);
    haveDict = true;
  }
  if (!haveDict) c.addop(Op.BUILD_MAP, 0);
}

function validateKeywords(c: Compiler, keywords: readonly ast.keyword[]): void {
  keywords.forEach((key, i) => {
    if (key.arg === undefined) return;
    if (key.arg === "__debug__") c.error("cannot assign to __debug__");
    for (const other of keywords.slice(i + 1)) {
      if (other.arg === key.arg) {
        c.setLoc(other);
        c.error(`keyword argument repeated: ${key.arg}`);
      }
    }
  });
}

/** Is `e` a name the module imports? Then `e.f()` is not compiled as a method call. */
function isImportOriginated(c: Compiler, e: ast.Expr): boolean {
  return e.kind === "Name" && (c.st.top.flags(e.id) & Flag.IMPORT) !== 0;
}

/** `obj.meth(args)` as LOAD_METHOD + CALL, when the call has no `*`/`**` and is not too long. */
function maybeMethodCall(c: Compiler, e: ast.Call): boolean {
  const meth = e.func;
  if (meth.kind !== "Attribute" || meth.ctx !== "Load") return false;
  if (isImportOriginated(c, meth.value)) return false;
  const argsl = e.args.length;
  const kwdsl = e.keywords.length;
  if (argsl + kwdsl + (kwdsl !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
  if (e.args.some((a) => a.kind === "Starred")) return false;
  if (e.keywords.some((k) => k.arg === undefined)) return false;
  c.visitExpr(meth.value);
  c.setLoc(meth);
  attrLocation(c, meth);
  c.addopName(Op.LOAD_METHOD, meth.attr);
  c.visitExprs(e.args);
  if (kwdsl) {
    for (const k of e.keywords) c.visitExpr(k.value);
    kwNames(c, e.keywords);
  }
  c.setLoc(e);
  attrLocation(c, meth);
  c.addop(Op.CALL, argsl + kwdsl);
  return true;
}

function kwNames(c: Compiler, keywords: readonly ast.keyword[]): void {
  c.addop(Op.KW_NAMES, c.u.consts.add(new TupleConst(keywords.map((k) => k.arg!))));
}

function call(c: Compiler, e: ast.Call): void {
  validateKeywords(c, e.keywords);
  if (maybeMethodCall(c, e)) return;
  c.setLoc(e.func);
  c.addop(Op.PUSH_NULL);
  c.setLoc(e);
  c.visitExpr(e.func);
  callHelper(c, 0, e.args, e.keywords);
}

/** Keyword arguments begin..end (none of them `**`) as a dict. */
function subkwargs(c: Compiler, keywords: readonly ast.keyword[], begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && !big) {
    for (let i = begin; i < end; i++) c.visitExpr(keywords[i].value);
    c.loadConst(new TupleConst(keywords.slice(begin, end).map((k) => k.arg!)));
    c.addop(Op.BUILD_CONST_KEY_MAP, n);
    return;
  }
  if (big) c.u.addopNoLine(Op.BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    c.loadConst(keywords[i].arg!);
    c.visitExpr(keywords[i].value);
    if (big) c.u.addopNoLine(Op.MAP_ADD, 1);
  }
  if (!big) c.addop(Op.BUILD_MAP, n);
}

/** The arguments and the call, `n` arguments being already pushed (a class's function and name). */
export function callHelper(c: Compiler, n: number, args: readonly ast.Expr[], keywords: readonly ast.keyword[]): void {
  validateKeywords(c, keywords);
  const nelts = args.length;
  const nkwelts = keywords.length;
  const exCall = nelts + nkwelts * 2 > STACK_USE_GUIDELINE || args.some((a) => a.kind === "Starred") ||
    keywords.some((k) => k.arg === undefined);
  if (!exCall) {
    c.visitExprs(args);
    if (nkwelts) {
      for (const k of keywords) c.visitExpr(k.value);
      kwNames(c, keywords);
    }
    c.addop(Op.CALL, n + nelts + nkwelts);
    return;
  }
  /* positional arguments as one tuple */
  if (n === 0 && nelts === 1 && args[0].kind === "Starred") {
    c.visitExpr(args[0].value);
  } else {
    starUnpack(c, args, n, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
  }
  /* keyword arguments as one dict */
  if (nkwelts) {
    let haveDict = false;
    let nseen = 0;
    keywords.forEach((kw, i) => {
      if (kw.arg === undefined) {
        if (nseen) {
          subkwargs(c, keywords, i - nseen, i);
          if (haveDict) c.addop(Op.DICT_MERGE, 1);
          haveDict = true;
          nseen = 0;
        }
        if (!haveDict) {
          c.addop(Op.BUILD_MAP, 0);
          haveDict = true;
        }
        c.visitExpr(kw.value);
        c.addop(Op.DICT_MERGE, 1);
      } else {
        nseen++;
      }
    });
    if (nseen) {
      subkwargs(c, keywords, nkwelts - nseen, nkwelts);
      if (haveDict) c.addop(Op.DICT_MERGE, 1);
    }
  }
  c.addop(Op.CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
}

function joinedStr(c: Compiler, e: ast.JoinedStr): void {
  const n = e.values.length;
  if (n > STACK_USE_GUIDELINE) {
    c.loadConst("");
    c.addopNameRaw(Op.LOAD_METHOD, "join");
    c.addop(Op.BUILD_LIST, 0);
    for (const v of e.values) {
      c.visitExpr(v);
      c.addop(Op.LIST_APPEND, 1);
    }
    c.addop(Op.CALL, 1);
    return;
  }
  c.visitExprs(e.values);
  if (n !== 1) c.addop(Op.BUILD_STRING, n);
}

const conversions = { [-1]: FormatValueFlag.None, 115: FormatValueFlag.Str, 114: FormatValueFlag.Repr, 97: FormatValueFlag.Ascii };

function formattedValue(c: Compiler, e: ast.FormattedValue): void {
  c.visitExpr(e.value);
  let oparg: number = conversions[e.conversion];
  if (e.format_spec) {
    c.visitExpr(e.format_spec);
    oparg |= FormatValueFlag.HasSpec;
  }
  c.addop(Op.FORMAT_VALUE, oparg);
}
