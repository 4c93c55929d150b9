/**
 * `member_descriptor`: the attribute a class gets for each name in its `__slots__`
 * (CPython 3.11's PyMemberDescrObject for a T_OBJECT_EX member).
 *
 *   ┌────────┬──────┬────────┬────────┬────────────┬────────┐
 *   │ refcnt │ type │ d_type │ d_name │ d_qualname │ offset │   48 bytes + GC head: getsizeof 64
 *   └────────┴──────┴────────┴────────┴────────────┴────────┘
 *    0        8      16       24       32           40
 *
 * CPython's d_member points at a PyMemberDef; the only members glasspy makes this way are
 * slots, which are all "an object pointer at this byte offset, NULL while unset", so the word
 * holds the offset itself. The instance's word at that offset owns a strong reference or 0.
 *
 * Through the class the descriptor gives itself; through an instance the stored object, or an
 * AttributeError while the slot is empty. The instance must be of the owning class (or a
 * subclass), as the descriptor reads raw memory.
 */
import type { Runtime } from "./runtime.js";
import type { TypeDef } from "./typedef.js";
import { TpFlag } from "./layout.js";
import { fieldOrNone, typeQualnameText } from "./descr-support.js";

export const enum Member {
  TYPE = 16,
  NAME = 24,
  QUALNAME = 32,
  OFFSET = 40,
  SIZE = 48,
}

/**
 * A new member descriptor for slot `name` (an exact str, borrowed) of class `type` (borrowed;
 * the descriptor keeps a strong reference), stored at byte `offset` of its instances.
 * New reference.
 */
export function newMemberDescriptor(rt: Runtime, type: number, name: number, offset: number): number {
  const d = rt.allocObject(rt.T.member_descriptor, Member.SIZE);
  rt.incref(type);
  rt.incref(name);
  rt.store(d + Member.TYPE, type);
  rt.store(d + Member.NAME, name);
  rt.store(d + Member.QUALNAME, 0);
  rt.store(d + Member.OFFSET, offset);
  return d;
}

/** The byte offset a member descriptor reads and writes. */
export function memberOffset(rt: Runtime, d: number): number {
  return rt.load(d + Member.OFFSET);
}

function memberName(rt: Runtime, d: number): string {
  return rt.jsString(rt.load(d + Member.NAME));
}

/** CPython's descr_check: `obj` must be an instance of the owning class. */
function checkInstance(rt: Runtime, d: number, obj: number): void {
  const type = rt.load(d + Member.TYPE);
  const objType = rt.typeOf(obj);
  if (objType === type || rt.isSubtype(objType, type)) return;
  throw rt.raise(
    rt.E.TypeError,
    `descriptor '${memberName(rt, d)}' for '${rt.typeNameOf(type)}' objects doesn't apply to a '${rt.typeNameOf(objType)}' object`,
  );
}

export function memberGet(rt: Runtime, d: number, obj: number, _type: number): number {
  if (obj === 0) {
    rt.incref(d);
    return d;
  }
  checkInstance(rt, d, obj);
  const v = rt.load(obj + rt.load(d + Member.OFFSET));
  if (v === 0) throw rt.raise(rt.E.AttributeError, `'${rt.typeName(obj)}' object has no attribute '${memberName(rt, d)}'`);
  rt.incref(v);
  return v;
}

/**
 * The descriptor's set (exported, with memberGet, for object.ts's generic attribute access,
 * which calls them directly). `value` 0 deletes; deleting an empty slot raises AttributeError(name).
 */
export function memberSet(rt: Runtime, d: number, obj: number, value: number): void {
  checkInstance(rt, d, obj);
  const slot = obj + rt.load(d + Member.OFFSET);
  const old = rt.load(slot);
  if (value === 0 && old === 0) throw rt.raise(rt.E.AttributeError, memberName(rt, d));
  if (value !== 0) rt.incref(value);
  rt.store(slot, value);
  if (old !== 0) rt.decref(old);
}

function memberQualname(rt: Runtime, d: number): number {
  let q = rt.load(d + Member.QUALNAME);
  if (q === 0) {
    q = rt.newStr(`${typeQualnameText(rt, rt.load(d + Member.TYPE))}.${memberName(rt, d)}`);
    rt.store(d + Member.QUALNAME, q);
  }
  rt.incref(q);
  return q;
}

function memberDealloc(rt: Runtime, d: number): void {
  const type = rt.load(d + Member.TYPE);
  const name = rt.load(d + Member.NAME);
  const qualname = rt.load(d + Member.QUALNAME);
  rt.freeObject(d);
  rt.decref(type);
  rt.decref(name);
  if (qualname !== 0) rt.decref(qualname);
}

export const memberDescriptorType: TypeDef = {
  name: "member_descriptor",
  basicsize: Member.SIZE,
  itemsize: 0,
  flags: TpFlag.HAVE_GC,
  dealloc: memberDealloc,
  traverse: (rt, d, visit) => visit(rt.load(d + Member.TYPE)),
  repr: (rt, d) => rt.newStr(`<member '${memberName(rt, d)}' of '${rt.typeNameOf(rt.load(d + Member.TYPE))}' objects>`),
  descrGet: memberGet,
  descrSet: memberSet,
  getset: [
    { name: "__name__", get: (rt, d) => fieldOrNone(rt, d, Member.NAME) },
    { name: "__qualname__", get: memberQualname },
    { name: "__objclass__", get: (rt, d) => fieldOrNone(rt, d, Member.TYPE) },
    {
      name: "__doc__",
      get: (rt) => {
        rt.incref(rt.S.None);
        return rt.S.None;
      },
    },
  ],
};
