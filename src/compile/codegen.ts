/**
 * The code generator: walks the (folded) AST and emits instructions into units, as CPython
 * 3.11's compile.c does, so that the bytecode is CPython's instruction for instruction.
 *
 * This file holds the walker's state and the machinery every construct shares: the stack of
 * units (one per code object being compiled), scopes and qualified names, source positions,
 * name resolution (`nameop`), and the frame-block stack that `break`, `continue` and `return`
 * unwind. The constructs themselves live beside it:
 *
 *   stmt.ts      simple statements, assignments, imports, if/while/for, return/break/continue
 *   expr.ts      expressions, calls, comparisons, displays, f-strings, conditional jumps
 *   handlers.ts  try/except/finally, with, raise, assert
 *   scopes.ts    functions, lambdas, classes, comprehensions, closures
 *
 * Each construct is a function taking the `Compiler`; dispatch is a switch on the node's kind.
 *
 * Positions: `u.loc` is the position given to the next instruction. A statement sets it to
 * itself; an expression sets it to itself for its own instructions and restores it after;
 * artificial instructions (cleanups, implicit returns) are emitted with no position and take
 * one later from the assembler's line-number propagation, as in CPython.
 */
import type * as ast from "../parse/ast.js";
import type { CodeConst, CodeData } from "./code.js";
import { Op } from "./opcodes.js";
import { Block, NO_LOCATION, Pseudo, type Opcode } from "./ir.js";
import { assemble } from "./assembler.js";
import { compilerBug, type ErrorSite, type Span } from "./errors.js";
import { BlockType, Scope, mangle, type SymbolTable } from "./symtable.js";
import { FBlockType, MAX_FBLOCKS, ScopeType, Unit, type FBlock, type LoopFBlock } from "./unit.js";
import { compileStmt } from "./stmt.js";
import { compileExpr } from "./expr.js";

export interface CodegenOptions {
  readonly filename: string;
  readonly optimize: number;
  readonly interactive: boolean;
  /** Line of the last `from __future__ import` at the top of the module (-1 if none). */
  readonly futureLineno: number;
  /** `from __future__ import annotations` is in force: annotations are kept as strings. */
  readonly futureAnnotations: boolean;
  /** CO_FUTURE_* flags for every code object. */
  readonly futureFlags: number;
}

export class Compiler {
  /** Enclosing units, outermost first; `u` is the current one. */
  private readonly stack: Unit[] = [];
  u!: Unit;
  nestlevel = 0;

  constructor(readonly st: SymbolTable, readonly site: ErrorSite, readonly options: CodegenOptions) {}

  /** A SyntaxError at `span`, or at the current position. */
  error(msg: string, span: Span = this.u.loc): never {
    throw this.site.error(msg, span);
  }

  unsupported(what: string, span: Span): never {
    throw this.site.error(`${what} is not supported by glasspy`, span);
  }


  enterScope(name: string, scopeType: ScopeType, node: object, lineno: number): void {
    const u = new Unit(this.st.lookup(node), name, scopeType, lineno);
    if (this.u) {
      this.stack.push(this.u);
      u.privateName = this.u.privateName;
    }
    this.u = u;
    this.nestlevel++;
    if (scopeType === ScopeType.Module) {
      u.loc = { ...u.loc, lineno: 0 };
    } else {
      this.setQualname();
    }
    u.addop(Op.RESUME, 0);
    if (scopeType === ScopeType.Module) u.loc = { ...u.loc, lineno: -1 };
  }

  exitScope(): void {
    this.nestlevel--;
    this.u = this.stack.pop()!;
  }

  /** Assemble the current unit and leave its scope. */
  finishScope(addNone: boolean): CodeData {
    const code = assemble(this.u, addNone, { filename: this.options.filename, futureFlags: this.options.futureFlags });
    this.exitScope();
    return code;
  }

