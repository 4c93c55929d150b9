/**
 * `types.GenericAlias`: what `list[int]` gives (PEP 585), CPython 3.11's gaobject.
 *
 *   ┌────────┬──────┬────────┬──────┬────────────┬─────────────┬─────────┬────────────┐
 *   │ refcnt │ type │ origin │ args │ parameters │ weakreflist │ starred │ vectorcall │
 *   └────────┴──────┴────────┴──────┴────────────┴─────────────┴─────────┴────────────┘
 *    0        8      16       24     32           40            48        56     64 bytes + GC head
 *
 * `args` is always a tuple; `parameters` is computed on first use of `__parameters__` (0 until
 * then): the type variables among the arguments, i.e. the arguments that have a
 * `__typing_subst__` attribute, and the `__parameters__` of arguments that have them. Without
 * a `typing` module nothing defines `__typing_subst__`, so it is usually empty.
 *
 * Attribute lookups other than the alias's own attributes (`__origin__`, `__args__`, ...) go to
 * the origin, so `list[int].append is list.append`. Calling the alias calls the origin and then
 * tries to set `__orig_class__` on the result (quietly giving up when it cannot).
 * Not implemented: substitution of type variables (`alias[int]` with parameters), the starred
 * form `*tuple[int]`, and `|` (types.UnionType).
 */
import type { Runtime } from "./runtime.js";
import type { TypeDef } from "./typedef.js";
import { TpFlag } from "./layout.js";
import { PY_RAISED } from "./errors.js";
import { CompareOp } from "../compile/opcodes.js";
import { argSpec, arg, checkArgs, kwCount, parseArgs } from "./args.js";
import { call, getAttr, lookupAttr, reprText, richCompareBool, setAttr, strText } from "./abstract.js";
import { genericGetAttr } from "./object.js";
import { newTuple, notImplemented, tupleItem, tupleSetItem, tupleSize, hashWords, hashOut, foldHash64 } from "./tuple.js";
import { dirOf } from "./dir.js";
import { listAppend, listItem, listSize } from "./list.js";

export const enum Alias {
  ORIGIN = 16,
  ARGS = 24,
  PARAMETERS = 32,
  WEAKREFLIST = 40,
  STARRED = 48,
  VECTORCALL = 56,
  SIZE = 64,
}

/** The names an alias answers itself; every other attribute is looked up on the origin. */
const OWN_ATTRIBUTES = [
  "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__", "__typing_unpacked_tuple_args__",
  "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__",
];

/** A new alias of `cls` (GenericAlias or a subclass); origin and args borrowed. New reference. */
function allocAlias(rt: Runtime, cls: number, origin: number, args: number): number {
  let argsTuple: number;
  if (rt.isInstance(args, rt.T.tuple)) {
    rt.incref(args);
    argsTuple = args;
  } else {
    argsTuple = newTuple(rt, 1);
    rt.incref(args);
    tupleSetItem(rt, argsTuple, 0, args);
  }
  let ga: number;
  try {
    ga = rt.allocObject(cls, Alias.SIZE);
  } catch (e) {
    rt.decref(argsTuple);
    throw e;
  }
  rt.incref(origin);
  rt.store(ga + Alias.ORIGIN, origin);
  rt.store(ga + Alias.ARGS, argsTuple);
  rt.store(ga + Alias.PARAMETERS, 0);
  rt.store(ga + Alias.WEAKREFLIST, 0);
  rt.store(ga + Alias.STARRED, 0);
  rt.store(ga + Alias.VECTORCALL, 0);
  return ga;
}

/** Py_GenericAlias(origin, args): `origin[args]` (both borrowed). New reference. */
export function newGenericAlias(rt: Runtime, origin: number, args: number): number {
  return allocAlias(rt, rt.T.GenericAlias, origin, args);
}

/**
 * `__class_getitem__` for list, tuple, dict, set, frozenset: a class method. The types list it
 * as `{ name: "__class_getitem__", fn: classGetItem("list"), classMethod: true, doc: "See PEP 585" }`
 * (a function declaration whose body runs only at call time, so the import cycle through those
 * files is harmless).
 */
