/**
 * `code`: compiled bytecode as a heap object, CPython 3.11's PyCodeObject layout.
 *
 *   0 refcnt | 8 type | 16 co_consts | 24 co_names | 32 co_exceptiontable | 40 co_flags ...
 *   ... 88 co_localsplusnames | 96 co_localspluskinds | 104 co_filename | 112 co_name |
 *   120 co_qualname | 128 co_linetable | ... | 168 co_extra | 184 co_code_adaptive[2·n]
 *
 * The code units sit inline at offset 184, so the eval loop reads them straight from the heap
 * (`rt.u16[((code + Code.CODE) >> 1) + pc]`) and getsizeof is CPython's 184 + 2n rounded to 8.
 * That copy is the loop's: some instruction pairs in it are superinstructions
 * (compile/superinstructions.ts), as CPython 3.11 quickens co_code_adaptive; co_code and
 * everything else read the compiler's units (`CodeInfo.data.code`).
 * Code objects are not GC-tracked in 3.11.
 *
 * The position table and exception table are kept as compiler output on the JavaScript side
 * (`CodeInfo`, named by the index in co_extra) rather than as encoded bytes objects: they are
 * immutable metadata that only tracebacks, exception dispatch and `dis` read. co_lines(),
 * co_positions() and co_exceptiontable (CPython's encoding) are built from it on demand
 * (code-tables.ts); co_linetable is not provided.
 */
import type { Runtime } from "./runtime.js";
import type { TypeDef } from "./typedef.js";
import type { CompiledCode, CompiledFunctionBody } from "../jit/tier.js";

import type { CodeConst, CodeData, ExceptionTableEntry } from "../compile/code.js";
import { CodeFlag, TupleConst, FrozensetConst, isCodeData } from "../compile/code.js";
import { withSuperinstructions } from "../compile/superinstructions.js";
import { ComplexConst, Ellipsis } from "../parse/ast.js";
import { newTuple, tupleSetItem, tupleItem } from "./tuple.js";
import { newInt, newIntFromBigInt } from "./int.js";
import { newFloat } from "./float.js";
import { newComplex } from "./complex.js";
import { newBytes } from "./bytes.js";
import { newFrozenset, setAdd } from "./set.js";
import { addressText } from "./object.js";
import { codeTableAttributes } from "./code-tables.js";
import { clearWeakrefs } from "./weakref.js";

export const enum Code {
  CONSTS = 16,
  NAMES = 24,
  EXCEPTIONTABLE = 32,
  FLAGS = 40,
  ARGCOUNT = 48,
  POSONLYARGCOUNT = 52,
  KWONLYARGCOUNT = 56,
  STACKSIZE = 60,
  FIRSTLINENO = 64,
  NLOCALSPLUS = 68,
  NLOCALS = 72,
  NCELLVARS = 80,
  NFREEVARS = 84,
  LOCALSPLUSNAMES = 88,
  LOCALSPLUSKINDS = 96,
  FILENAME = 104,
  NAME = 112,
  QUALNAME = 120,
  LINETABLE = 128,
  WEAKREFLIST = 136,
  /**
   * glasspy, in CPython's `_co_code` word: co_argcount when a call with exactly that many
   * positional arguments binds them all, with nothing else to do (no keyword-only parameters,
   * no *args or **kwargs, not a coroutine kind); else -1. The eval loop's common call.
   */
  CALL_ARGCOUNT = 144,
  /** glasspy, in CPython's `_co_linearray` word: co_nlocalsplus + co_stacksize, a frame's words. */
  FRAME_WORDS = 152,
  /** glasspy: index of this code's CodeInfo in Runtime.codeInfos. */
  EXTRA = 168,
  /** First code unit. */
  CODE = 184,
}

/** Compiler metadata kept beside a code object (see the file comment). */
export interface CodeInfo {
  readonly data: CodeData;
  /** Positions: four Int32 per code unit (line, endLine, col, endCol). */
  readonly positions: Int32Array;
  readonly exceptionTable: readonly ExceptionTableEntry[];
  /** Parameter and local names as JS text, for error messages. */
  readonly localNames: readonly string[];
  /** Number of cell + free slots at the end of localsplus. */
  readonly ncells: number;
  readonly nfrees: number;
  /**
   * The eval loop's inline caches (src/vm/inline-cache.ts): a fixed number of words per code
   * unit for the instructions that remember what they found. Made on first use.
   */
  inlineCache: Int32Array | undefined;
  /** The compiled tier's function for the code's hot loops (src/jit/tier.ts), once made. */
  compiledLoops: CompiledCode | undefined;
  /** The compiled tier's body for the whole code (tier.ts, compiledFunctionFor): null when it cannot be compiled. */
  compiledFunction: CompiledFunctionBody | null | undefined;
  /** Where zero-argument super() finds `__class__` in localsplus (-1: nowhere), once asked (super-frame.ts). */
  classCellIndex: number | undefined;
  /** The compiled tier's timing of loops at their threshold: head → when it started, -start - 1 for a second window (tier.ts's iterationVerdict). */
  loopTimings: Map<number, number> | undefined;
}