  private setQualname(): void {
    const u = this.u;
    let base: string | undefined;
    if (this.stack.length > 1) {
      const parent = this.stack[this.stack.length - 1];
      let forceGlobal = false;
      if (u.scopeType === ScopeType.Function || u.scopeType === ScopeType.AsyncFunction || u.scopeType === ScopeType.Class) {
        const scope = parent.ste.scope(mangle(parent.privateName, u.name));
        if (scope === Scope.GLOBAL_EXPLICIT) forceGlobal = true;
      }
      if (!forceGlobal) {
        const functionLike = parent.scopeType === ScopeType.Function || parent.scopeType === ScopeType.AsyncFunction ||
          parent.scopeType === ScopeType.Lambda;
        base = functionLike ? `${parent.qualname}.<locals>` : parent.qualname;
      }
    }
    u.qualname = base !== undefined ? `${base}.${u.name}` : u.name;
  }


  addop(op: Opcode, arg = 0): void {
    this.u.addop(op, arg);
  }

  jump(op: Opcode, target: Block): void {
    this.u.addopJump(op, target);
  }

  jumpNoLine(op: Opcode, target: Block): void {
    this.u.addopJumpNoLine(op, target);
  }

  loadConst(value: CodeConst): void {
    this.u.loadConst(value);
  }

  loadLiteral(value: CodeConst): void {
    this.u.loadLiteral(value);
  }

  newBlock(): Block {
    return this.u.newBlock();
  }

  useNextBlock(b: Block): void {
    this.u.useNextBlock(b);
  }

  setLoc(span: Span): void {
    this.u.loc = span;
  }

  unsetLoc(): void {
    this.u.loc = NO_LOCATION;
  }

  /** An instruction naming `names[i]`, the name mangled (CPython's ADDOP_NAME). */
  addopName(op: Opcode, name: string): void {
    this.addop(op, this.u.names.add(mangle(this.u.privateName, name)));
  }

  /** As addopName, without mangling (ADDOP_N). */
  addopNameRaw(op: Opcode, name: string): void {
    this.addop(op, this.u.names.add(name));
  }


  private forbiddenName(name: string, ctx: ast.ExprContext): void {
    if (name !== "__debug__") return;
    if (ctx === "Store") this.error("cannot assign to __debug__");
    if (ctx === "Del") this.error("cannot delete __debug__");
  }

  /** Load, store or delete a variable, with the instruction its scope calls for. */
  nameop(name: string, ctx: ast.ExprContext): void {
    this.forbiddenName(name, ctx);
    const u = this.u;
    const mangled = mangle(u.privateName, name);
    const scope = u.ste.scope(mangled);
    const isFunction = u.ste.type === BlockType.Function;
    let kind: "fast" | "global" | "deref" | "name" = "name";
    switch (scope) {
      case Scope.FREE:
      case Scope.CELL:
        kind = "deref";
        break;
      case Scope.LOCAL:
        if (isFunction) kind = "fast";
        break;
      case Scope.GLOBAL_IMPLICIT:
        if (isFunction) kind = "global";
        break;
      case Scope.GLOBAL_EXPLICIT:
        kind = "global";
        break;
    }
    const pick = (load: Op, store: Op, del: Op) => (ctx === "Load" ? load : ctx === "Store" ? store : del);
    switch (kind) {
      case "deref": {
        const load = u.ste.type === BlockType.Class ? Op.LOAD_CLASSDEREF : Op.LOAD_DEREF;
        const index = scope === Scope.CELL ? u.cellvars.get(mangled)! : u.cellvars.size + u.freevars.get(mangled)!;
        this.addop(pick(load, Op.STORE_DEREF, Op.DELETE_DEREF), index);
        return;
      }
      case "fast":
        this.addop(pick(Op.LOAD_FAST, Op.STORE_FAST, Op.DELETE_FAST), u.varnames.add(mangled));
        return;
      case "global": {
        const index = u.names.add(mangled);
        if (ctx === "Load") this.addop(Op.LOAD_GLOBAL, index << 1);
        else this.addop(pick(Op.LOAD_GLOBAL, Op.STORE_GLOBAL, Op.DELETE_GLOBAL), index);
        return;
      }
      case "name":
        this.addop(pick(Op.LOAD_NAME, Op.STORE_NAME, Op.DELETE_NAME), u.names.add(mangled));
        return;
    }
  }


