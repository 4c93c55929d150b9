/**
 * Symbol tables: which names each scope binds, and where every name it uses lives.
 *
 * A port of CPython 3.11's `Python/symtable.c`, in two passes:
 *
 *   1. The visit (`Builder`) walks the tree once, opens a block for the module, every class,
 *      function, lambda and comprehension (3.11 compiles each comprehension and generator
 *      expression as its own function), and records how each block uses each name: bound
 *      locally, a parameter, imported, declared `global` or `nonlocal`, used, annotated.
 *      Directive errors (`global x` after a use of `x`) are raised here.
 *   2. The analysis (scope-analysis.ts) walks the block tree top down with the set of names bound
 *      by enclosing functions and the set of explicit globals, and gives every name a scope:
 *
 *        LOCAL            bound here, not captured          -> LOAD_FAST / LOAD_NAME
 *        CELL             bound here, captured by a child   -> MAKE_CELL + LOAD_DEREF
 *        FREE             bound in an enclosing function    -> COPY_FREE_VARS + LOAD_DEREF
 *        GLOBAL_EXPLICIT  declared `global`                 -> LOAD_GLOBAL
 *        GLOBAL_IMPLICIT  bound nowhere visible             -> LOAD_GLOBAL (LOAD_NAME outside functions)
 *
 *      Free variables propagate upwards: a name free in a child and bound in this function makes
 *      it a cell here; free in a child and not bound here, it is free here too. A class body is
 *      not a scope for its methods, except for the implicit `__class__` cell that `super()`
 *      needs: a method using `super` or `__class__` makes `needsClassClosure` true on the class.
 *
 * Names are mangled (`__x` in class `C` is `_C__x`) before they are recorded, so the tables
 * hold the names the bytecode uses.
 */
import type * as ast from "../parse/ast.js";
import { compilerBug, type ErrorSite, type Span } from "./errors.js";
import { analyzeBlock } from "./scope-analysis.js";

/**
 * Annotation blocks exist only under `from __future__ import annotations`: annotations are then
 * never evaluated, so their names must not touch the enclosing scope. Such a block is visited
 * (for its errors) but kept out of the tree.
 */
export const enum BlockType { Function, Class, Module, Annotation }

/** What a block does with a name (CPython's DEF_* flags). */
export const enum Flag {
  GLOBAL = 1,
  LOCAL = 2,
  PARAM = 4,
  NONLOCAL = 8,
  USE = 16,
  FREE = 32,
  FREE_CLASS = 64,
  IMPORT = 128,
  ANNOT = 256,
  COMP_ITER = 512,
  BOUND = LOCAL | PARAM | IMPORT,
}

export const enum Scope { LOCAL = 1, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL }

export const enum Comprehension { None, List, Dict, Set, Generator }

/** `_Py_Mangle`: `__spam` inside class `_Ham` becomes `_Ham__spam`. */
export function mangle(privateName: string | undefined, name: string): string {
  if (privateName === undefined || !name.startsWith("__")) return name;
  if (name.endsWith("__") || name.includes(".")) return name;
  const stripped = privateName.replace(/^_+/, "");
  return stripped === "" ? name : `_${stripped}${name}`;
}

export class SymbolTableEntry {
  /** Flags per (mangled) name, in the order the names were first seen. */
  readonly symbols = new Map<string, number>();
  /** The analysed scope of every name in `symbols`. */
  readonly scopes = new Map<string, Scope>();
  /** Parameters, in order: positional-only, positional, keyword-only, *args, **kwargs. */
  readonly varnames: string[] = [];
  readonly children: SymbolTableEntry[] = [];
  /** Where each name was first declared global or nonlocal, for error messages. */
  readonly directives = new Map<string, Span>();
  nested = false;
  free = false;
  childFree = false;
  generator = false;
  coroutine = false;
  comprehension = Comprehension.None;
  varargs = false;
  varkeywords = false;
  returnsValue = false;
  needsClassClosure = false;
  compIterTarget = false;
  compIterExpr = 0;

  constructor(readonly name: string, readonly type: BlockType, readonly span: Span) {}

  /** The scope of a mangled name, or 0 if the block never mentions it. */
  scope(name: string): Scope | 0 {
    return this.scopes.get(name) ?? 0;
  }

  flags(name: string): number {
    return this.symbols.get(name) ?? 0;
  }
}

export class SymbolTable {
  constructor(readonly top: SymbolTableEntry, private readonly blocks: Map<object, SymbolTableEntry>) {}

