/**
 * collections.deque, in CPython's block layout: a doubly-linked list of blocks of BLOCKLEN (64)
 * item slots, allocated from the heap (528 bytes each: left link, 64 items, right link).
 *
 *   deque  ob_size(16) leftblock(24) rightblock(32) leftindex(40) rightindex(48) state(56)
 *          maxlen(64) numfreeblocks(72) freeblocks[16](80) weakreflist(208); basicsize 216
 *
 * Items live from leftblock[leftindex] to rightblock[rightindex]. An empty deque keeps one
 * block, centred (leftindex = CENTER + 1, rightindex = CENTER). Up to MAXFREEBLOCKS emptied
 * blocks are kept for reuse. `state` counts mutations; iterators compare it to raise
 * "deque mutated during iteration". Integer fields are int32 values in their 8-byte words.
 */
import type { Runtime } from "../objects/runtime.js";
import type { TypeDef, MethodDef } from "../objects/typedef.js";
import { TpFlag } from "../objects/layout.js";
import { BinaryOp, CompareOp } from "../compile/opcodes.js";
import { argSpec, arg, parseArgs, checkArgs } from "../objects/args.js";
import { noArgsMethod } from "../objects/no-args-method.js";
import { call, call1, getIter, iterNext, reprText, richCompare, richCompareBool, popArgs, pushArgs } from "../objects/abstract.js";
import { isInt, intValue, newInt } from "../objects/int.js";
import { newList, listAppend } from "../objects/list.js";
import { newTuple, tupleSetItem, tupleSize } from "../objects/tuple.js";
import { reprEnter, reprLeave } from "../objects/freelists.js";
import { instanceDict } from "../objects/object.js";
import { classGetItem } from "../objects/generic-alias.js";
import { allocZeroed, checkPositional, checkTupleCount, shortTypeName } from "./stdlib-common.js";
import { dequeIteratorOf } from "./collections-deque-iter.js";

export const BLOCKLEN = 64;
const CENTER = 31;
const MAXFREEBLOCKS = 16;

export const enum Block { LEFTLINK = 0, DATA = 8, RIGHTLINK = 520, SIZE = 528 }
export const enum Deque {
  SIZE_ = 16, LEFTBLOCK = 24, RIGHTBLOCK = 32, LEFTINDEX = 40, RIGHTINDEX = 48, STATE = 56, MAXLEN = 64,
  NUMFREE = 72, FREEBLOCKS = 80, BASICSIZE = 216,
}

const get = (rt: Runtime, d: number, off: number): number => rt.i32[(d + off) >> 2];
const set = (rt: Runtime, d: number, off: number, v: number): void => {
  rt.i32[(d + off) >> 2] = v;
  rt.i32[(d + off + 4) >> 2] = v < 0 ? -1 : 0;
};
export const dequeSize = (rt: Runtime, d: number): number => get(rt, d, Deque.SIZE_);
export const dequeState = (rt: Runtime, d: number): number => get(rt, d, Deque.STATE);
const bumpState = (rt: Runtime, d: number): void => set(rt, d, Deque.STATE, (get(rt, d, Deque.STATE) + 1) | 0);
const slot = (b: number, i: number): number => b + Block.DATA + 8 * i;

export function isDeque(rt: Runtime, o: number): boolean {
  return rt.isInstance(o, rt.T.collections_deque);
}

function newBlock(rt: Runtime, d: number): number {
  const n = get(rt, d, Deque.NUMFREE);
  let b: number;
  if (n > 0) {
    set(rt, d, Deque.NUMFREE, n - 1);
    b = rt.load(d + Deque.FREEBLOCKS + 8 * (n - 1));
  } else {
    b = rt.mem(Block.SIZE);
  }
  rt.store(b + Block.LEFTLINK, 0);
  rt.store(b + Block.RIGHTLINK, 0);
  return b;
}

function freeBlock(rt: Runtime, d: number, b: number): void {
  const n = get(rt, d, Deque.NUMFREE);
  if (n < MAXFREEBLOCKS) {
    rt.store(d + Deque.FREEBLOCKS + 8 * n, b);
    set(rt, d, Deque.NUMFREE, n + 1);
  } else {
    rt.heap.free(b);
  }
}

// ── the four ends ───────────────────────────────────────────────────────────────────────

