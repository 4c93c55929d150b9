/**
 * A compilation unit: the state of one code object while its body is generated (CPython's
 * `struct compiler_unit`). Units nest like the scopes they compile; the code generator keeps a
 * stack of them.
 *
 * The unit owns the blocks, the tables the opargs index (constants, names, local, cell and
 * free variables), the current source position, and the stack of frame blocks (loops, `try`,
 * `with`...) that `break`, `continue` and `return` must unwind.
 *
 * Emission follows CPython's rule for implicit blocks: after an instruction that ends a block
 * (jump, return, raise), the next instruction starts a fresh one.
 */
import type { CodeConst } from "./code.js";
import { constKey } from "./constants.js";
import { Block, Instr, endsBlock, type Opcode } from "./ir.js";
import { Op } from "./opcodes.js";
import type { Span } from "./errors.js";
import { Flag, Scope, type SymbolTableEntry } from "./symtable.js";
import type * as ast from "../parse/ast.js";

export const enum ScopeType { Module, Class, Function, AsyncFunction, Lambda, Comprehension }

/** Constants of a unit, each once (see constKey), in order of first use. */
export class ConstTable {
  readonly values: CodeConst[] = [];
  private readonly index = new Map<string, number>();

  add(c: CodeConst): number {
    const key = constKey(c);
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(c);
      this.index.set(key, i);
    }
    return i;
  }
}

/** Names numbered in order of first use. */
export class NameTable {
  readonly names: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(initial: readonly string[] = []) {
    for (const n of initial) this.add(n);
  }

  add(name: string): number {
    let i = this.index.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(name);
      this.index.set(name, i);
    }
    return i;
  }

  get(name: string): number | undefined {
    return this.index.get(name);
  }

  get size(): number {
    return this.names.length;
  }
}

/** What a frame block is, for unwinding it on `break`, `continue` and `return`. */
export const enum FBlockType {
  WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, HandlerCleanup, PopValue,
  ExceptionHandler,
}

export interface LoopFBlock {
  type: FBlockType.WhileLoop | FBlockType.ForLoop;
  /** Where `continue` goes. */
  block: Block;
  /** Where `break` goes. */
  exit: Block;
}

export type FBlock =
  | LoopFBlock
  | { type: FBlockType.FinallyTry; finalbody: readonly ast.Stmt[] }
  | { type: FBlockType.With; stmt: ast.With }
  | { type: FBlockType.HandlerCleanup; name: string | undefined }
  | { type: FBlockType.TryExcept | FBlockType.FinallyEnd | FBlockType.PopValue | FBlockType.ExceptionHandler };

/** The most frame blocks a function may nest (CPython's CO_MAXBLOCKS). */
export const MAX_FBLOCKS = 20;

export class Unit {
  /** Blocks in allocation order; the first is the entry. */
  readonly blocks: Block[] = [];
  curblock: Block;
  readonly consts = new ConstTable();
  /**
   * Indices of the constants that stand for a literal of the source (a Constant node or a
   * docstring), as opposed to those the compiler made (keyword-name tuples, folded
   * BUILD_TUPLE operands, the implicit None): see CodeData.literalConsts.
   */
  readonly literalConsts = new Set<number>();
  readonly names = new NameTable();
  readonly varnames: NameTable;
  /** Cell variables, sorted by name, then (for a class) `__class__`. */
  readonly cellvars: NameTable;
  /** Free variables, sorted by name; their indices start after the cells. */
  readonly freevars: NameTable;
  privateName: string | undefined;
  qualname = "";
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  readonly fblocks: FBlock[] = [];
  loc: Span;
  private needNewImplicitBlock = false;

  constructor(readonly ste: SymbolTableEntry, readonly name: string, readonly scopeType: ScopeType,
    public firstlineno: number) {
    this.varnames = new NameTable(ste.varnames);
    const byScope = (pred: (scope: Scope | 0, flags: number) => boolean) =>
      [...ste.symbols.keys()].filter((n) => pred(ste.scope(n), ste.flags(n))).sort(comparePyStrings);
    this.cellvars = new NameTable(byScope((s) => s === Scope.CELL));
    if (ste.needsClassClosure) this.cellvars.add("__class__");
    this.freevars = new NameTable(byScope((s, f) => s === Scope.FREE || (f & Flag.FREE_CLASS) !== 0));
    this.loc = { lineno: firstlineno, col_offset: 0, end_lineno: firstlineno, end_col_offset: 0 };
    this.curblock = this.newBlock();
  }

  newBlock(): Block {
    const b = new Block();
    this.blocks.push(b);
    return b;
  }

  /** Continue emitting in `block`, laid out after the current block. */
  useNextBlock(block: Block): Block {
    this.curblock.next = block;
    this.curblock = block;
    this.needNewImplicitBlock = false;
    return block;
  }

  private emit(op: Opcode, arg: number, target: Block | null, loc: Span): void {
    if (this.needNewImplicitBlock) this.useNextBlock(this.newBlock());
    const b = this.curblock;
    b.instrs.push(new Instr(op, arg, target, loc));
    if (op === Op.RETURN_VALUE) b.returns = true;
    if (endsBlock(op)) this.needNewImplicitBlock = true;
  }

  addop(op: Opcode, arg = 0): void {
    this.emit(op, arg, null, this.loc);
  }

  addopNoLine(op: Opcode, arg = 0): void {
    this.emit(op, arg, null, NO_LINE);
  }

  addopJump(op: Opcode, target: Block): void {
    this.emit(op, 0, target, this.loc);
  }

  addopJumpNoLine(op: Opcode, target: Block): void {
    this.emit(op, 0, target, NO_LINE);
  }

  loadConst(c: CodeConst): void {
    this.addop(Op.LOAD_CONST, this.consts.add(c));
  }

  /** LOAD_CONST of a literal of the source (recorded in literalConsts). */
  loadLiteral(c: CodeConst): void {
    const i = this.consts.add(c);
    this.literalConsts.add(i);
    this.addop(Op.LOAD_CONST, i);
  }
}

/**
 * The location of an artificial instruction that CPython marks with line -1 but columns 0
 * (`compiler_addop_noline`); only the line matters, and it is unknown.
 */
const NO_LINE: Span = { lineno: -1, col_offset: 0, end_lineno: 0, end_col_offset: 0 };

/** Python orders strings by code point; JavaScript's default sort by UTF-16 unit. */
export function comparePyStrings(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0)!);
  const y = Array.from(b, (c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}
