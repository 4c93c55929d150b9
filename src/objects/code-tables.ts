/**
 * The code object's tables as CPython 3.11 exposes them to Python: `co_lines()`,
 * `co_positions()`, `co_exceptiontable` and `_varname_from_oparg()`, which `dis` reads.
 *
 * glasspy keeps positions and the exception table as compiler output beside the code object
 * (`CodeInfo`, see code.ts); these are built from it on demand. Offsets are glasspy's: there
 * are no CACHE entries, so a range covers an instruction and its EXTENDED_ARG prefixes only.
 *
 * - `co_lines()` yields `(start, end, line)` per instruction, in bytes, `line` None for an
 *   instruction without a line — as CPython 3.11, whose location table has one entry per
 *   instruction (prefixes and caches included) and which does not merge equal lines.
 * - `co_positions()` yields `(line, end_line, col, end_col)` per code unit, None where unknown.
 * - `co_exceptiontable` is CPython's varint encoding (Objects/exception_handling_notes.txt):
 *   per entry start, length, target (code units) and `depth << 1 | lasti`; a value is written
 *   in 6-bit groups, most significant first, 0x40 on every group but the last, 0x80 on the
 *   first byte of an entry.
 */
import type { Runtime } from "./runtime.js";
import type { GetSetDef, MethodDef } from "./typedef.js";
import type { CodeInfo } from "./code.js";
import { Op } from "../compile/opcodes.js";
import { newTuple, tupleSetItem } from "./tuple.js";
import { newInt } from "./int.js";
import { newBytes } from "./bytes.js";
import { getIter } from "./abstract.js";
import { asCInt } from "../modules/builtins-numeric.js";
import { checkArgs, arg } from "./args.js";

/** A position field as a Python object: None when the compiler recorded none (negative). */
function optionalInt(rt: Runtime, v: number): number {
  if (v < 0) {
    rt.incref(rt.S.None);
    return rt.S.None;
  }
  return newInt(rt, v);
}

/** A tuple of new references, released here into the tuple. */
function tupleOf(rt: Runtime, items: readonly number[]): number {
  const t = newTuple(rt, items.length);
  items.forEach((item, i) => tupleSetItem(rt, t, i, item));
  return t;
}

/** An iterator over a tuple of rows built by `row` (new reference). */
function iterateRows(rt: Runtime, count: number, row: (i: number) => number): number {
  const t = newTuple(rt, count);
  try {
    for (let i = 0; i < count; i++) tupleSetItem(rt, t, i, row(i));
    return getIter(rt, t);
  } finally {
    rt.decref(t);
  }
}

/** Instruction boundaries: [start, end) in code units, EXTENDED_ARG prefixes joined to their instruction. */
export function instructionRanges(code: Uint16Array): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  for (let pc = 0; pc < code.length; pc++) {
    if ((code[pc] & 0xff) === Op.EXTENDED_ARG) continue;
    ranges.push([start, pc + 1]);
    start = pc + 1;
  }
  return ranges;
}

function coLines(rt: Runtime, info: CodeInfo): number {
  const ranges = instructionRanges(info.data.code);
  return iterateRows(rt, ranges.length, (i) => {
    const [start, end] = ranges[i];
    const line = info.positions[(end - 1) * 4];
    return tupleOf(rt, [newInt(rt, start * 2), newInt(rt, end * 2), optionalInt(rt, line)]);
  });
}

function coPositions(rt: Runtime, info: CodeInfo): number {
  const p = info.positions;
  return iterateRows(rt, info.data.code.length, (pc) =>
    tupleOf(rt, [optionalInt(rt, p[pc * 4]), optionalInt(rt, p[pc * 4 + 1]), optionalInt(rt, p[pc * 4 + 2]), optionalInt(rt, p[pc * 4 + 3])]),
  );
}

/** CPython's exception table bytes for `info`'s entries. */
export function encodeExceptionTable(info: CodeInfo): Uint8Array {
  const out: number[] = [];
  const put = (value: number, first: boolean) => {
    const groups: number[] = [];
    do {
      groups.unshift(value & 0x3f);
      value >>>= 6;
    } while (value > 0);
    groups.forEach((g, i) => out.push(g | (i < groups.length - 1 ? 0x40 : 0) | (first && i === 0 ? 0x80 : 0)));
  };
  for (const e of info.exceptionTable) {
    put(e.start, true);
    put(e.end - e.start, false);
    put(e.target, false);
    put((e.depth << 1) | (e.lasti ? 1 : 0), false);
  }
  return Uint8Array.from(out);
}

/** The extra code attributes; `infoOf` finds a code object's CodeInfo. */
export function codeTableAttributes(infoOf: (rt: Runtime, c: number) => CodeInfo): { getset: GetSetDef[]; methods: MethodDef[] } {
  return {
    getset: [{ name: "co_exceptiontable", get: (rt, c) => newBytes(rt, encodeExceptionTable(infoOf(rt, c))) }],
    methods: [
      {
        name: "co_lines",
        fn: (rt, c, _args, nargs, kwnames) => {
          checkArgs(rt, "code.co_lines", nargs, kwnames, 0, 0);
          return coLines(rt, infoOf(rt, c));
        },
      },
      {
        name: "co_positions",
        fn: (rt, c, _args, nargs, kwnames) => {
          checkArgs(rt, "code.co_positions", nargs, kwnames, 0, 0);
          return coPositions(rt, infoOf(rt, c));
        },
      },
      {
        // dis's way to name the local of LOAD_FAST/LOAD_DEREF & co.: an index into localsplus.
        name: "_varname_from_oparg",
        fn: (rt, c, args, nargs, kwnames) => {
          checkArgs(rt, "_varname_from_oparg", nargs, kwnames, 1, 1);
          const names = infoOf(rt, c).localNames;
          const i = asCInt(rt, arg(rt, args, 0));
          if (i < 0 || i >= names.length) throw rt.raise(rt.E.IndexError, "tuple index out of range");
          return rt.intern(names[i]);
        },
      },
    ],
  };
}