/** Append `item` (stolen) on the right, then trim from the left past maxlen. */
export function dequeAppend(rt: Runtime, d: number, item: number): void {
  let ri = get(rt, d, Deque.RIGHTINDEX);
  if (ri === BLOCKLEN - 1) {
    const b = newBlock(rt, d);
    const right = rt.load(d + Deque.RIGHTBLOCK);
    rt.store(b + Block.LEFTLINK, right);
    rt.store(right + Block.RIGHTLINK, b);
    rt.store(d + Deque.RIGHTBLOCK, b);
    ri = -1;
  }
  set(rt, d, Deque.SIZE_, dequeSize(rt, d) + 1);
  set(rt, d, Deque.RIGHTINDEX, ri + 1);
  rt.store(slot(rt.load(d + Deque.RIGHTBLOCK), ri + 1), item);
  const maxlen = get(rt, d, Deque.MAXLEN);
  if (maxlen >= 0 && dequeSize(rt, d) > maxlen) rt.decref(dequePopLeft(rt, d));
  bumpState(rt, d);
}

/** Append `item` (stolen) on the left, then trim from the right past maxlen. */
export function dequeAppendLeft(rt: Runtime, d: number, item: number): void {
  let li = get(rt, d, Deque.LEFTINDEX);
  if (li === 0) {
    const b = newBlock(rt, d);
    const left = rt.load(d + Deque.LEFTBLOCK);
    rt.store(b + Block.RIGHTLINK, left);
    rt.store(left + Block.LEFTLINK, b);
    rt.store(d + Deque.LEFTBLOCK, b);
    li = BLOCKLEN;
  }
  set(rt, d, Deque.SIZE_, dequeSize(rt, d) + 1);
  set(rt, d, Deque.LEFTINDEX, li - 1);
  rt.store(slot(rt.load(d + Deque.LEFTBLOCK), li - 1), item);
  const maxlen = get(rt, d, Deque.MAXLEN);
  if (maxlen >= 0 && dequeSize(rt, d) > maxlen) rt.decref(dequePop(rt, d));
  bumpState(rt, d);
}

function recenterIfEmpty(rt: Runtime, d: number): void {
  if (dequeSize(rt, d) === 0) {
    set(rt, d, Deque.LEFTINDEX, CENTER + 1);
    set(rt, d, Deque.RIGHTINDEX, CENTER);
  }
}

/** Remove and return the rightmost item (new reference); IndexError when empty. */
export function dequePop(rt: Runtime, d: number): number {
  const n = dequeSize(rt, d);
  if (n === 0) throw rt.raise(rt.E.IndexError, "pop from an empty deque");
  const right = rt.load(d + Deque.RIGHTBLOCK);
  const ri = get(rt, d, Deque.RIGHTINDEX);
  const item = rt.load(slot(right, ri));
  set(rt, d, Deque.SIZE_, n - 1);
  bumpState(rt, d);
  if (ri === 0 && n > 1) {
    const prev = rt.load(right + Block.LEFTLINK);
    freeBlock(rt, d, right);
    rt.store(d + Deque.RIGHTBLOCK, prev);
    rt.store(prev + Block.RIGHTLINK, 0);
    set(rt, d, Deque.RIGHTINDEX, BLOCKLEN - 1);
  } else {
    set(rt, d, Deque.RIGHTINDEX, ri - 1);
    recenterIfEmpty(rt, d);
  }
  return item;
}

/** Remove and return the leftmost item (new reference); IndexError when empty. */
export function dequePopLeft(rt: Runtime, d: number): number {
  const n = dequeSize(rt, d);
  if (n === 0) throw rt.raise(rt.E.IndexError, "pop from an empty deque");
  const left = rt.load(d + Deque.LEFTBLOCK);
  const li = get(rt, d, Deque.LEFTINDEX);
  const item = rt.load(slot(left, li));
  set(rt, d, Deque.SIZE_, n - 1);
  bumpState(rt, d);
  if (li === BLOCKLEN - 1 && n > 1) {
    const next = rt.load(left + Block.RIGHTLINK);
    freeBlock(rt, d, left);
    rt.store(d + Deque.LEFTBLOCK, next);
    rt.store(next + Block.LEFTLINK, 0);
    set(rt, d, Deque.LEFTINDEX, 0);
  } else {
    set(rt, d, Deque.LEFTINDEX, li + 1);
    recenterIfEmpty(rt, d);
  }
  return item;
}

