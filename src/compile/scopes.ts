/**
 * Constructs that make a new code object: `def`, `lambda`, `class`, and comprehensions and
 * generator expressions (3.11 compiles each as a nested function that receives the outermost
 * iterator as its argument `.0` and is called at once).
 *
 * The enclosing code then builds the function object: defaults (a tuple), keyword-only
 * defaults (a dict), annotations (a tuple of name/value pairs), and the closure (a tuple of the
 * enclosing cells the new code's free variables refer to), then MAKE_FUNCTION with a flag for
 * each.
 */
import type * as ast from "../parse/ast.js";
import { MakeFunctionFlag, Op } from "./opcodes.js";
import { Pseudo } from "./ir.js";
import { LocalKind, TupleConst, type CodeData } from "./code.js";
import type { Compiler } from "./codegen.js";
import { docString } from "./fold.js";
import { Scope, mangle } from "./symtable.js";
import { ScopeType } from "./unit.js";
import { callHelper, jumpIf } from "./expr.js";
import { annotationValue, compileBody } from "./stmt.js";
import { compilerBug } from "./errors.js";

function checkDebugArgs(c: Compiler, args: ast.arguments): void {
  const all = [...args.posonlyargs, ...args.args, args.vararg, ...args.kwonlyargs, args.kwarg];
  if (all.some((a) => a?.arg === "__debug__")) c.error("cannot assign to __debug__");
}

/** Push the defaults and keyword-only defaults; return the MAKE_FUNCTION flags for them. */
function defaultArguments(c: Compiler, args: ast.arguments): number {
  let flags = 0;
  if (args.defaults.length) {
    c.visitExprs(args.defaults);
    c.addop(Op.BUILD_TUPLE, args.defaults.length);
    flags |= MakeFunctionFlag.Defaults;
  }
  const keys: string[] = [];
  args.kwonlyargs.forEach((arg, i) => {
    const dflt = args.kw_defaults[i];
    if (!dflt) return;
    keys.push(mangle(c.u.privateName, arg.arg));
    c.visitExpr(dflt);
  });
  if (keys.length) {
    c.loadConst(new TupleConst(keys));
    c.addop(Op.BUILD_CONST_KEY_MAP, keys.length);
    flags |= MakeFunctionFlag.KwDefaults;
  }
  return flags;
}

/** Push the annotations as a flat tuple of names and values; return the flag if there are any. */
function annotations(c: Compiler, args: ast.arguments, returns: ast.Expr | undefined): number {
  let len = 0;
  const one = (name: string, annotation: ast.Expr | undefined) => {
    if (!annotation) return;
    c.loadConst(mangle(c.u.privateName, name));
    if (!c.options.futureAnnotations && annotation.kind === "Starred") {
      /* *args: *Ts */
      c.visitExpr(annotation.value);
      c.addop(Op.UNPACK_SEQUENCE, 1);
    } else {
      annotationValue(c, annotation);
    }
    len += 2;
  };
  for (const a of args.args) one(a.arg, a.annotation);
  for (const a of args.posonlyargs) one(a.arg, a.annotation);
  if (args.vararg) one(args.vararg.arg, args.vararg.annotation);
  for (const a of args.kwonlyargs) one(a.arg, a.annotation);
  if (args.kwarg) one(args.kwarg.arg, args.kwarg.annotation);
  one("return", returns);
  if (!len) return 0;
  c.addop(Op.BUILD_TUPLE, len);
  return MakeFunctionFlag.Annotations;
}

/** The names a code object takes from its closure, in order. */
function freeVarsOf(code: CodeData): string[] {
  return code.localsplusnames.filter((_, i) => code.localspluskinds[i] & LocalKind.FREE);
}

