/**
 * Inline caches of the eval loop: what an instruction found the last times it ran, so that
 * running it again on the same kind of operand skips the lookups (CPython 3.11 keeps such
 * entries in CACHE code units after the instruction; glasspy's bytecode has none, so they live
 * beside the code, in CodeInfo.inlineCache).
 *
 * A code's cache is an Int32Array of IC.STRIDE words per code unit, made when an instruction
 * of the code first uses it; the words of unit k (the unit of the instruction's opcode, after
 * any EXTENDED_ARG) start at k << IC.SHIFT. All zeros means "nothing cached". What the words
 * hold depends on the instruction:
 *
 *   LOAD_GLOBAL   globals' version tag, builtins' version tag, value (borrowed: it stays alive
 *                 in its dict while neither dict changes); then, for the cases loadGlobalMiss
 *                 takes, the entry it was found in: [globals' keys version, builtins' keys
 *                 version or 0, offset] at words 3-5 (CPython's LOAD_GLOBAL_MODULE and
 *                 LOAD_GLOBAL_BUILTIN): the name's entry in the globals' keys table (builtins'
 *                 version 0) or, absent there, in the builtins' table, the offset that of the
 *                 entry's value word from the table's start. While the table(s) keep those
 *                 versions (dk_version: no key added, deleted or moved since), the value is read
 *                 from the entry, so that storing a value in the globals (a module's loop,
 *                 `global n; n += 1`), which changes the dict's version tag, costs a miss only
 *                 that reading, not a lookup.
 *   LOAD_ATTR,    two entries, most recent first: [tag, index] at 0 and at 2. `tag` is the
 *   STORE_ATTR    version tag (method-cache.ts) of a class whose instances keep the attribute
 *                 as an inline value, and `index` (>= 0) the attribute's entry in the class's
 *                 shared keys (CPython's LOAD_ATTR_INSTANCE_VALUE and
 *                 STORE_ATTR_INSTANCE_VALUE); or the tag of a class on whose MRO the name is a
 *                 `__slots__` member descriptor, and `index` minus the member's byte offset in
 *                 the instance (< 0; CPython's LOAD_ATTR_SLOT and STORE_ATTR_SLOT).
 *   LOAD_METHOD   two entries: [tag, method, keys] at 0 and at 3. `method` (borrowed, held by
 *                 a dict on the class's MRO while the tag lasts) is a function or method
 *                 descriptor found on the class; `keys` is -1 when the class's instances have
 *                 no dict at all (LOAD_METHOD_NO_DICT), else the number of entries the class's
 *                 shared keys had when the name was not among them: while the count is the
 *                 same, an instance with inline values cannot shadow the method
 *                 (LOAD_METHOD_WITH_VALUES); or, for a class as the owner, the class's
 *                 own tag, a function on its MRO and IC.CLASS (LOAD_METHOD_CLASS;
 *                 loadMethodMiss checks these).
 *   (any)         words 6 and 7 of a loop head's unit: the compiled tier's count of the
 *                 backward jumps to it and its compiled loop's place (src/jit/tier.ts).
 *
 * Why an entry stays right: a class keeps its version tag only while no dict on its MRO (and
 * not the MRO) has changed, and any change of a class's getattro or setattro slot is a change
 * of its dict; tags are never reused, except when the tag counter wraps, and then every
 * inline cache is emptied (method-cache.ts calls code.ts's `clearInlineCaches`). An entry is made only
 * when the class's lookup found nothing for the name (attributes) or a method (LOAD_METHOD),
 * and its instances use the generic getattro/setattro. A shared-keys entry number never
 * changes, and every values array has room for every entry number of its class's keys
 * (dict-values.ts). The loop still checks, at every use, that the instance has its inline
 * values (no dict was made from them) and, for a load, that the value is there. A slot entry
 * is made only when the instance's class is the member's class or a subclass of it (so the
 * descriptor's own check would pass); a member descriptor is a data descriptor, so no
 * instance dict can shadow it, and a load still checks that the slot is not empty.
 */
import type { Runtime } from "../objects/runtime.js";
import { ManagedDict, Tp, TpFlag } from "../objects/layout.js";
import { codeInfo } from "../objects/code.js";
import { typeLookup } from "../objects/typeobject.js";
import { genericGetAttr, genericSetAttr } from "../objects/object.js";
import { cachedKeys } from "../objects/instance-dict.js";
import { Keys, UEntry, keysEntries, keysVersionForCurrentState } from "../objects/dict-keys.js";
import { Dict } from "../objects/dict.js";
import { dictLookupStr, strKeyEntry } from "../objects/dict-lookup.js";
import { strHash } from "../objects/str-object.js";
import { hashHi } from "../objects/tuple.js";
import { getAttr, setAttr } from "../objects/abstract.js";
import { getMethod, loadGlobal } from "./eval-helpers.js";
import { Member, memberOffset } from "../objects/member-descriptor.js";
import { countBoundMethod, Super, superLoadMethod } from "../objects/super.js";

