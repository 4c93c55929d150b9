/**
 * Struct sequences: tuples whose items also have names (CPython's PyStructSequence), such as
 * `sys.version_info`, `sys.float_info` and `time.struct_time`.
 *
 * A struct sequence is an ordinary tuple in memory (header, ob_size, items: tuple.ts's layout)
 * whose type is a subclass of tuple with one read-only attribute per field. Everything tuple
 * does (len, indexing, slicing, comparison, hashing, iteration) works unchanged; the type adds
 * the attribute names, a repr that shows them (`sys.version_info(major=3, minor=11, ...)`) and
 * a constructor from a sequence of exactly the right length.
 *
 * The types are static builtin types declared here as data (`structSeqTypes`) and registered in
 * builtin-types.ts. `newStructSeq` falls back to a plain tuple when a type is not registered,
 * so a module that uses one keeps working (without the names).
 */
import type { Runtime } from "./runtime.js";
import type { GetSetDef, TypeDef } from "./typedef.js";
import { Ob, TpFlag } from "./layout.js";
import { InternalError } from "./errors.js";
import { Tuple, tupleFromIterable, tupleItem, tupleSize } from "./tuple.js";
import { reprText } from "./abstract.js";
import { arg, checkArgs } from "./args.js";

/** The field names of each struct sequence, by tp_name. */
const fieldTables = {
  "sys.version_info": ["major", "minor", "micro", "releaselevel", "serial"],
  "sys.int_info": ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"],
  "sys.float_info": ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"],
  "sys.hash_info": ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"],
  "time.struct_time": ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"],
} as const;

export type StructSeqName = keyof typeof fieldTables;

/**
 * Fields CPython keeps beyond the sequence ones (struct_time's tm_zone and tm_gmtoff): the
 * constructor accepts them; glasspy does not keep them.
 */
const hiddenFields: Record<string, number> = { "time.struct_time": 2 };

/** The builtin-types.ts key of each struct sequence type. */
const registryKeys: Record<StructSeqName, string> = {
  "sys.version_info": "sys_version_info",
  "sys.int_info": "sys_int_info",
  "sys.float_info": "sys_float_info",
  "sys.hash_info": "sys_hash_info",
  "time.struct_time": "time_struct_time",
};

function fieldNames(rt: Runtime, o: number): readonly string[] {
  const names = (fieldTables as Record<string, readonly string[]>)[rt.typeName(o)];
  if (names === undefined) throw new InternalError(`${rt.typeName(o)} is not a struct sequence`);
  return names;
}

/** `sys.version_info(major=3, minor=11, ...)`. */
function structSeqRepr(rt: Runtime, o: number): number {
  const names = fieldNames(rt, o);
  const n = Math.min(names.length, tupleSize(rt, o));
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(`${names[i]}=${reprText(rt, tupleItem(rt, o, i))}`);
  return rt.newStr(`${rt.typeName(o)}(${parts.join(", ")})`);
}

/** A struct sequence of `cls` holding the first `n` items of the tuple `t` (borrowed). New reference. */
function fromTuple(rt: Runtime, cls: number, t: number, n = tupleSize(rt, t)): number {
  const o = rt.allocObject(cls, Tuple.ITEMS + 8 * n);
  rt.store(o + Ob.SIZE, n);
  for (let i = 0; i < n; i++) {
    const v = tupleItem(rt, t, i);
    rt.incref(v);
    rt.store(o + Tuple.ITEMS + 8 * i, v);
  }
  return o;
}

/** cls(sequence): exactly as many items as the type has fields. */
function structSeqNew(rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number {
  const name = rt.typeNameOf(cls);
  checkArgs(rt, name, nargs, kwnames, 1, 1);
  const t = tupleFromIterable(rt, arg(rt, args, 0));
  try {
    const min = (fieldTables as Record<string, readonly string[]>)[name].length;
    const max = min + (hiddenFields[name] ?? 0);
    const n = tupleSize(rt, t);
    if (n < min || n > max) {
      const how = min === max ? `a ${min}` : n < min ? `an at least ${min}` : `an at most ${max}`;
      throw rt.raise(rt.E.TypeError, `${name}() takes ${how}-sequence (${n}-sequence given)`);
    }
    return fromTuple(rt, cls, t, min);
  } finally {
    rt.decref(t);
  }
}

function fieldGetters(names: readonly string[]): GetSetDef[] {
  return names.map((name, i) => ({
    name,
    get: (rt: Runtime, o: number) => {
      const v = tupleItem(rt, o, i);
      rt.incref(v);
      return v;
    },
  }));
}

function structSeqType(name: StructSeqName, doc: string): TypeDef {
  return {
    name,
    basicsize: Tuple.ITEMS,
    itemsize: 8,
    flags: TpFlag.HAVE_GC | TpFlag.TUPLE_SUBCLASS,
    base: "tuple",
    doc,
    // The tuple's dealloc frees items and block; the remaining slots are inherited from tuple.
    dealloc: (rt, o) => {
      for (let i = tupleSize(rt, o) - 1; i >= 0; i--) {
        const v = tupleItem(rt, o, i);
        if (v !== 0) rt.decref(v);
      }
      rt.freeObject(o);
    },
    repr: structSeqRepr,
    new: structSeqNew,
    getset: fieldGetters(fieldTables[name]),
  };
}

/** The struct sequence types, keyed as builtin-types.ts registers them. */
export const structSeqTypes = {
  sys_version_info: structSeqType("sys.version_info", "sys.version_info\n\nVersion information as a named tuple."),
  sys_int_info: structSeqType("sys.int_info", "sys.int_info\n\nA named tuple that holds information about Python's\ninternal representation of integers."),
  sys_float_info: structSeqType("sys.float_info", "sys.float_info\n\nA named tuple holding information about the float type."),
  sys_hash_info: structSeqType("sys.hash_info", "hash_info\n\nA named tuple providing parameters used for computing\nhashes."),
  time_struct_time: structSeqType("time.struct_time", "The time value as returned by gmtime(), localtime(), and strptime()."),
} satisfies Record<string, TypeDef>;

/** The type object of the struct sequence `name` (borrowed), or 0 when it is not registered. */
export function structSeqTypeOf(rt: Runtime, name: StructSeqName): number {
  return (rt.T as unknown as Record<string, number | undefined>)[registryKeys[name]] ?? 0;
}

/**
 * A new struct sequence of the type `name` from a tuple of its values (`t`, consumed). When the
 * type is not registered, `t` itself is returned: a plain tuple with the same items.
 */
export function newStructSeq(rt: Runtime, name: StructSeqName, t: number): number {
  const type = structSeqTypeOf(rt, name);
  if (type === 0) return t;
  try {
    return fromTuple(rt, type, t);
  } finally {
    rt.decref(t);
  }
}