/** MAKE_FUNCTION for `code`, with its closure built from this unit's cells and free variables. */
export function makeClosure(c: Compiler, code: CodeData, flags: number): void {
  const free = freeVarsOf(code);
  if (free.length) {
    for (const name of free) {
      const u = c.u;
      const isClassCell = u.scopeType === ScopeType.Class && name === "__class__";
      const scope = isClassCell ? Scope.CELL : u.ste.scope(name);
      if (scope === 0) compilerBug(`closure variable '${name}' unknown in ${u.name}`);
      const index = scope === Scope.CELL ? u.cellvars.get(name) : u.freevars.get(name);
      if (index === undefined) compilerBug(`closure variable '${name}' not found in ${u.name}`);
      c.addop(Op.LOAD_CLOSURE, scope === Scope.CELL ? index : u.cellvars.size + index);
    }
    flags |= MakeFunctionFlag.Closure;
    c.addop(Op.BUILD_TUPLE, free.length);
  }
  c.loadConst(code);
  c.addop(Op.MAKE_FUNCTION, flags);
}

function applyDecorators(c: Compiler, decorators: readonly ast.Expr[]): void {
  const saved = c.u.loc;
  for (let i = decorators.length - 1; i >= 0; i--) {
    c.setLoc(decorators[i]);
    c.addop(Op.CALL, 0);
  }
  c.u.loc = saved;
}

export function compileFunction(c: Compiler, s: ast.FunctionDef): void {
  const args = s.args;
  checkDebugArgs(c, args);
  c.visitExprs(s.decorator_list);
  const firstlineno = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
  let flags = defaultArguments(c, args);
  flags |= annotations(c, args, s.returns);

  c.enterScope(s.name, ScopeType.Function, s, firstlineno);
  const doc = c.options.optimize < 2 ? docString(s.body) : undefined;
  const docIndex = c.u.consts.add(doc ?? null);
  if (doc !== undefined) c.u.literalConsts.add(docIndex);
  c.u.argcount = args.args.length;
  c.u.posonlyargcount = args.posonlyargs.length;
  c.u.kwonlyargcount = args.kwonlyargs.length;
  for (let i = doc !== undefined ? 1 : 0; i < s.body.length; i++) c.visitStmt(s.body[i]);
  const code = c.finishScope(true);

  makeClosure(c, code, flags);
  applyDecorators(c, s.decorator_list);
  c.nameop(s.name, "Store");
}

export function compileLambda(c: Compiler, e: ast.Lambda): void {
  const args = e.args;
  checkDebugArgs(c, args);
  const flags = defaultArguments(c, args);
  c.enterScope("<lambda>", ScopeType.Lambda, e, e.lineno);
  /* None first, so that the lambda has no docstring */
  c.u.consts.add(null);
  c.u.argcount = args.args.length;
  c.u.posonlyargcount = args.posonlyargs.length;
  c.u.kwonlyargcount = args.kwonlyargs.length;
  c.visitExpr(e.body);
  let code: CodeData;
  if (c.u.ste.generator) {
    code = c.finishScope(false);
  } else {
    c.addop(Op.RETURN_VALUE);
    code = c.finishScope(true);
  }
  makeClosure(c, code, flags);
}

/**
 * `class C(bases, **kw): body` is `C = __build_class__(<function running body>, "C", bases, **kw)`.
 * The body function stores `__module__` and `__qualname__`, runs the body, and returns the
 * `__class__` cell if a method needs it (so that type.__new__ can fill it), else None.
 */
export function compileClass(c: Compiler, s: ast.ClassDef): void {
  c.visitExprs(s.decorator_list);
  const firstlineno = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;

  c.enterScope(s.name, ScopeType.Class, s, firstlineno);
  c.u.privateName = s.name;
  c.nameop("__name__", "Load");
  c.nameop("__module__", "Store");
  c.loadConst(c.u.qualname);
  c.nameop("__qualname__", "Store");
  compileBody(c, s.body);
  c.unsetLoc();
  if (c.u.ste.needsClassClosure) {
    const index = c.u.cellvars.get("__class__");
    if (index !== 0) compilerBug("__class__ is not the first cell");
    c.addop(Op.LOAD_CLOSURE, index);
    c.addop(Op.COPY, 1);
    c.nameop("__classcell__", "Store");
  } else {
    c.loadConst(null);
  }
  c.addop(Op.RETURN_VALUE);
  const code = c.finishScope(true);

  c.addop(Op.PUSH_NULL);
  c.addop(Op.LOAD_BUILD_CLASS);
  makeClosure(c, code, 0);
  c.loadConst(s.name);
  callHelper(c, 2, s.bases, s.keywords);
  applyDecorators(c, s.decorator_list);
  c.nameop(s.name, "Store");
}