/** The address of item i's slot (0 <= i < len). */
function itemSlot(rt: Runtime, d: number, i: number): number {
  let k = i + get(rt, d, Deque.LEFTINDEX);
  let b = rt.load(d + Deque.LEFTBLOCK);
  while (k >= BLOCKLEN) {
    b = rt.load(b + Block.RIGHTLINK);
    k -= BLOCKLEN;
  }
  return slot(b, k);
}

/** The items, left to right, as borrowed addresses (valid until the deque changes). */
export function dequeItems(rt: Runtime, d: number): number[] {
  const out: number[] = [];
  let b = rt.load(d + Deque.LEFTBLOCK);
  let k = get(rt, d, Deque.LEFTINDEX);
  for (let i = 0, n = dequeSize(rt, d); i < n; i++) {
    out.push(rt.load(slot(b, k)));
    if (++k === BLOCKLEN) {
      b = rt.load(b + Block.RIGHTLINK);
      k = 0;
    }
  }
  return out;
}

function dequeClear(rt: Runtime, d: number): void {
  while (dequeSize(rt, d) > 0) rt.decref(dequePop(rt, d));
}

function rotate(rt: Runtime, d: number, n: number): void {
  const len = dequeSize(rt, d);
  if (len <= 1) return;
  const half = len >> 1;
  if (n > half || n < -half) {
    n %= len;
    if (n > half) n -= len;
    else if (n < -half) n += len;
  }
  for (; n > 0; n--) dequeAppendLeft(rt, d, dequePop(rt, d));
  for (; n < 0; n++) dequeAppend(rt, d, dequePopLeft(rt, d));
}

/** Consume `iterable` into the right (left) end; a deque extended by itself reads a copy first. */
export function dequeExtend(rt: Runtime, d: number, iterable: number, left: boolean): void {
  if (iterable === d) {
    const copy = newList(rt, 0);
    try {
      for (const item of dequeItems(rt, d)) {
        rt.incref(item);
        listAppend(rt, copy, item);
        rt.decref(item);
      }
      dequeExtend(rt, d, copy, left);
    } finally {
      rt.decref(copy);
    }
    return;
  }
  const it = getIter(rt, iterable);
  try {
    if (dequeSize(rt, d) === 0) {
      // Space-saving heuristic (CPython's): start filling from the end being extended.
      set(rt, d, Deque.LEFTINDEX, left ? BLOCKLEN - 1 : 1);
      set(rt, d, Deque.RIGHTINDEX, left ? BLOCKLEN - 2 : 0);
    }
    for (;;) {
      const item = iterNext(rt, it);
      if (item === 0) break;
      if (left) dequeAppendLeft(rt, d, item);
      else dequeAppend(rt, d, item);
    }
  } finally {
    rt.decref(it);
    recenterIfEmpty(rt, d);
  }
}

// ── construction and slots ──────────────────────────────────────────────────────────────

function dequeNew(rt: Runtime, cls: number): number {
  const d = allocZeroed(rt, cls, Deque.BASICSIZE);
  const b = rt.mem(Block.SIZE);
  rt.store(b + Block.LEFTLINK, 0);
  rt.store(b + Block.RIGHTLINK, 0);
  rt.store(d + Deque.LEFTBLOCK, b);
  rt.store(d + Deque.RIGHTBLOCK, b);
  set(rt, d, Deque.LEFTINDEX, CENTER + 1);
  set(rt, d, Deque.RIGHTINDEX, CENTER);
  set(rt, d, Deque.MAXLEN, -1);
  return d;
}

const initSpec = argSpec("deque", ["iterable=", "maxlen="]);
const out2 = new Int32Array(2);

function dequeInit(rt: Runtime, d: number, args: number, nargs: number, kwnames: number): void {
  parseArgs(rt, initSpec, args, nargs, kwnames, out2);
  const iterable = out2[0];
  const maxlenArg = out2[1];
  let maxlen = -1;
  if (maxlenArg !== 0 && maxlenArg !== rt.S.None) {
    if (!isInt(rt, maxlenArg)) throw rt.raise(rt.E.TypeError, "an integer is required");
    maxlen = Number(intValue(rt, maxlenArg));
    if (maxlen < 0) throw rt.raise(rt.E.ValueError, "maxlen must be non-negative");
  }
  set(rt, d, Deque.MAXLEN, maxlen);
  if (dequeSize(rt, d) > 0) dequeClear(rt, d);
  if (iterable !== 0) dequeExtend(rt, d, iterable, false);
}