export const enum IC {
  /** Words per code unit. */
  STRIDE = 8,
  /** log2(STRIDE): unit k's words start at k << SHIFT. */
  SHIFT = 3,
  /** LOAD_ATTR and STORE_ATTR: words per entry; the second entry starts here. */
  ATTR_ENTRY = 2,
  /** LOAD_METHOD: words per entry; the second entry starts here. */
  METHOD_ENTRY = 3,
  /** LOAD_METHOD's `keys` word for a class whose instances have no dict. */
  NO_DICT = -1,
  /**
   * LOAD_METHOD's `keys` word of an entry for a class as the owner (its own tag, not its
   * metaclass's): the loop's check never takes it, loadMethodMiss does.
   */
  CLASS = -2,
  /** LOAD_METHOD's `keys` word of a super object's entry (superMethodMiss), four words long. */
  SUPER = -3,
}

const enum Layout {
  TYPE = 8,
}

/** The inline cache of `code` (see the file comment), made on first use. */
export function inlineCacheOf(rt: Runtime, code: number): Int32Array {
  const info = codeInfo(rt, code);
  let cache = info.inlineCache;
  if (cache === undefined) info.inlineCache = cache = new Int32Array(info.data.code.length << IC.SHIFT);
  return cache;
}

/** The entry number of exact-str `name` in the shared keys `keys`, or -1. */
function sharedKeysIndex(rt: Runtime, keys: number, name: number): number {
  const h = strHash(rt, name);
  return dictLookupStr(rt, keys, name, h | 0, hashHi(h));
}

/**
 * The version tag of owner's class when the class's instances keep `name` as an inline value
 * that no class attribute can override (the lookup on the class finds nothing) and `slot` is
 * the class's attribute slot; else 0. `index` receives the shared-keys entry number.
 */
function instanceValueTag(rt: Runtime, owner: number, name: number, generic: boolean, out: Int32Array): number {
  const i32 = rt.i32;
  const type = i32[(owner + Layout.TYPE) >> 2];
  if ((i32[(type + Tp.FLAGS) >> 2] & TpFlag.MANAGED_DICT) === 0 || !generic) return 0;
  if (i32[(owner + ManagedDict.VALUES) >> 2] === 0 || typeLookup(rt, type, name) !== 0) return 0;
  const index = sharedKeysIndex(rt, cachedKeys(rt, type), name);
  if (index < 0) return 0;
  out[0] = index;
  return i32[(type + Tp.VERSION_TAG) >> 2];
}

/**
 * The version tag of owner's class when `name` is found on the class's MRO as a `__slots__`
 * member descriptor that applies to owner's class, and the access is generic; else 0.
 * `out[0]` receives minus the member's byte offset.
 */
function slotMemberTag(rt: Runtime, owner: number, name: number, generic: boolean, out: Int32Array): number {
  if (!generic) return 0;
  const i32 = rt.i32;
  const type = i32[(owner + Layout.TYPE) >> 2];
  const tag = i32[(type + Tp.VERSION_TAG) >> 2];
  if (tag === 0) return 0;
  const d = typeLookup(rt, type, name);
  if (d === 0 || i32[(d + Layout.TYPE) >> 2] !== rt.T.member_descriptor) return 0;
  const memberType = i32[(d + Member.TYPE) >> 2];
  if (memberType !== type && !rt.isSubtype(type, memberType)) return 0;
  out[0] = -memberOffset(rt, d);
  return tag;
}

const indexOut = new Int32Array(1);

/** Make `tag`, `a` the first of two attribute entries at word `c`; the first moves to second. */
function pushAttrEntry(cache: Int32Array, c: number, tag: number, a: number): void {
  if (cache[c] !== tag) {
    cache[c + IC.ATTR_ENTRY] = cache[c];
    cache[c + IC.ATTR_ENTRY + 1] = cache[c + 1];
  }
  cache[c] = tag;
  cache[c + 1] = a;
}

/**
 * LOAD_ATTR `name` on `owner` the general way (a new reference); then remember the place of
 * an inline value in the entry at word `c`.
 */
export function loadAttrMiss(rt: Runtime, cache: Int32Array, c: number, owner: number, name: number): number {
  const v = getAttr(rt, owner, name);
  const generic = rt.typeSlots(rt.i32[(owner + Layout.TYPE) >> 2]).getattro === genericGetAttr;
  let tag = instanceValueTag(rt, owner, name, generic, indexOut);
  if (tag === 0) tag = slotMemberTag(rt, owner, name, generic, indexOut);
  if (tag !== 0) pushAttrEntry(cache, c, tag, indexOut[0]);
  return v;
}

