/**
 * The attribute cache of types (CPython's type version tags and method cache).
 *
 * Looking an attribute up on a type walks the dicts of its MRO; an instance attribute access,
 * a method call or a special-method call does that every time. As in CPython, each type may
 * hold a version tag (Tp.VERSION_TAG, 0 for none), and a global table remembers, for a
 * (version tag, name) pair, what the walk found: the attribute (a borrowed reference, owned by
 * a dict on the MRO) or 0 for "not there".
 *
 * Invariant: a type keeps its tag only while no dict on its MRO and not its MRO itself has
 * changed since the tag was given. Every change of a type's dict after the type was made (a
 * class attribute set or deleted, `__module__`, `__doc__` ...) calls `typeModified`, which
 * takes the tag from the type and from every subclass, recursively, so their cached entries
 * can never match again. Tags come from a counter and are never reused, so an entry of a
 * freed type is simply never found; when the counter wraps, every type loses its tag and the
 * eval loop's inline caches, which hold tags too, are emptied. Builtin types' dicts never change after start-up.
 *
 * Names are compared by identity (attribute names are nearly always interned strs), and an
 * entry owns a reference to its name, as CPython's does: while the entry lives no other str
 * can take the name's address. `clearMethodCache` releases them when the runtime closes.
 */
import type { Runtime } from "./runtime.js";
import { Tp } from "./layout.js";
import { RuntimeLocal } from "./runtime-local.js";
import { forEachSubclass } from "./type-subclasses.js";
import { clearInlineCaches } from "./code.js";

const enum Cache {
  /** Entries (a power of two), as CPython's MCACHE_SIZE_EXP 12. */
  SIZE = 4096,
  MASK = SIZE - 1,
  /** Words per entry: version tag, name, value. */
  STRIDE = 3,
  /** Tags stay below 2^30 so they are small ints to V8; past it the cache starts over. */
  MAX_TAG = 1 << 30,
}

interface MethodCache {
  readonly entries: Int32Array;
  nextTag: number;
}

const methodCaches = new RuntimeLocal<MethodCache>(() => ({ entries: new Int32Array(Cache.SIZE * Cache.STRIDE), nextTag: 1 }));

/**
 * The entry of (tag, name): a multiplicative hash of the tag in 32-bit integer arithmetic
 * (Math.imul: a double product past 2^53 would first be rounded, and converted back), mixed
 * with the name's address.
 */
function slotOf(tag: number, name: number): number {
  return ((Math.imul(tag, 0x9e3779b1 | 0) ^ (name >>> 3)) & Cache.MASK) * Cache.STRIDE;
}

/**
 * typeLookup through the cache: `walk` is the uncached lookup (the MRO walk). Returns what it
 * would return: a borrowed reference, or 0.
 */
export function cachedTypeLookup(rt: Runtime, type: number, name: number, walk: (rt: Runtime, type: number, name: number) => number): number {
  const cache = methodCaches.get(rt);
  const entries = cache.entries;
  let tag = rt.i32[(type + Tp.VERSION_TAG) >> 2];
  if (tag !== 0) {
    const e = slotOf(tag, name);
    if (entries[e] === tag && entries[e + 1] === name) return entries[e + 2];
  }
  const value = walk(rt, type, name);
  if (tag === 0) {
    if (cache.nextTag >= Cache.MAX_TAG) {
      // Forget every entry and start the tags again: no live type may keep an old tag.
      clearMethodCache(rt);
      cache.nextTag = 1;
      clearAllTags(rt);
      clearInlineCaches(rt);
    }
    tag = cache.nextTag++;
    rt.i32[(type + Tp.VERSION_TAG) >> 2] = tag;
  }
  const e = slotOf(tag, name);
  const oldName = entries[e + 1];
  entries[e] = tag;
  entries[e + 1] = name;
  entries[e + 2] = value;
  rt.incref(name);
  if (oldName !== 0) rt.decref(oldName);
  return value;
}

/** Empty the cache, releasing its names (at close, before the strs are torn down). */
export function clearMethodCache(rt: Runtime): void {
  const entries = methodCaches.get(rt).entries;
  for (let e = 0; e < entries.length; e += Cache.STRIDE) {
    const name = entries[e + 1];
    entries[e] = entries[e + 1] = entries[e + 2] = 0;
    if (name !== 0) rt.decref(name);
  }
}

/** PyType_Modified: `type`'s dict or MRO changed; it and its subclasses lose their tags. */
export function typeModified(rt: Runtime, type: number): void {
  if (rt.i32[(type + Tp.VERSION_TAG) >> 2] === 0 && rt.load(type + Tp.SUBCLASSES) === 0) return;
  rt.i32[(type + Tp.VERSION_TAG) >> 2] = 0;
  forEachSubclass(rt, type, (sub) => typeModified(rt, sub));
}

/** Every type loses its tag: the builtin ones and every class, found through the subclass records. */
function clearAllTags(rt: Runtime): void {
  const seen = new Set<number>();
  const visit = (t: number) => {
    if (seen.has(t)) return;
    seen.add(t);
    rt.i32[(t + Tp.VERSION_TAG) >> 2] = 0;
    forEachSubclass(rt, t, visit);
  };
  for (const t of Object.values(rt.T)) visit(t);
  for (const t of Object.values(rt.E)) visit(t);
}