function dequeDealloc(rt: Runtime, d: number): void {
  dequeClear(rt, d);
  rt.heap.free(rt.load(d + Deque.LEFTBLOCK));
  for (let i = 0, n = get(rt, d, Deque.NUMFREE); i < n; i++) rt.heap.free(rt.load(d + Deque.FREEBLOCKS + 8 * i));
  rt.freeObject(d);
}

/** A deque's items as a new list. */
function dequeToList(rt: Runtime, d: number): number {
  const l = newList(rt, 0);
  try {
    for (const item of dequeItems(rt, d)) {
      rt.incref(item);
      listAppend(rt, l, item);
      rt.decref(item);
    }
  } catch (e) {
    rt.decref(l);
    throw e;
  }
  return l;
}

function dequeRepr(rt: Runtime, d: number): number {
  if (reprEnter(rt, d)) return rt.newStr("[...]");
  try {
    const l = dequeToList(rt, d);
    let items: string;
    try {
      items = reprText(rt, l);
    } finally {
      rt.decref(l);
    }
    const maxlen = get(rt, d, Deque.MAXLEN);
    const name = shortTypeName(rt, d);
    return rt.newStr(maxlen >= 0 ? `${name}(${items}, maxlen=${maxlen})` : `${name}(${items})`);
  } finally {
    reprLeave(rt, d);
  }
}

function dequeRichcompare(rt: Runtime, a: number, b: number, op: number): number {
  if (!isDeque(rt, a) || !isDeque(rt, b)) {
    rt.incref(rt.S.NotImplemented);
    return rt.S.NotImplemented;
  }
  const la = dequeToList(rt, a);
  try {
    const lb = dequeToList(rt, b);
    try {
      return richCompare(rt, la, lb, op);
    } finally {
      rt.decref(lb);
    }
  } finally {
    rt.decref(la);
  }
}

/** Item i as CPython's deque index checks it: int required, negative from the end. */
function checkedIndex(rt: Runtime, d: number, key: number): number {
  if (!isInt(rt, key)) {
    const index = rt.slotsOf(key).index;
    if (index === undefined) throw rt.raise(rt.E.TypeError, `sequence index must be integer, not '${rt.typeName(key)}'`);
    const v = index(rt, key);
    try {
      return checkedIndex(rt, d, v);
    } finally {
      rt.decref(v);
    }
  }
  const n = dequeSize(rt, d);
  let i = Number(intValue(rt, key));
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw rt.raise(rt.E.IndexError, "deque index out of range");
  return i;
}

function dequeSubscript(rt: Runtime, d: number, key: number): number {
  const v = rt.load(itemSlot(rt, d, checkedIndex(rt, d, key)));
  rt.incref(v);
  return v;
}

function delItemAt(rt: Runtime, d: number, i: number): void {
  rotate(rt, d, -i);
  rt.decref(dequePopLeft(rt, d));
  rotate(rt, d, i);
}

function dequeAssSubscript(rt: Runtime, d: number, key: number, value: number): void {
  const i = checkedIndex(rt, d, key);
  if (value === 0) {
    delItemAt(rt, d, i);
    return;
  }
  const p = itemSlot(rt, d, i);
  const old = rt.load(p);
  rt.incref(value);
  rt.store(p, value);
  rt.decref(old);
}

/**
 * Visit items left to right with a mutation check after each comparison; `visit` returning
 * true stops. Raises RuntimeError(message) when the deque changed meanwhile.
 */
function scan(rt: Runtime, d: number, start: number, stop: number, message: string, visit: (item: number) => boolean): number {
  const state = dequeState(rt, d);
  for (let i = start; i < stop && i < dequeSize(rt, d); i++) {
    const item = rt.load(itemSlot(rt, d, i));
    rt.incref(item);
    let hit: boolean;
    try {
      hit = visit(item);
    } finally {
      rt.decref(item);
    }
    if (dequeState(rt, d) !== state) throw rt.raise(rt.E.RuntimeError, message);
    if (hit) return i;
  }
  return -1;
}