/** STORE_ATTR: owner.name = v the general way; then remember the place of an inline value. */
export function storeAttrMiss(rt: Runtime, cache: Int32Array, c: number, owner: number, name: number, v: number): void {
  setAttr(rt, owner, name, v);
  const generic = rt.typeSlots(rt.i32[(owner + Layout.TYPE) >> 2]).setattro === genericSetAttr;
  let tag = instanceValueTag(rt, owner, name, generic, indexOut);
  if (tag === 0) tag = slotMemberTag(rt, owner, name, generic, indexOut);
  if (tag !== 0) pushAttrEntry(cache, c, tag, indexOut[0]);
}

/**
 * LOAD_GLOBAL's miss (the dicts' version tags changed): the value from the entry the site saw
 * last while the keys tables keep the versions it saw (a value stored, no key added or
 * deleted); else the general way (loadGlobal: NameError for a name found nowhere), and the
 * entry found again when both dicts are exact, combined, of str keys, and the name an exact
 * str (emptied otherwise). The version tags and the value fill the first words. Borrowed.
 */
export function loadGlobalMiss(rt: Runtime, cache: Int32Array, c: number, globals: number, builtins: number, name: number): number {
  const i32 = rt.i32;
  const gv = i32[(globals + Dict.VERSION) >> 2];
  const bv = i32[(builtins + Dict.VERSION) >> 2];
  const keysVersion = cache[c + 3];
  if (keysVersion !== 0) {
    const gk = i32[(globals + Dict.KEYS) >> 2];
    const bkv = cache[c + 4];
    const src = bkv === 0 ? gk : i32[(builtins + Dict.KEYS) >> 2];
    if (i32[(gk + Keys.VERSION) >> 2] === keysVersion && (bkv === 0 || i32[(src + Keys.VERSION) >> 2] === bkv)) {
      const v = i32[(src + cache[c + 5]) >> 2];
      if (v !== 0) {
        cache[c] = gv;
        cache[c + 1] = bv;
        cache[c + 2] = v;
        return v;
      }
    }
  }
  const v = loadGlobal(rt, globals, builtins, name);
  cache[c] = gv;
  cache[c + 1] = bv;
  cache[c + 2] = v;
  fillGlobalEntry(rt, cache, c, globals, builtins, name, v);
  return v;
}

/** loadGlobalMiss's words 3-5 for `name` found as `v`: its entry, or emptied (see there). */
function fillGlobalEntry(rt: Runtime, cache: Int32Array, c: number, globals: number, builtins: number, name: number, v: number): void {
  cache[c + 3] = 0;
  cache[c + 4] = 0;
  cache[c + 5] = 0;
  const T = rt.T;
  if (rt.typeOf(globals) !== T.dict || rt.typeOf(builtins) !== T.dict || rt.typeOf(name) !== T.str) return;
  const gk = combinedStrKeys(rt, globals);
  if (gk === 0) return;
  const gix = strKeyEntry(rt, gk, name);
  const found = gix >= 0 ? gk : combinedStrKeys(rt, builtins);
  if (found === 0) return;
  const ix = gix >= 0 ? gix : strKeyEntry(rt, found, name);
  if (ix < 0) return;
  const offset = keysEntries(rt, found) - found + ix * UEntry.SIZE + UEntry.VALUE;
  if (rt.i32[(found + offset) >> 2] !== v) return;
  const gv = keysVersionForCurrentState(rt, gk);
  const bv = found === gk ? 0 : keysVersionForCurrentState(rt, found);
  if (gv === 0 || (found !== gk && bv === 0)) return;
  cache[c + 3] = gv | 0;
  cache[c + 4] = bv | 0;
  cache[c + 5] = offset;
}

/** The keys table of dict `d` when it is combined and of str keys only (UNICODE), else 0. */
function combinedStrKeys(rt: Runtime, d: number): number {
  const i32 = rt.i32;
  if (i32[(d + Dict.VALUES) >> 2] !== 0) return 0;
  const k = i32[(d + Dict.KEYS) >> 2];
  return rt.u8[k + Keys.KIND] === Keys.KIND_UNICODE ? k : 0;
}

/** What loadMethodMiss says besides the method (see there). */
export interface MethodOut {
  bound: boolean;
  self: number;
}

/**
 * LOAD_METHOD `name` on `owner` the general way (getMethod, whose `out.bound` says whether the
 * result is bound). A method found on owner's class and not shadowed by the instance is
 * remembered when the class's instances have no dict, or have inline values whose shared keys
 * do not hold the name. On a class (whose metaclass is `type`), a function found on its MRO
 * is remembered under the class's own tag (IC.CLASS entries, CPython's LOAD_METHOD_CLASS) and
 * given from there on a later miss. On a super object, `out.self` (else 0) is the instance
 * (a new reference) that takes the owner's place below the unbound function (superLoadMethod).
 */