/**
 * Empty the inline cache of every code object of `rt`: the type version tags some entries
 * hold are about to be handed out again (method-cache.ts).
 */
export function clearInlineCaches(rt: Runtime): void {
  for (const info of rt.codeInfos) info?.inlineCache?.fill(0);
}

const codeSize = (units: number) => (Code.CODE + 2 * units + 7) & ~7;

function identifierLike(s: string): boolean {
  return /^[A-Za-z0-9_]*$/.test(s);
}

/** Turn one compile-time constant into an object (new reference). */
export function constToObject(rt: Runtime, c: CodeConst): number {
  if (c === null) {
    rt.incref(rt.S.None);
    return rt.S.None;
  }
  switch (typeof c) {
    case "boolean": {
      const b = c ? rt.S.True : rt.S.False;
      rt.incref(b);
      return b;
    }
    case "bigint":
      return c >= -(2n ** 52n) && c <= 2n ** 52n ? newInt(rt, Number(c)) : newIntFromBigInt(rt, c);
    case "number":
      return newFloat(rt, c);
    case "string":
      // CPython interns constants made only of identifier characters.
      return identifierLike(c) ? rt.intern(c) : rt.newStr(c);
    case "symbol":
      if (c === Ellipsis) {
        rt.incref(rt.S.Ellipsis);
        return rt.S.Ellipsis;
      }
      break;
    case "object":
      if (c instanceof Uint8Array) return newBytes(rt, c);
      if (c instanceof ComplexConst) return newComplex(rt, c.real, c.imag);
      if (c instanceof TupleConst) return tupleOfConsts(rt, c.items);
      if (c instanceof FrozensetConst) {
        const items = tupleOfConsts(rt, c.items);
        try {
          const fs = newFrozenset(rt, 0);
          for (let i = 0; i < c.items.length; i++) setAdd(rt, fs, tupleItem(rt, items, i));
          return fs;
        } finally {
          rt.decref(items);
        }
      }
      if (isCodeData(c)) return newCode(rt, c);
      break;
  }
  throw new Error(`code: unknown constant ${String(c)}`);
}

function tupleOfConsts(rt: Runtime, items: readonly CodeConst[]): number {
  const t = newTuple(rt, items.length);
  items.forEach((item, i) => tupleSetItem(rt, t, i, constToObject(rt, item)));
  return t;
}

function tupleOfNames(rt: Runtime, names: readonly string[]): number {
  const t = newTuple(rt, names.length);
  names.forEach((name, i) => tupleSetItem(rt, t, i, rt.intern(name)));
  return t;
}

/** Materialise compiler output as a code object (new reference); nested code too. */
export function newCode(rt: Runtime, data: CodeData): number {
  const units = data.code.length;
  const c = rt.allocObject(rt.T.code, codeSize(units));
  for (let off = Code.CONSTS; off < Code.CODE; off += 4) rt.i32[(c + off) >> 2] = 0;
  const i32 = rt.i32;
  i32[(c + Code.FLAGS) >> 2] = data.flags;
  i32[(c + Code.ARGCOUNT) >> 2] = data.argcount;
  i32[(c + Code.POSONLYARGCOUNT) >> 2] = data.posonlyargcount;
  i32[(c + Code.KWONLYARGCOUNT) >> 2] = data.kwonlyargcount;
  i32[(c + Code.STACKSIZE) >> 2] = data.stacksize;
  i32[(c + Code.FIRSTLINENO) >> 2] = data.firstlineno;
  const n = data.localsplusnames.length;
  let ncells = 0;
  let nfrees = 0;
  for (let i = 0; i < n; i++) {
    const kind = data.localspluskinds[i];
    if (kind & 0x80) nfrees++;
    else if (kind & 0x40 && !(kind & 0x28)) ncells++;
  }
  i32[(c + Code.NLOCALSPLUS) >> 2] = n;
  const notSimple = CodeFlag.VARARGS | CodeFlag.VARKEYWORDS | CodeFlag.COROUTINE | CodeFlag.ASYNC_GENERATOR | CodeFlag.ITERABLE_COROUTINE;
  i32[(c + Code.CALL_ARGCOUNT) >> 2] = data.kwonlyargcount === 0 && (data.flags & notSimple) === 0 ? data.argcount : -1;
  i32[(c + Code.FRAME_WORDS) >> 2] = n + data.stacksize;
  i32[(c + Code.NLOCALS) >> 2] = n - ncells - nfrees;
  i32[(c + Code.NCELLVARS) >> 2] = ncells;
  i32[(c + Code.NFREEVARS) >> 2] = nfrees;
  rt.u16.set(withSuperinstructions(data.code), (c + Code.CODE) >> 1);
  rt.store(c + Code.CONSTS, tupleOfConsts(rt, data.consts));
  rt.store(c + Code.NAMES, tupleOfNames(rt, data.names));
  rt.store(c + Code.LOCALSPLUSNAMES, tupleOfNames(rt, data.localsplusnames));
  rt.store(c + Code.LOCALSPLUSKINDS, newBytes(rt, data.localspluskinds));
  rt.store(c + Code.FILENAME, rt.intern(data.filename));
  rt.store(c + Code.NAME, rt.intern(data.name));
  rt.store(c + Code.QUALNAME, rt.intern(data.qualname));
  const info: CodeInfo = {
    data,
    positions: data.positions,
    exceptionTable: data.exceptionTable,
    localNames: data.localsplusnames,
    ncells,
    nfrees,
    inlineCache: undefined,
    // (Present from the start, so that every CodeInfo has one shape: one added later would
    // make the eval loop's reads of inlineCache see two.)
    compiledLoops: undefined,
    compiledFunction: undefined,
    classCellIndex: undefined,
    loopTimings: undefined,
  };
  i32[(c + Code.EXTRA) >> 2] = rt.addCodeInfo(info);
  return c;
}