const equal = (rt: Runtime, v: number) => (item: number): boolean => item === v || richCompareBool(rt, item, v, CompareOp.EQ);

function dequeContains(rt: Runtime, d: number, v: number): boolean {
  return scan(rt, d, 0, dequeSize(rt, d), "deque mutated during iteration", equal(rt, v)) >= 0;
}

/** A new deque of the same type and maxlen holding the same items (deque.copy). */
function dequeCopy(rt: Runtime, d: number): number {
  const maxlen = get(rt, d, Deque.MAXLEN);
  if (rt.typeOf(d) === rt.T.collections_deque) {
    const c = dequeNew(rt, rt.T.collections_deque);
    set(rt, c, Deque.MAXLEN, maxlen);
    try {
      dequeExtend(rt, c, d, false);
    } catch (e) {
      rt.decref(c);
      throw e;
    }
    return c;
  }
  const type = rt.typeOf(d);
  if (maxlen < 0) return call1(rt, type, d);
  const m = newInt(rt, maxlen);
  const p = pushArgs(rt, 2);
  try {
    rt.store(p, d);
    rt.store(p + 8, m);
    return call(rt, type, p, 2, 0);
  } finally {
    popArgs(rt, p);
    rt.decref(m);
  }
}

function concat(rt: Runtime, a: number, b: number): number {
  if (!isDeque(rt, a)) {
    rt.incref(rt.S.NotImplemented);
    return rt.S.NotImplemented;
  }
  if (!isDeque(rt, b)) throw rt.raise(rt.E.TypeError, `can only concatenate deque (not "${rt.typeName(b)}") to deque`);
  const c = dequeCopy(rt, a);
  try {
    dequeExtend(rt, c, b, false);
  } catch (e) {
    rt.decref(c);
    throw e;
  }
  return c;
}

function repeatInPlace(rt: Runtime, d: number, times: number): void {
  if (times <= 0) {
    dequeClear(rt, d);
    return;
  }
  const items = dequeItems(rt, d);
  for (const item of items) rt.incref(item);
  try {
    for (let t = 1; t < times; t++) {
      for (const item of items) {
        rt.incref(item);
        dequeAppend(rt, d, item);
      }
    }
  } finally {
    for (const item of items) rt.decref(item);
  }
}

function repeatCount(rt: Runtime, n: number): number | undefined {
  if (!isInt(rt, n)) return undefined;
  return Number(intValue(rt, n));
}

function multiply(rt: Runtime, a: number, b: number): number {
  const [d, n] = isDeque(rt, a) ? [a, b] : [b, a];
  const times = repeatCount(rt, n);
  if (times === undefined) {
    if (isDeque(rt, d) && rt.slotsOf(n).index === undefined) throw rt.raise(rt.E.TypeError, `can't multiply sequence by non-int of type '${rt.typeName(n)}'`);
    rt.incref(rt.S.NotImplemented);
    return rt.S.NotImplemented;
  }
  const c = dequeCopy(rt, d);
  try {
    repeatInPlace(rt, c, times);
  } catch (e) {
    rt.decref(c);
    throw e;
  }
  return c;
}

const nb: ((rt: Runtime, a: number, b: number) => number)[] = [];
nb[BinaryOp.ADD] = concat;
nb[BinaryOp.MULTIPLY] = multiply;
const nbInplace: ((rt: Runtime, a: number, b: number) => number)[] = [];
nbInplace[BinaryOp.ADD] = (rt, a, b) => {
  dequeExtend(rt, a, b, false);
  rt.incref(a);
  return a;
};
nbInplace[BinaryOp.MULTIPLY] = (rt, a, b) => {
  const times = repeatCount(rt, b);
  if (times === undefined) throw rt.raise(rt.E.TypeError, `can't multiply sequence by non-int of type '${rt.typeName(b)}'`);
  repeatInPlace(rt, a, times);
  rt.incref(a);
  return a;
};

// ── methods ─────────────────────────────────────────────────────────────────────────────

function none(rt: Runtime): number {
  rt.incref(rt.S.None);
  return rt.S.None;
}