export function loadMethodMiss(rt: Runtime, cache: Int32Array, c: number, owner: number, name: number, out: MethodOut): number {
  const i32 = rt.i32;
  const type = i32[(owner + Layout.TYPE) >> 2];
  out.self = 0;
  if (type === rt.T.type) {
    const tag = i32[(owner + Tp.VERSION_TAG) >> 2];
    if (tag !== 0) {
      const e = tag === cache[c] ? c : tag === cache[c + IC.METHOD_ENTRY] ? c + IC.METHOD_ENTRY : -1;
      if (e >= 0 && cache[e + 2] === IC.CLASS) {
        const m = cache[e + 1];
        i32[m >> 2]++;
        out.bound = true;
        return m;
      }
    }
    const method = getMethod(rt, owner, name, out);
    if (out.bound && rt.typeOf(method) === rt.T.function && typeLookup(rt, owner, name) === method) {
      // type.__getattribute__ gave the function found on the class's MRO (no data descriptor
      // of `type` by that name, and a function's __get__ without an instance is itself).
      const found = i32[(owner + Tp.VERSION_TAG) >> 2];
      if (found !== 0) pushMethodEntry(cache, c, found, method, IC.CLASS);
    }
    return method;
  }
  if (type === rt.T.super) return superMethodMiss(rt, cache, c, owner, name, out);
  const method = getMethod(rt, owner, name, out);
  if (!out.bound) fillLoadMethod(rt, cache, c, owner, name, method);
  return method;
}

/**
 * LOAD_METHOD on a super object: superLoadMethod, whose function-and-instance answer the
 * site remembers in one entry of four words — the negated version tag of the instance's class,
 * the function, IC.SUPER, and the negated address of the class the super object starts after
 * (`__class__`). (Negated: no owner's class tag equals them, so the eval loop's and the texts'
 * checks, which read the first and fourth words as tags, never take the entry.)
 * What super finds is fixed by those two: a change to the instance's class or to any class
 * of its MRO gives the class a new tag.
 */
function superMethodMiss(rt: Runtime, cache: Int32Array, c: number, su: number, name: number, out: MethodOut): number {
  const i32 = rt.i32;
  const startType = i32[(su + Super.OBJ_TYPE) >> 2];
  const obj = i32[(su + Super.OBJ) >> 2];
  const after = i32[(su + Super.TYPE) >> 2];
  const tag = startType === 0 ? 0 : i32[(startType + Tp.VERSION_TAG) >> 2];
  if (tag !== 0 && obj !== 0 && obj !== startType && cache[c] === -tag && cache[c + 2] === IC.SUPER && cache[c + 3] === -after) {
    const m = cache[c + 1];
    i32[m >> 2]++;
    i32[obj >> 2]++;
    out.self = obj;
    out.bound = false;
    countBoundMethod(rt);
    return m;
  }
  const m = superLoadMethod(rt, su, name, out);
  if (!out.bound && out.self !== 0) {
    const found = rt.i32[(startType + Tp.VERSION_TAG) >> 2];
    if (found !== 0) {
      cache[c] = -found;
      cache[c + 1] = m;
      cache[c + 2] = IC.SUPER;
      cache[c + 3] = -after;
    }
  }
  return m;
}

/** Make (tag, method, keys) the first of two LOAD_METHOD entries at word `c`; the first moves to second. */
function pushMethodEntry(cache: Int32Array, c: number, tag: number, method: number, keys: number): void {
  if (cache[c] !== tag) {
    cache[c + IC.METHOD_ENTRY] = cache[c];
    cache[c + IC.METHOD_ENTRY + 1] = cache[c + 1];
    cache[c + IC.METHOD_ENTRY + 2] = cache[c + 2];
  }
  cache[c] = tag;
  cache[c + 1] = method;
  cache[c + 2] = keys;
}

function fillLoadMethod(rt: Runtime, cache: Int32Array, c: number, owner: number, name: number, method: number): void {
  const i32 = rt.i32;
  const type = i32[(owner + Layout.TYPE) >> 2];
  const tag = i32[(type + Tp.VERSION_TAG) >> 2];
  if (tag === 0 || typeLookup(rt, type, name) !== method) return;
  let keys: number;
  if ((i32[(type + Tp.FLAGS) >> 2] & TpFlag.MANAGED_DICT) !== 0) {
    if (i32[(owner + ManagedDict.VALUES) >> 2] === 0) return;
    const shared = cachedKeys(rt, type);
    if (sharedKeysIndex(rt, shared, name) >= 0) return;
    keys = i32[(shared + Keys.NENTRIES) >> 2];
  } else if (i32[(type + Tp.DICTOFFSET) >> 2] === 0) {
    keys = IC.NO_DICT;
  } else {
    return;
  }
  pushMethodEntry(cache, c, tag, method, keys);
}