  /** The block opened for a Module, FunctionDef, ClassDef, Lambda or comprehension node. */
  lookup(node: object): SymbolTableEntry {
    return this.blocks.get(node) ?? compilerBug("no symbol table entry for a node");
  }
}

export function buildSymtable(mod: ast.Mod, site: ErrorSite, futureAnnotations = false): SymbolTable {
  const builder = new Builder(site, futureAnnotations);
  const top = builder.module(mod);
  analyzeBlock(top, undefined, new Set(), new Set(), site);
  return new SymbolTable(top, builder.blocks);
}

const moduleSpan: Span = { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 };

const comprehensionKind = {
  ListComp: Comprehension.List, SetComp: Comprehension.Set, DictComp: Comprehension.Dict,
  GeneratorExp: Comprehension.Generator,
} as const;

const yieldInComprehension = {
  [Comprehension.List]: "'yield' inside list comprehension",
  [Comprehension.Set]: "'yield' inside set comprehension",
  [Comprehension.Dict]: "'yield' inside dict comprehension",
  [Comprehension.Generator]: "'yield' inside generator expression",
} as const;

/** Pass 1: record what every block does with every name. */
class Builder {
  readonly blocks = new Map<object, SymbolTableEntry>();
  private readonly stack: SymbolTableEntry[] = [];
  private cur!: SymbolTableEntry;
  private global!: Map<string, number>;
  private privateName: string | undefined;

  constructor(private readonly site: ErrorSite, private readonly futureAnnotations: boolean) {}

  module(mod: ast.Mod): SymbolTableEntry {
    const top = this.enterBlock("top", BlockType.Module, mod, moduleSpan);
    switch (mod.kind) {
      case "Module":
      case "Interactive":
        this.stmts(mod.body);
        break;
      case "Expression":
        this.expr(mod.body);
        break;
    }
    this.exitBlock();
    return top;
  }

  private error(msg: string, span: Span): never {
    throw this.site.error(msg, span);
  }

  private enterBlock(name: string, type: BlockType, node: object, span: Span): SymbolTableEntry {
    const prev = this.stack[this.stack.length - 1] as SymbolTableEntry | undefined;
    const ste = new SymbolTableEntry(name, type, span);
    if (prev) {
      ste.nested = prev.nested || prev.type === BlockType.Function;
      ste.compIterExpr = prev.compIterExpr;
      if (type !== BlockType.Annotation) prev.children.push(ste);
    }
    this.blocks.set(node, ste);
    this.stack.push(ste);
    this.cur = ste;
    if (type === BlockType.Module) this.global = ste.symbols;
    return ste;
  }

  private exitBlock(): void {
    this.stack.pop();
    if (this.stack.length) this.cur = this.stack[this.stack.length - 1];
  }

  private addDef(name: string, flag: number, span: Span): void {
    this.addDefIn(name, flag, this.cur, span);
  }

  private addDefIn(name: string, flag: number, ste: SymbolTableEntry, span: Span): void {
    const mangled = mangle(this.privateName, name);
    let val = ste.symbols.get(mangled);
    if (val !== undefined) {
      if (flag & Flag.PARAM && val & Flag.PARAM) this.error(`duplicate argument '${name}' in function definition`, span);
      val |= flag;
    } else {
      val = flag;
    }
    if (ste.compIterTarget) {
      if (val & (Flag.GLOBAL | Flag.NONLOCAL)) {
        this.error(`comprehension inner loop cannot rebind assignment expression target '${name}'`, span);
      }
      val |= Flag.COMP_ITER;
    }
    ste.symbols.set(mangled, val);
    if (flag & Flag.PARAM) {
      ste.varnames.push(mangled);
    } else if (flag & Flag.GLOBAL) {
      this.global.set(mangled, flag | (this.global.get(mangled) ?? 0));
    }
  }

  private lookupFlags(name: string): number {
    return this.cur.flags(mangle(this.privateName, name));
  }

  private recordDirective(name: string, span: Span): void {
    const mangled = mangle(this.privateName, name);
    if (!this.cur.directives.has(mangled)) this.cur.directives.set(mangled, span);
  }