function oneArg(name: string, f: (rt: Runtime, d: number, x: number) => number): MethodDef {
  const qualname = `deque.${name}`;
  return {
    name,
    fn: (rt, d, args, nargs, kwnames) => {
      checkArgs(rt, qualname, nargs, kwnames, 1, 1);
      return f(rt, d, arg(rt, args, 0));
    },
  };
}

function noArg(name: string, f: (rt: Runtime, d: number) => number, doc: string): MethodDef {
  return noArgsMethod(name, `deque.${name}`, f, doc);
}

function intArg(rt: Runtime, o: number): number {
  if (!isInt(rt, o)) {
    const index = rt.slotsOf(o).index;
    if (index === undefined) throw rt.raise(rt.E.TypeError, `'${rt.typeName(o)}' object cannot be interpreted as an integer`);
    const v = index(rt, o);
    try {
      return Number(intValue(rt, v));
    } finally {
      rt.decref(v);
    }
  }
  return Number(intValue(rt, o));
}

const methods: MethodDef[] = [
  { ...oneArg("append", (rt, d, x) => (rt.incref(x), dequeAppend(rt, d, x), none(rt))), doc: "Add an element to the right side of the deque." },
  { ...oneArg("appendleft", (rt, d, x) => (rt.incref(x), dequeAppendLeft(rt, d, x), none(rt))), doc: "Add an element to the left side of the deque." },
  noArg("pop", dequePop, "Remove and return the rightmost element."),
  noArg("popleft", dequePopLeft, "Remove and return the leftmost element."),
  { ...oneArg("extend", (rt, d, x) => (dequeExtend(rt, d, x, false), none(rt))), doc: "Extend the right side of the deque with elements from the iterable" },
  { ...oneArg("extendleft", (rt, d, x) => (dequeExtend(rt, d, x, true), none(rt))), doc: "Extend the left side of the deque with elements from the iterable" },
  noArg("clear", (rt, d) => (dequeClear(rt, d), none(rt)), "Remove all elements from the deque."),
  noArg("copy", dequeCopy, "Return a shallow copy of a deque."),
  noArg("__copy__", dequeCopy, "Return a shallow copy of a deque."),
  noArg("reverse", (rt, d) => {
    const items = dequeItems(rt, d);
    for (let i = 0, n = items.length; i < n; i++) rt.store(itemSlot(rt, d, i), items[n - 1 - i]);
    return none(rt);
  }, "D.reverse() -- reverse *IN PLACE*"),
  noArg("__reversed__", (rt, d) => dequeIteratorOf(rt, d, true), "D.__reversed__() -- return a reverse iterator over the deque"),
  {
    name: "rotate",
    fn: (rt, d, args, nargs, kwnames) => {
      if (kwnames !== 0 && tupleSize(rt, kwnames) > 0) throw rt.raise(rt.E.TypeError, "deque.rotate() takes no keyword arguments");
      checkPositional(rt, "deque.rotate", nargs, 0, 1);
      rotate(rt, d, nargs === 1 ? intArg(rt, arg(rt, args, 0)) : 1);
      return none(rt);
    },
    doc: "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left.",
  },
  {
    ...oneArg("count", (rt, d, v) => {
      let count = 0;
      scan(rt, d, 0, dequeSize(rt, d), "deque mutated during iteration", (item) => {
        if (equal(rt, v)(item)) count++;
        return false;
      });
      return newInt(rt, count);
    }),
    doc: "D.count(value) -- return number of occurrences of value",
  },
  {
    name: "index",
    fn: (rt, d, args, nargs, kwnames) => {
      checkTupleCount(rt, "index", nargs, kwnames, 1, 3);
      const n = dequeSize(rt, d);
      const bound = (o: number) => {
        let i = intArg(rt, o);
        if (i < 0) i = Math.max(0, i + n);
        return Math.min(i, n);
      };
      const start = nargs > 1 ? bound(arg(rt, args, 1)) : 0;
      const stop = nargs > 2 ? bound(arg(rt, args, 2)) : n;
      const v = arg(rt, args, 0);
      const i = scan(rt, d, start, stop, "deque mutated during iteration", equal(rt, v));
      if (i < 0) throw rt.raise(rt.E.ValueError, `${reprText(rt, v)} is not in deque`);
      return newInt(rt, i);
    },
    doc: "D.index(value, [start, [stop]]) -- return first index of value.\nRaises ValueError if the value is not present.",
  },
  {
    name: "insert",
    fn: (rt, d, args, nargs, kwnames) => {
      checkTupleCount(rt, "insert", nargs, kwnames, 2, 2);
      const n = dequeSize(rt, d);
      if (get(rt, d, Deque.MAXLEN) === n) throw rt.raise(rt.E.IndexError, "deque already at its maximum size");
      const index = intArg(rt, arg(rt, args, 0));
      const v = arg(rt, args, 1);
      rt.incref(v);
      if (index >= n) dequeAppend(rt, d, v);
      else if (index <= -n || index === 0) dequeAppendLeft(rt, d, v);
      else {
        rotate(rt, d, -index);
        if (index < 0) dequeAppend(rt, d, v);
        else dequeAppendLeft(rt, d, v);
        rotate(rt, d, index);
      }
      return none(rt);
    },
    doc: "D.insert(index, object) -- insert object before index",
  },
  {
    ...oneArg("remove", (rt, d, v) => {
      const i = scan(rt, d, 0, dequeSize(rt, d), "deque mutated during remove().", equal(rt, v));
      if (i < 0) throw rt.raise(rt.E.ValueError, `${reprText(rt, v)} is not in deque`);
      delItemAt(rt, d, i);
      return none(rt);
    }),
    doc: "D.remove(value) -- remove first occurrence of value.",
  },
  noArg("__reduce__", (rt, d) => {
    const type = rt.typeOf(d);
    const maxlen = get(rt, d, Deque.MAXLEN);
    const t = newTuple(rt, 4);
    rt.incref(type);
    tupleSetItem(rt, t, 0, type);
    const args = newTuple(rt, maxlen < 0 ? 0 : 2);
    tupleSetItem(rt, t, 1, args);
    if (maxlen >= 0) {
      rt.incref(rt.S.emptyTuple);
      tupleSetItem(rt, args, 0, rt.S.emptyTuple);
      tupleSetItem(rt, args, 1, newInt(rt, maxlen));
    }
    const dict = rt.typeFlags(type) & TpFlag.MANAGED_DICT ? instanceDict(rt, d, false) : 0;
    const state = dict === 0 ? rt.S.None : dict;
    rt.incref(state);
    tupleSetItem(rt, t, 2, state);
    try {
      tupleSetItem(rt, t, 3, dequeIteratorOf(rt, d, false));
    } catch (e) {
      rt.decref(t);
      throw e;
    }
    return t;
  }, "Return state information for pickling."),
  { name: "__class_getitem__", fn: classGetItem("deque"), classMethod: true, doc: "See PEP 585" },
  noArg("__sizeof__", (rt, d) => newInt(rt, dequeSizeof(rt, d)), "D.__sizeof__() -- size of D in memory, in bytes"),
];