export function codeInfo(rt: Runtime, code: number): CodeInfo {
  return rt.codeInfos[rt.i32[(code + Code.EXTRA) >> 2]]!;
}

const OWNED = [Code.CONSTS, Code.NAMES, Code.LOCALSPLUSNAMES, Code.LOCALSPLUSKINDS, Code.FILENAME, Code.NAME, Code.QUALNAME] as const;

function codeDealloc(rt: Runtime, c: number): void {
  clearWeakrefs(rt, c);
  rt.removeCodeInfo(rt.i32[(c + Code.EXTRA) >> 2]);
  const owned = OWNED.map((off) => rt.load(c + off));
  rt.freeObject(c);
  for (const o of owned) if (o !== 0) rt.decref(o);
}

function field(off: Code) {
  return (rt: Runtime, c: number): number => {
    const v = rt.load(c + off);
    const r = v === 0 ? rt.S.None : v;
    rt.incref(r);
    return r;
  };
}

function intField(off: Code) {
  return (rt: Runtime, c: number): number => newInt(rt, rt.i32[(c + off) >> 2]);
}

/** A tuple of the localsplus names whose kind passes `keep` (co_varnames and friends). */
function namesOfKind(rt: Runtime, c: number, keep: (kind: number) => boolean): number {
  const info = codeInfo(rt, c);
  const kinds = info.data.localspluskinds;
  const picked = info.localNames.filter((_, i) => keep(kinds[i]));
  const t = newTuple(rt, picked.length);
  picked.forEach((name, i) => tupleSetItem(rt, t, i, rt.intern(name)));
  return t;
}

const tables = codeTableAttributes(codeInfo);

export const codeType: TypeDef = {
  name: "code",
  basicsize: Code.CODE,
  itemsize: 2,
  flags: 0,
  dealloc: codeDealloc,
  repr: (rt, c) => {
    const name = rt.jsString(rt.load(c + Code.NAME));
    const file = rt.jsString(rt.load(c + Code.FILENAME));
    const line = rt.i32[(c + Code.FIRSTLINENO) >> 2];
    return rt.newStr(`<code object ${name} at ${addressText(c)}, file "${file}", line ${line}>`);
  },
  sizeof: (rt, c) => codeSize(codeInfo(rt, c).data.code.length),
  methods: tables.methods,
  getset: [
    ...tables.getset,
    { name: "co_consts", get: field(Code.CONSTS) },
    { name: "co_names", get: field(Code.NAMES) },
    { name: "co_filename", get: field(Code.FILENAME) },
    { name: "co_name", get: field(Code.NAME) },
    { name: "co_qualname", get: field(Code.QUALNAME) },
    { name: "co_flags", get: intField(Code.FLAGS) },
    { name: "co_argcount", get: intField(Code.ARGCOUNT) },
    { name: "co_posonlyargcount", get: intField(Code.POSONLYARGCOUNT) },
    { name: "co_kwonlyargcount", get: intField(Code.KWONLYARGCOUNT) },
    { name: "co_stacksize", get: intField(Code.STACKSIZE) },
    { name: "co_firstlineno", get: intField(Code.FIRSTLINENO) },
    { name: "co_nlocals", get: intField(Code.NLOCALS) },
    { name: "co_varnames", get: (rt, c) => namesOfKind(rt, c, (k) => (k & 0x80) === 0 && ((k & 0x28) !== 0 || (k & 0x40) === 0)) },
    { name: "co_cellvars", get: (rt, c) => namesOfKind(rt, c, (k) => (k & 0x40) !== 0) },
    { name: "co_freevars", get: (rt, c) => namesOfKind(rt, c, (k) => (k & 0x80) !== 0) },
    {
      name: "co_code",
      get: (rt, c) => {
        const units = codeInfo(rt, c).data.code;
        return newBytes(rt, new Uint8Array(units.buffer, units.byteOffset, units.byteLength));
      },
    },
  ],
};