  private stmts(body: readonly ast.Stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  private exprs(es: readonly (ast.Expr | undefined)[]): void {
    for (const e of es) if (e) this.expr(e);
  }

  private stmt(s: ast.Stmt): void {
    switch (s.kind) {
      case "FunctionDef":
      case "AsyncFunctionDef":
        this.addDef(s.name, Flag.LOCAL, s);
        this.exprs(s.args.defaults);
        this.exprs(s.args.kw_defaults);
        this.inAnnotationBlock(s, () => this.annotations(s.args, s.returns));
        this.exprs(s.decorator_list);
        this.enterBlock(s.name, BlockType.Function, s, s);
        if (s.kind === "AsyncFunctionDef") this.cur.coroutine = true;
        this.arguments(s.args);
        this.stmts(s.body);
        this.exitBlock();
        break;
      case "ClassDef": {
        this.addDef(s.name, Flag.LOCAL, s);
        this.exprs(s.bases);
        for (const k of s.keywords) this.expr(k.value);
        this.exprs(s.decorator_list);
        this.enterBlock(s.name, BlockType.Class, s, s);
        const outerPrivate = this.privateName;
        this.privateName = s.name;
        this.stmts(s.body);
        this.privateName = outerPrivate;
        this.exitBlock();
        break;
      }
      case "Return":
        if (s.value) {
          this.expr(s.value);
          this.cur.returnsValue = true;
        }
        break;
      case "Delete":
        this.exprs(s.targets);
        break;
      case "Assign":
        this.exprs(s.targets);
        this.expr(s.value);
        break;
      case "AnnAssign":
        if (s.target.kind === "Name") {
          const cur = this.lookupFlags(s.target.id);
          if (cur & (Flag.GLOBAL | Flag.NONLOCAL) && this.cur.symbols !== this.global && s.simple) {
            const what = cur & Flag.GLOBAL ? "global" : "nonlocal";
            this.error(`annotated name '${s.target.id}' can't be ${what}`, s);
          }
          if (s.simple) this.addDef(s.target.id, Flag.ANNOT | Flag.LOCAL, s.target);
          if (s.value) this.addDef(s.target.id, Flag.LOCAL, s.target);
        } else {
          this.expr(s.target);
        }
        this.inAnnotationBlock(s.annotation, () => this.expr(s.annotation));
        if (s.value) this.expr(s.value);
        break;
      case "AugAssign":
        this.expr(s.target);
        this.expr(s.value);
        break;
      case "For":
      case "AsyncFor":
        this.expr(s.target);
        this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case "While":
      case "If":
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case "Match":
        this.expr(s.subject);
        for (const c of s.cases) {
          this.pattern(c.pattern);
          if (c.guard) this.expr(c.guard);
          this.stmts(c.body);
        }
        break;
      case "Raise":
        if (s.exc) {
          this.expr(s.exc);
          if (s.cause) this.expr(s.cause);
        }
        break;
      case "Try":
      case "TryStar":
        this.stmts(s.body);
        this.stmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type);
          if (h.name !== undefined) this.addDef(h.name, Flag.LOCAL, h);
          this.stmts(h.body);
        }
        this.stmts(s.finalbody);
        break;
      case "Assert":
        this.expr(s.test);
        if (s.msg) this.expr(s.msg);
        break;
      case "Import":
      case "ImportFrom":
        for (const a of s.names) this.alias(a);
        break;
      case "Global":
      case "Nonlocal":
        this.directive(s);
        break;
      case "Expr":
        this.expr(s.value);
        break;
      case "With":
      case "AsyncWith":
        for (const item of s.items) {
          this.expr(item.context_expr);
          if (item.optional_vars) this.expr(item.optional_vars);
        }
        this.stmts(s.body);
        break;
      case "Pass":
      case "Break":
      case "Continue":
        break;
    }
  }

  private directive(s: ast.Global | ast.Nonlocal): void {
    const what = s.kind === "Global" ? "global" : "nonlocal";
    for (const name of s.names) {
      const cur = this.lookupFlags(name);
      if (cur & (Flag.PARAM | Flag.LOCAL | Flag.USE | Flag.ANNOT)) {
        let msg: string;
        if (cur & Flag.PARAM) msg = `name '${name}' is parameter and ${what}`;
        else if (cur & Flag.USE) msg = `name '${name}' is used prior to ${what} declaration`;
        else if (cur & Flag.ANNOT) msg = `annotated name '${name}' can't be ${what}`;
        else msg = `name '${name}' is assigned to before ${what} declaration`;
        this.error(msg, s);
      }
      this.addDef(name, s.kind === "Global" ? Flag.GLOBAL : Flag.NONLOCAL, s);
      this.recordDirective(name, s);
    }
  }

  private alias(a: ast.alias): void {
    const storeName = a.asname ?? a.name.split(".")[0];
    if (a.name === "*") {
      if (this.cur.type !== BlockType.Module) this.error("import * only allowed at module level", a);
      return;
    }
    this.addDef(storeName, Flag.IMPORT, a);
  }

  /** Visit annotations: in a detached block under `from __future__ import annotations`. */
  private inAnnotationBlock(node: object, visit: () => void): void {
    if (!this.futureAnnotations) return visit();
    this.enterBlock("_annotation", BlockType.Annotation, node, this.cur.span);
    visit();
    this.exitBlock();
  }

  private notInAnnotation(what: string, e: ast.Expr): void {
    if (this.cur.type === BlockType.Annotation) this.error(`${what} cannot be used within an annotation`, e);
  }

  private annotations(args: ast.arguments, returns: ast.Expr | undefined): void {
    for (const a of [...args.posonlyargs, ...args.args]) if (a.annotation) this.expr(a.annotation);
    if (args.vararg?.annotation) this.expr(args.vararg.annotation);
    if (args.kwarg?.annotation) this.expr(args.kwarg.annotation);
    for (const a of args.kwonlyargs) if (a.annotation) this.expr(a.annotation);
    if (returns) this.expr(returns);
  }

  private arguments(args: ast.arguments): void {
    for (const a of [...args.posonlyargs, ...args.args, ...args.kwonlyargs]) this.addDef(a.arg, Flag.PARAM, a);
    if (args.vararg) {
      this.addDef(args.vararg.arg, Flag.PARAM, args.vararg);
      this.cur.varargs = true;
    }
    if (args.kwarg) {
      this.addDef(args.kwarg.arg, Flag.PARAM, args.kwarg);
      this.cur.varkeywords = true;
    }
  }

  /** A pattern's captures are local definitions; its values and classes are expressions. */
  private pattern(p: ast.Pattern): void {
    switch (p.kind) {
      case "MatchValue":
        this.expr(p.value);
        break;
      case "MatchSingleton":
        break;
      case "MatchSequence":
      case "MatchOr":
        for (const sub of p.patterns) this.pattern(sub);
        break;
      case "MatchStar":
        if (p.name !== undefined) this.addDef(p.name, Flag.LOCAL, p);
        break;
      case "MatchMapping":
        for (const key of p.keys) this.expr(key);
        for (const sub of p.patterns) this.pattern(sub);
        if (p.rest !== undefined) this.addDef(p.rest, Flag.LOCAL, p);
        break;
      case "MatchClass":
        this.expr(p.cls);
        for (const sub of p.patterns) this.pattern(sub);
        for (const sub of p.kwd_patterns) this.pattern(sub);
        break;
      case "MatchAs":
        if (p.pattern !== undefined) this.pattern(p.pattern);
        if (p.name !== undefined) this.addDef(p.name, Flag.LOCAL, p);
        break;
    }
  }

  private expr(e: ast.Expr): void {
    switch (e.kind) {
      case "NamedExpr":
        this.namedExpr(e);
        break;
      case "BoolOp":
        this.exprs(e.values);
        break;
      case "BinOp":
        this.expr(e.left);
        this.expr(e.right);
        break;
      case "UnaryOp":
        this.expr(e.operand);
        break;
      case "Lambda":
        this.exprs(e.args.defaults);
        this.exprs(e.args.kw_defaults);
        this.enterBlock("lambda", BlockType.Function, e, e);
        this.arguments(e.args);
        this.expr(e.body);
        this.exitBlock();
        break;
      case "IfExp":
        this.expr(e.test);
        this.expr(e.body);
        this.expr(e.orelse);
        break;
      case "Dict":
        this.exprs(e.keys);
        this.exprs(e.values);
        break;
      case "Set":
        this.exprs(e.elts);
        break;
      case "GeneratorExp":
        this.comprehension(e, "genexpr", e.elt, undefined);
        break;
      case "ListComp":
        this.comprehension(e, "listcomp", e.elt, undefined);
        break;
      case "SetComp":
        this.comprehension(e, "setcomp", e.elt, undefined);
        break;
      case "DictComp":
        this.comprehension(e, "dictcomp", e.key, e.value);
        break;
      case "Yield":
      case "YieldFrom":
        this.notInAnnotation("yield expression", e);
        if (e.value) this.expr(e.value);
        this.cur.generator = true;
        if (this.cur.comprehension !== Comprehension.None) this.error(yieldInComprehension[this.cur.comprehension], e);
        break;
      case "Await":
        this.notInAnnotation("await expression", e);
        this.expr(e.value);
        this.cur.coroutine = true;
        break;
      case "Compare":
        this.expr(e.left);
        this.exprs(e.comparators);
        break;
      case "Call":
        this.expr(e.func);
        this.exprs(e.args);
        for (const k of e.keywords) this.expr(k.value);
        break;
      case "FormattedValue":
        this.expr(e.value);
        if (e.format_spec) this.expr(e.format_spec);
        break;
      case "JoinedStr":
        this.exprs(e.values);
        break;
      case "Constant":
        break;
      case "Attribute":
        this.expr(e.value);
        break;
      case "Subscript":
        this.expr(e.value);
        this.expr(e.slice);
        break;
      case "Starred":
        this.expr(e.value);
        break;
      case "Slice":
        if (e.lower) this.expr(e.lower);
        if (e.upper) this.expr(e.upper);
        if (e.step) this.expr(e.step);
        break;
      case "Name":
        this.addDef(e.id, e.ctx === "Load" ? Flag.USE : Flag.LOCAL, e);
        /* super() counts as a use of __class__ */
        if (e.ctx === "Load" && this.cur.type === BlockType.Function && e.id === "super") {
          this.addDef("__class__", Flag.USE, e);
        }
        break;
      case "List":
      case "Tuple":
        this.exprs(e.elts);
        break;
    }
  }

  private namedExpr(e: ast.NamedExpr): void {
    this.notInAnnotation("named expression", e);
    if (this.cur.compIterExpr > 0) {
      this.error("assignment expression cannot be used in a comprehension iterable expression", e);
    }
    if (this.cur.comprehension !== Comprehension.None) this.extendNamedExprScope(e.target);
    this.expr(e.value);
    this.expr(e.target);
  }

  /** A `:=` in a comprehension binds in the nearest enclosing function or module. */
  private extendNamedExprScope(target: ast.Name): void {
    const name = target.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i];
      if (ste.comprehension !== Comprehension.None) {
        if (ste.flags(name) & Flag.COMP_ITER) {
          this.error(`assignment expression cannot rebind comprehension iteration variable '${name}'`, target);
        }
        continue;
      }
      if (ste.type === BlockType.Function) {
        this.addDef(name, ste.flags(name) & Flag.GLOBAL ? Flag.GLOBAL : Flag.NONLOCAL, target);
        this.recordDirective(name, target);
        this.addDefIn(name, Flag.LOCAL, ste, target);
        return;
      }
      if (ste.type === BlockType.Module) {
        this.addDef(name, Flag.GLOBAL, target);
        this.recordDirective(name, target);
        this.addDefIn(name, Flag.GLOBAL, ste, target);
        return;
      }
      this.error("assignment expression within a comprehension cannot be used in a class body", target);
    }
    compilerBug("named expression with no enclosing scope");
  }

  private comprehension(e: ast.GeneratorExp | ast.ListComp | ast.SetComp | ast.DictComp, name: string,
    elt: ast.Expr, value: ast.Expr | undefined): void {
    const [outermost, ...rest] = e.generators;
    /* the outermost iterable is evaluated in the enclosing scope */
    this.cur.compIterExpr++;
    this.expr(outermost.iter);
    this.cur.compIterExpr--;
    const ste = this.enterBlock(name, BlockType.Function, e, e);
    ste.comprehension = comprehensionKind[e.kind];
    if (outermost.is_async) ste.coroutine = true;
    /* the outermost iterator arrives as the argument `.0` */
    this.addDef(".0", Flag.PARAM, e);
    this.comprehensionTarget(outermost.target);
    this.exprs(outermost.ifs);
    for (const gen of rest) {
      this.comprehensionTarget(gen.target);
      ste.compIterExpr++;
      this.expr(gen.iter);
      ste.compIterExpr--;
      this.exprs(gen.ifs);
      if (gen.is_async) ste.coroutine = true;
    }
    if (value) this.expr(value);
    this.expr(elt);
    const isGenerator = e.kind === "GeneratorExp";
    ste.generator = isGenerator;
    const isAsync = ste.coroutine && !isGenerator;
    this.exitBlock();
    if (isAsync) this.cur.coroutine = true;
  }

  private comprehensionTarget(target: ast.Expr): void {
    this.cur.compIterTarget = true;
    this.expr(target);
    this.cur.compIterTarget = false;
  }
}