export function classGetItem(typeName: string) {
  const fname = `${typeName}.__class_getitem__`;
  return (rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number => {
    checkArgs(rt, fname, nargs, kwnames, 1, 1);
    return newGenericAlias(rt, cls, arg(rt, args, 0));
  };
}

const field = (rt: Runtime, ga: number, offset: Alias) => rt.load(ga + offset);

// ── repr ────────────────────────────────────────────────────────────────────────────────

/** Whether `o` has attribute `name` (AttributeError counts as no). */
function hasAttr(rt: Runtime, o: number, name: string): boolean {
  const v = lookupAttr(rt, o, rt.identifier(name));
  if (v === 0) return false;
  rt.decref(v);
  return true;
}

/**
 * How an alias shows one of its items: `...` for Ellipsis, the repr of anything that looks
 * like an alias (has `__origin__` and `__args__`), `qualname` for a builtins class,
 * `module.qualname` for another class or function, and the repr of everything else.
 */
function itemText(rt: Runtime, p: number): string {
  if (p === rt.S.Ellipsis) return "...";
  if (hasAttr(rt, p, "__origin__") && hasAttr(rt, p, "__args__")) return reprText(rt, p);
  const qualname = lookupAttr(rt, p, rt.identifier("__qualname__"));
  if (qualname === 0) return reprText(rt, p);
  try {
    const module = lookupAttr(rt, p, rt.identifier("__module__"));
    if (module === 0 || module === rt.S.None) {
      if (module !== 0) rt.decref(module);
      return reprText(rt, p);
    }
    try {
      const q = strText(rt, qualname);
      if (rt.typeOf(module) === rt.T.str && rt.jsString(module) === "builtins") return q;
      return `${strText(rt, module)}.${q}`;
    } finally {
      rt.decref(module);
    }
  } finally {
    rt.decref(qualname);
  }
}

function aliasReprText(rt: Runtime, ga: number): string {
  const args = field(rt, ga, Alias.ARGS);
  const n = tupleSize(rt, args);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(itemText(rt, tupleItem(rt, args, i)));
  const star = rt.load(ga + Alias.STARRED) !== 0 ? "*" : "";
  return `${star}${itemText(rt, field(rt, ga, Alias.ORIGIN))}[${n === 0 ? "()" : parts.join(", ")}]`;
}

// ── parameters ─────────────────────────────────────────────────────────────────────────

/** _Py_make_parameters: the type variables of `args`, each once, in order. New tuple. */
function makeParameters(rt: Runtime, args: number): number {
  const found: number[] = [];
  const addOnce = (p: number) => {
    for (const q of found) if (q === p) return;
    found.push(p);
  };
  const n = tupleSize(rt, args);
  for (let i = 0; i < n; i++) {
    const t = tupleItem(rt, args, i);
    // A class with __typing_subst__ is not a type variable (CPython checks PyType_Check first).
    if (rt.typeFlags(rt.typeOf(t)) & TpFlag.TYPE_SUBCLASS) continue;
    if (hasAttr(rt, t, "__typing_subst__")) {
      addOnce(t);
      continue;
    }
    const sub = lookupAttr(rt, t, rt.identifier("__parameters__"));
    if (sub === 0) continue;
    try {
      if (rt.isInstance(sub, rt.T.tuple)) {
        const m = tupleSize(rt, sub);
        for (let j = 0; j < m; j++) addOnce(tupleItem(rt, sub, j));
      }
    } finally {
      rt.decref(sub);
    }
  }
  const result = newTuple(rt, found.length);
  found.forEach((p, i) => {
    rt.incref(p);
    tupleSetItem(rt, result, i, p);
  });
  return result;
}

function parametersOf(rt: Runtime, ga: number): number {
  let params = field(rt, ga, Alias.PARAMETERS);
  if (params === 0) {
    params = makeParameters(rt, field(rt, ga, Alias.ARGS));
    rt.store(ga + Alias.PARAMETERS, params);
  }
  rt.incref(params);
  return params;
}

// ── slots ──────────────────────────────────────────────────────────────────────────────

function aliasDealloc(rt: Runtime, ga: number): void {
  const origin = field(rt, ga, Alias.ORIGIN);
  const args = field(rt, ga, Alias.ARGS);
  const params = field(rt, ga, Alias.PARAMETERS);
  rt.freeObject(ga);
  rt.xdecref(origin);
  rt.xdecref(args);
  rt.xdecref(params);
}

function aliasTraverse(rt: Runtime, ga: number, visit: (child: number) => void): void {
  for (const offset of [Alias.ORIGIN, Alias.ARGS, Alias.PARAMETERS]) {
    const v = field(rt, ga, offset);
    if (v !== 0) visit(v);
  }
}

function aliasClear(rt: Runtime, ga: number): void {
  for (const offset of [Alias.ORIGIN, Alias.ARGS, Alias.PARAMETERS]) {
    const v = field(rt, ga, offset);
    rt.store(ga + offset, 0);
    rt.xdecref(v);
  }
}

function aliasGetAttr(rt: Runtime, ga: number, name: number): number {
  const text = rt.jsString(name);
  if (OWN_ATTRIBUTES.includes(text)) return genericGetAttr(rt, ga, name);
  return getAttr(rt, field(rt, ga, Alias.ORIGIN), name);
}

const isAlias = (rt: Runtime, o: number) => rt.isInstance(o, rt.T.GenericAlias);

function aliasRichcompare(rt: Runtime, a: number, b: number, op: number): number {
  if (!isAlias(rt, a) || !isAlias(rt, b) || (op !== CompareOp.EQ && op !== CompareOp.NE)) return notImplemented(rt);
  let equal = (rt.load(a + Alias.STARRED) !== 0) === (rt.load(b + Alias.STARRED) !== 0);
  equal &&= richCompareBool(rt, field(rt, a, Alias.ORIGIN), field(rt, b, Alias.ORIGIN), CompareOp.EQ);
  equal &&= richCompareBool(rt, field(rt, a, Alias.ARGS), field(rt, b, Alias.ARGS), CompareOp.EQ);
  const result = equal === (op === CompareOp.EQ) ? rt.S.True : rt.S.False;
  rt.incref(result);
  return result;
}

/** hash(origin) ^ hash(args), on the 64-bit hashes. */
function aliasHash(rt: Runtime, ga: number): number {
  hashWords(rt, field(rt, ga, Alias.ORIGIN));
  const lo = hashOut[0];
  const hi = hashOut[1];
  hashWords(rt, field(rt, ga, Alias.ARGS));
  return foldHash64(hi ^ hashOut[1], lo ^ hashOut[0]);
}

/** alias(*args, **kwargs): origin(*args, **kwargs), then `result.__orig_class__ = alias` if possible. */
function aliasCall(rt: Runtime, ga: number, args: number, nargs: number, kwnames: number): number {
  const obj = call(rt, field(rt, ga, Alias.ORIGIN), args, nargs, kwnames);
  try {
    setAttr(rt, obj, rt.identifier("__orig_class__"), ga);
  } catch (e) {
    if (e !== PY_RAISED || !(rt.exceptionMatches(rt.E.AttributeError) || rt.exceptionMatches(rt.E.TypeError))) {
      rt.decref(obj);
      throw e;
    }
    rt.setException(0);
  }
  return obj;
}

function aliasSubscript(rt: Runtime, ga: number, _key: number): number {
  const params = parametersOf(rt, ga);
  const n = tupleSize(rt, params);
  rt.decref(params);
  if (n === 0) throw rt.raise(rt.E.TypeError, `${aliasReprText(rt, ga)} is not a generic class`);
  throw rt.raise(rt.E.NotImplementedError, "substituting the type variables of a GenericAlias is not supported yet");
}

const newSpec = argSpec("GenericAlias", ["origin", "args"]);
const newOut = new Int32Array(2);

function aliasNew(rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number {
  if (kwCount(rt, kwnames) > 0 && cls === rt.T.GenericAlias) throw rt.raise(rt.E.TypeError, "GenericAlias() takes no keyword arguments");
  if (nargs !== 2) throw rt.raise(rt.E.TypeError, `GenericAlias expected 2 arguments, got ${nargs}`);
  parseArgs(rt, newSpec, args, nargs, 0, newOut);
  return allocAlias(rt, cls, newOut[0], newOut[1]);
}

// ── methods and attributes ──────────────────────────────────────────────────────────────

function mroEntries(rt: Runtime, ga: number, _args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "GenericAlias.__mro_entries__", nargs, kwnames, 1, 1);
  const t = newTuple(rt, 1);
  const origin = field(rt, ga, Alias.ORIGIN);
  rt.incref(origin);
  tupleSetItem(rt, t, 0, origin);
  return t;
}

function refusedCheck(rt: Runtime, _ga: number, _args: number, nargs: number, kwnames: number, what: string): never {
  checkArgs(rt, `__${what}check__`, nargs, kwnames, 1, 1);
  throw rt.raise(rt.E.TypeError, `${what}() argument 2 cannot be a parameterized generic`);
}

/** (type(alias), (origin, args)). */
function aliasReduce(rt: Runtime, ga: number, _args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "GenericAlias.__reduce__", nargs, kwnames, 0, 0);
  const inner = newTuple(rt, 2);
  for (const [i, offset] of [[0, Alias.ORIGIN], [1, Alias.ARGS]] as const) {
    const v = field(rt, ga, offset);
    rt.incref(v);
    tupleSetItem(rt, inner, i, v);
  }
  const outer = newTuple(rt, 2);
  const type = rt.typeOf(ga);
  rt.incref(type);
  tupleSetItem(rt, outer, 0, type);
  tupleSetItem(rt, outer, 1, inner);
  return outer;
}

