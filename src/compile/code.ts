/**
 * What the compiler hands to the VM: a code unit as plain data.
 *
 * The compiler knows nothing of the heap. It produces `CodeData` trees (nested code units sit in
 * `consts`); the VM turns each into a heap code object when a module is loaded. Field names
 * follow CPython 3.11's code object (`co_*` without the prefix).
 */
import type { ConstValue } from "../parse/ast.js";

/** CPython's CO_* flags that glasspy uses. */
export const enum CodeFlag {
  OPTIMIZED = 0x1,
  NEWLOCALS = 0x2,
  VARARGS = 0x4,
  VARKEYWORDS = 0x8,
  NESTED = 0x10,
  GENERATOR = 0x20,
  NOFREE = 0x40,
  COROUTINE = 0x80,
  ITERABLE_COROUTINE = 0x100,
  ASYNC_GENERATOR = 0x200,
  /** `from __future__ import barry_as_FLUFL` (set on every code object of the module). */
  FUTURE_BARRY_AS_BDFL = 0x400000,
  /** `from __future__ import annotations` (set on every code object of the module). */
  FUTURE_ANNOTATIONS = 0x1000000,
}

/** Kind of each fast-local slot (CPython 3.11's co_localspluskinds bits). */
export const enum LocalKind {
  ARG = 0x08,
  LOCAL = 0x20,
  CELL = 0x40,
  FREE = 0x80,
}

/** A tuple constant: `(1, "a", None)` folded at compile time. */
export class TupleConst {
  constructor(readonly items: readonly CodeConst[]) {}
}

/** A frozenset constant (`x in {1, 2, 3}`). */
export class FrozensetConst {
  constructor(readonly items: readonly CodeConst[]) {}
}

export type CodeConst = ConstValue | TupleConst | FrozensetConst | CodeData;

/** One row of the exception table: instructions [start, end) are covered by `target`. */
export interface ExceptionTableEntry {
  /** Offsets in code units. */
  readonly start: number;
  readonly end: number;
  readonly target: number;
  /** Stack depth to pop down to before pushing the exception. */
  readonly depth: number;
  /** Push the offset of the raising instruction before the exception (CPython's lasti bit). */
  readonly lasti: boolean;
}

/**
 * Source positions of one code unit, as `co_positions()` yields them: 1-based lines, 0-based
 * character columns; -1 where unknown.
 */
export interface Positions {
  /** Four Int32 entries per code unit: line, endLine, col, endCol. */
  readonly table: Int32Array;
}

export interface CodeData {
  readonly name: string;
  readonly qualname: string;
  readonly filename: string;
  readonly firstlineno: number;
  readonly argcount: number;
  readonly posonlyargcount: number;
  readonly kwonlyargcount: number;
  readonly flags: number;
  readonly stacksize: number;
  /** Code units: `opcode | oparg << 8`. */
  readonly code: Uint16Array;
  readonly consts: readonly CodeConst[];
  /**
   * Indices into `consts` of the source's literals. While code compiled from source runs at
   * once (a script, `-c`, exec or eval of a string, a REPL entry), CPython's parser keeps the
   * syntax tree alive, and each literal's node holds a reference to the constant: the VM
   * holds those references too (vm/literal-constants.ts), so `sys.getrefcount` agrees.
   */
  readonly literalConsts?: readonly number[];
  readonly names: readonly string[];
  /** Parameters first (positional, keyword-only, *args, **kwargs), then locals, cells, frees. */
  readonly localsplusnames: readonly string[];
  /** One LocalKind bit set per entry of localsplusnames. */
  readonly localspluskinds: Uint8Array;
  /** Source position of every code unit. */
  readonly positions: Int32Array;
  readonly exceptionTable: readonly ExceptionTableEntry[];
}

export const isCodeData = (c: CodeConst): c is CodeData =>
  typeof c === "object" && c !== null && (c as CodeData).code instanceof Uint16Array;
