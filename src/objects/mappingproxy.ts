/**
 * `mappingproxy`: a read-only view of a mapping (CPython 3.11's mappingproxyobject), what
 * `type.__dict__` gives and `types.MappingProxyType` makes.
 *
 *   ┌────────┬──────┬─────────┐
 *   │ refcnt │ type │ mapping │   24 bytes + GC head: getsizeof 40
 *   └────────┴──────┴─────────┘
 *
 * Every read is forwarded to the mapping (`mp[k]`, `len`, `in`, iteration, `get`, `keys`,
 * `values`, `items`, `copy`, `reversed`, comparisons, `str`); nothing writes to it, so
 * `mp[k] = v` is a TypeError and `|=` is refused. `mp | other` unwraps proxies on either side
 * and gives what the mappings' own `|` gives (a new dict for dicts).
 */
import type { Runtime } from "./runtime.js";
import type { BinarySlot, TypeDef } from "./typedef.js";
import { TpFlag } from "./layout.js";
import { BinaryOp } from "../compile/opcodes.js";
import { argSpec, checkArgs, kwCount, arg, parseArgs } from "./args.js";
import { classGetItem } from "./generic-alias.js";
import { binaryOp, callMethod, contains, getItem, getIter, length, reprText, richCompare, str } from "./abstract.js";

export const enum Proxy {
  MAPPING = 16,
  SIZE = 24,
}

/** Can `o` back a mappingproxy (PyMapping_Check, and not a list or tuple)? */
function isProxyableMapping(rt: Runtime, o: number): boolean {
  return rt.slotsOf(o).subscript !== undefined && !rt.hasFlag(o, TpFlag.LIST_SUBCLASS) && !rt.hasFlag(o, TpFlag.TUPLE_SUBCLASS);
}

/** A new mappingproxy over `mapping` (borrowed; the proxy keeps a strong reference). New reference. */
export function newMappingProxy(rt: Runtime, mapping: number): number {
  if (!isProxyableMapping(rt, mapping)) {
    throw rt.raise(rt.E.TypeError, `mappingproxy() argument must be a mapping, not ${rt.typeName(mapping)}`);
  }
  const mp = rt.allocObject(rt.T.mappingproxy, Proxy.SIZE);
  rt.incref(mapping);
  rt.store(mp + Proxy.MAPPING, mapping);
  return mp;
}

/** The mapping behind a proxy (borrowed). */
export function mappingProxyTarget(rt: Runtime, mp: number): number {
  return rt.load(mp + Proxy.MAPPING);
}

const newSpec = argSpec("mappingproxy", ["mapping"]);
const newOut = new Int32Array(1);

function mappingproxyNew(rt: Runtime, _cls: number, args: number, nargs: number, kwnames: number): number {
  parseArgs(rt, newSpec, args, nargs, kwnames, newOut);
  return newMappingProxy(rt, newOut[0]);
}

const target = (rt: Runtime, mp: number) => rt.load(mp + Proxy.MAPPING);

/** get(key, default=None, /): the mapping's own get. */
function mappingproxyGet(rt: Runtime, mp: number, args: number, nargs: number, kwnames: number): number {
  if (kwCount(rt, kwnames) > 0) throw rt.raise(rt.E.TypeError, "mappingproxy.get() takes no keyword arguments");
  checkArgs(rt, "get", nargs, 0, 1, 2);
  return callMethod(rt, target(rt, mp), "get", arg(rt, args, 0), nargs === 2 ? arg(rt, args, 1) : rt.S.None);
}

/** keys(), values(), items(), copy(), __reversed__(): the mapping's method of that name. */
function forwardNoArgs(name: string) {
  const fname = `mappingproxy.${name}`;
  return (rt: Runtime, mp: number, _args: number, nargs: number, kwnames: number): number => {
    checkArgs(rt, fname, nargs, kwnames, 0, 0);
    return callMethod(rt, target(rt, mp), name);
  };
}

const unwrap = (rt: Runtime, o: number) => (rt.isInstance(o, rt.T.mappingproxy) ? target(rt, o) : o);

const proxyOr: BinarySlot = (rt, a, b) => binaryOp(rt, unwrap(rt, a), unwrap(rt, b), BinaryOp.OR);

const proxyInplaceOr: BinarySlot = (rt, a) => {
  throw rt.raise(rt.E.TypeError, `'|=' is not supported by ${rt.typeName(a)}; use '|' instead`);
};

const proxyNb: (BinarySlot | undefined)[] = [];
proxyNb[BinaryOp.OR] = proxyOr;
const proxyNbInplace: (BinarySlot | undefined)[] = [];
proxyNbInplace[BinaryOp.OR] = proxyInplaceOr;

function mappingproxyDealloc(rt: Runtime, mp: number): void {
  const mapping = rt.load(mp + Proxy.MAPPING);
  rt.freeObject(mp);
  rt.decref(mapping);
}

export const mappingproxyType: TypeDef = {
  name: "mappingproxy",
  basicsize: Proxy.SIZE,
  itemsize: 0,
  flags: TpFlag.HAVE_GC | TpFlag.MAPPING,
  dealloc: mappingproxyDealloc,
  traverse: (rt, mp, visit) => visit(rt.load(mp + Proxy.MAPPING)),
  new: mappingproxyNew,
  repr: (rt, mp) => rt.newStr(`mappingproxy(${reprText(rt, target(rt, mp))})`),
  str: (rt, mp) => str(rt, target(rt, mp)),
  unhashable: true,
  richcompare: (rt, mp, other, op) => richCompare(rt, target(rt, mp), other, op),
  iter: (rt, mp) => getIter(rt, target(rt, mp)),
  length: (rt, mp) => length(rt, target(rt, mp)),
  subscript: (rt, mp, key) => getItem(rt, target(rt, mp), key),
  contains: (rt, mp, key) => contains(rt, target(rt, mp), key),
  nb: proxyNb,
  nbInplace: proxyNbInplace,
  methods: [
    { name: "get", fn: mappingproxyGet, doc: "D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None." },
    { name: "keys", fn: forwardNoArgs("keys"), doc: "D.keys() -> a set-like object providing a view on D's keys" },
    { name: "values", fn: forwardNoArgs("values"), doc: "D.values() -> an object providing a view on D's values" },
    { name: "items", fn: forwardNoArgs("items"), doc: "D.items() -> a set-like object providing a view on D's items" },
    { name: "copy", fn: forwardNoArgs("copy"), doc: "D.copy() -> a shallow copy of D" },
    { name: "__reversed__", fn: forwardNoArgs("__reversed__"), doc: "D.__reversed__() -> reverse iterator" },
    { name: "__class_getitem__", fn: classGetItem("mappingproxy"), classMethod: true, doc: "See PEP 585" },
  ],
};