function dequeSizeof(rt: Runtime, d: number): number {
  const blocks = Math.floor((get(rt, d, Deque.LEFTINDEX) + dequeSize(rt, d) + BLOCKLEN - 1) / BLOCKLEN);
  return Deque.BASICSIZE + blocks * Block.SIZE;
}

export const dequeType: TypeDef = {
  name: "collections.deque", basicsize: Deque.BASICSIZE, itemsize: 0,
  flags: TpFlag.HAVE_GC | TpFlag.BASETYPE | TpFlag.SEQUENCE,
  doc: "deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its endpoints.",
  dealloc: dequeDealloc,
  traverse: (rt, d, visit) => {
    for (const item of dequeItems(rt, d)) visit(item);
  },
  clear: dequeClear,
  repr: dequeRepr,
  unhashable: true,
  richcompare: dequeRichcompare,
  iter: (rt, d) => dequeIteratorOf(rt, d, false),
  new: (rt, cls) => dequeNew(rt, cls),
  init: dequeInit,
  nb, nbInplace,
  length: dequeSize,
  subscript: dequeSubscript,
  assSubscript: dequeAssSubscript,
  contains: dequeContains,
  sizeof: dequeSizeof,
  methods,
  getset: [{
    name: "maxlen",
    get: (rt, d) => {
      const m = get(rt, d, Deque.MAXLEN);
      return m < 0 ? none(rt) : newInt(rt, m);
    },
    doc: "maximum size of a deque or None if unbounded",
  }],
};