type ComprehensionNode = ast.GeneratorExp | ast.ListComp | ast.SetComp | ast.DictComp;

const comprehensionNames = {
  GeneratorExp: "<genexpr>", ListComp: "<listcomp>", SetComp: "<setcomp>", DictComp: "<dictcomp>",
} as const;

const comprehensionBuild = { ListComp: Op.BUILD_LIST, SetComp: Op.BUILD_SET, DictComp: Op.BUILD_MAP } as const;

export function compileComprehension(c: Compiler, e: ComprehensionNode): void {
  const outermost = e.generators[0];
  c.enterScope(comprehensionNames[e.kind], ScopeType.Comprehension, e, e.lineno);
  c.setLoc(e);
  if (c.u.ste.coroutine) c.unsupported("asynchronous comprehension", e);
  if (e.kind !== "GeneratorExp") c.addop(comprehensionBuild[e.kind], 0);
  comprehensionGenerator(c, e, 0, 0);
  if (e.kind !== "GeneratorExp") c.addop(Op.RETURN_VALUE);
  const code = c.finishScope(true);

  makeClosure(c, code, 0);
  c.visitExpr(outermost.iter);
  c.addop(Op.GET_ITER);
  c.addop(Op.CALL, 0);
}

/**
 * One `for` clause of a comprehension and, recursively, the clauses after it. `depth` counts
 * the iterators on the stack above the collection being built.
 */
function comprehensionGenerator(c: Compiler, e: ComprehensionNode, genIndex: number, depth: number): void {
  const gen = e.generators[genIndex];
  let start: ReturnType<Compiler["newBlock"]> | undefined = c.newBlock();
  const ifCleanup = c.newBlock();
  const anchor = c.newBlock();
  if (genIndex === 0) {
    /* the outermost iterator is the argument */
    c.u.argcount = 1;
    c.addop(Op.LOAD_FAST, 0);
  } else {
    /* `for y in [expr]` assigns expr, without a loop */
    const elts = gen.iter.kind === "List" || gen.iter.kind === "Tuple" ? gen.iter.elts : [];
    if (elts.length === 1 && elts[0].kind !== "Starred") {
      c.visitExpr(elts[0]);
      start = undefined;
    } else {
      c.visitExpr(gen.iter);
      c.addop(Op.GET_ITER);
    }
  }
  if (start) {
    depth++;
    c.useNextBlock(start);
    c.jump(Op.FOR_ITER, anchor);
  }
  c.visitExpr(gen.target);
  for (const cond of gen.ifs) jumpIf(c, cond, ifCleanup, false);
  if (genIndex + 1 < e.generators.length) {
    comprehensionGenerator(c, e, genIndex + 1, depth);
  } else {
    switch (e.kind) {
      case "GeneratorExp":
        c.visitExpr(e.elt);
        c.addop(Op.YIELD_VALUE);
        c.addop(Op.RESUME, 1);
        c.addop(Op.POP_TOP);
        break;
      case "ListComp":
        c.visitExpr(e.elt);
        c.addop(Op.LIST_APPEND, depth + 1);
        break;
      case "SetComp":
        c.visitExpr(e.elt);
        c.addop(Op.SET_ADD, depth + 1);
        break;
      case "DictComp":
        c.visitExpr(e.key);
        c.visitExpr(e.value);
        c.addop(Op.MAP_ADD, depth + 1);
        break;
    }
  }
  c.useNextBlock(ifCleanup);
  if (start) {
    c.jump(Pseudo.JUMP, start);
    c.useNextBlock(anchor);
  }
}