  visitStmt(s: ast.Stmt): void {
    this.setLoc(s);
    compileStmt(this, s);
  }

  visitStmts(body: readonly ast.Stmt[]): void {
    for (const s of body) this.visitStmt(s);
  }

  visitExpr(e: ast.Expr): void {
    const saved = this.u.loc;
    this.setLoc(e);
    compileExpr(this, e);
    this.u.loc = saved;
  }

  visitExprs(es: readonly ast.Expr[]): void {
    for (const e of es) this.visitExpr(e);
  }


  pushFblock(f: FBlock): void {
    if (this.u.fblocks.length >= MAX_FBLOCKS) this.error("too many statically nested blocks");
    this.u.fblocks.push(f);
  }

  popFblock(type: FBlockType): void {
    const f = this.u.fblocks.pop();
    if (f?.type !== type) compilerBug("frame block mismatch");
  }

  /** Emit the exit code of a frame block; with `preserveTos` the value on top survives it. */
  unwindFblock(info: FBlock, preserveTos: boolean): void {
    switch (info.type) {
      case FBlockType.WhileLoop:
      case FBlockType.ExceptionHandler:
        return;
      case FBlockType.ForLoop:
        /* pop the iterator */
        if (preserveTos) this.addop(Op.SWAP, 2);
        this.addop(Op.POP_TOP);
        return;
      case FBlockType.TryExcept:
        this.addop(Pseudo.POP_BLOCK);
        return;
      case FBlockType.FinallyTry:
        /* the POP_BLOCK takes the position of the unwinding statement */
        this.addop(Pseudo.POP_BLOCK);
        if (preserveTos) this.pushFblock({ type: FBlockType.PopValue });
        this.visitStmts(info.finalbody);
        if (preserveTos) this.popFblock(FBlockType.PopValue);
        /* the finally body runs "after" the statement: what follows is artificial */
        this.unsetLoc();
        return;
      case FBlockType.FinallyEnd:
        if (preserveTos) this.addop(Op.SWAP, 2);
        this.addop(Op.POP_TOP); /* exc_value */
        if (preserveTos) this.addop(Op.SWAP, 2);
        this.addop(Pseudo.POP_BLOCK);
        this.addop(Op.POP_EXCEPT);
        return;
      case FBlockType.With:
        this.setLoc(info.stmt);
        this.addop(Pseudo.POP_BLOCK);
        if (preserveTos) this.addop(Op.SWAP, 2);
        this.callExitWithNones();
        this.addop(Op.POP_TOP);
        this.unsetLoc();
        return;
      case FBlockType.HandlerCleanup:
        if (info.name !== undefined) this.addop(Pseudo.POP_BLOCK);
        if (preserveTos) this.addop(Op.SWAP, 2);
        this.addop(Pseudo.POP_BLOCK);
        this.addop(Op.POP_EXCEPT);
        if (info.name !== undefined) {
          this.loadConst(null);
          this.nameop(info.name, "Store");
          this.nameop(info.name, "Del");
        }
        return;
      case FBlockType.PopValue:
        if (preserveTos) this.addop(Op.SWAP, 2);
        this.addop(Op.POP_TOP);
        return;
    }
  }

  /**
   * Unwind the frame blocks from the innermost out. With `toLoop`, stop at the innermost loop
   * and return it (undefined if there is none).
   */
  unwindFblockStack(preserveTos: boolean, toLoop: boolean): LoopFBlock | undefined {
    const fblocks = this.u.fblocks;
    if (fblocks.length === 0) return undefined;
    const top = fblocks[fblocks.length - 1];
    if (toLoop && (top.type === FBlockType.WhileLoop || top.type === FBlockType.ForLoop)) return top;
    fblocks.pop();
    this.unwindFblock(top, preserveTos);
    const loop = this.unwindFblockStack(preserveTos, toLoop);
    fblocks.push(top);
    return loop;
  }

  /** `__exit__(None, None, None)` for a `with` left normally. */
  callExitWithNones(): void {
    this.loadConst(null);
    this.loadConst(null);
    this.loadConst(null);
    this.addop(Op.CALL, 2);
  }
}