/** dir(origin) plus the alias's own attribute names. */
function aliasDir(rt: Runtime, ga: number, _args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "__dir__", nargs, kwnames, 0, 0);
  const names = dirOf(rt, field(rt, ga, Alias.ORIGIN));
  try {
    const present = new Set<string>();
    const n = listSize(rt, names);
    for (let i = 0; i < n; i++) present.add(rt.jsString(listItem(rt, names, i)));
    for (const name of OWN_ATTRIBUTES) {
      if (!present.has(name)) listAppend(rt, names, rt.identifier(name));
    }
  } catch (e) {
    rt.decref(names);
    throw e;
  }
  return names;
}

function getter(offset: Alias) {
  return (rt: Runtime, ga: number): number => {
    const v = field(rt, ga, offset);
    rt.incref(v);
    return v;
  };
}

export const genericAliasType: TypeDef = {
  name: "types.GenericAlias",
  basicsize: Alias.SIZE,
  itemsize: 0,
  flags: TpFlag.HAVE_GC | TpFlag.BASETYPE,
  doc: "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).",
  dealloc: aliasDealloc,
  traverse: aliasTraverse,
  clear: aliasClear,
  repr: (rt, ga) => rt.newStr(aliasReprText(rt, ga)),
  hash: aliasHash,
  richcompare: aliasRichcompare,
  getattro: aliasGetAttr,
  call: aliasCall,
  subscript: aliasSubscript,
  new: aliasNew,
  methods: [
    { name: "__mro_entries__", fn: mroEntries },
    { name: "__instancecheck__", fn: (rt, ga, args, nargs, kw) => refusedCheck(rt, ga, args, nargs, kw, "isinstance") },
    { name: "__subclasscheck__", fn: (rt, ga, args, nargs, kw) => refusedCheck(rt, ga, args, nargs, kw, "issubclass") },
    { name: "__reduce__", fn: aliasReduce },
    { name: "__dir__", fn: aliasDir },
  ],
  getset: [
    { name: "__origin__", get: getter(Alias.ORIGIN) },
    { name: "__args__", get: getter(Alias.ARGS) },
    { name: "__parameters__", get: parametersOf, doc: "Type variables in the GenericAlias." },
    {
      name: "__unpacked__",
      get: (rt, ga) => {
        const v = rt.load(ga + Alias.STARRED) !== 0 ? rt.S.True : rt.S.False;
        rt.incref(v);
        return v;
      },
    },
    {
      name: "__typing_unpacked_tuple_args__",
      get: (rt, ga) => {
        const args = field(rt, ga, Alias.ARGS);
        const v = rt.load(ga + Alias.STARRED) !== 0 && field(rt, ga, Alias.ORIGIN) === rt.T.tuple ? args : rt.S.None;
        rt.incref(v);
        return v;
      },
    },
  ],
};
