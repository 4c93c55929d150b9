/**
 * The deque iterators (`_collections._deque_iterator` and `_deque_reverse_iterator`): the
 * deque, the current block and index in it, how many items remain, and the deque's mutation
 * `state` when iteration began — a change raises "deque mutated during iteration".
 *
 *   deque(16) block(24) index(32) state(40) counter(48); basicsize 56
 */
import type { Runtime } from "../objects/runtime.js";
import type { TypeDef } from "../objects/typedef.js";
import { TpFlag } from "../objects/layout.js";
import { newInt } from "../objects/int.js";
import { allocZeroed, selfIter } from "./stdlib-common.js";
import { BLOCKLEN, Block, Deque, dequeSize, dequeState } from "./collections-deque.js";

const enum DequeIter { DEQUE = 16, BLOCK = 24, INDEX = 32, STATE = 40, COUNTER = 48, SIZE = 56 }

const get = (rt: Runtime, o: number, off: number): number => rt.i32[(o + off) >> 2];
const set = (rt: Runtime, o: number, off: number, v: number): void => {
  rt.i32[(o + off) >> 2] = v;
  rt.i32[(o + off + 4) >> 2] = v < 0 ? -1 : 0;
};

/** iter(d) or reversed(d). New reference. */
export function dequeIteratorOf(rt: Runtime, d: number, reverse: boolean): number {
  const it = allocZeroed(rt, reverse ? rt.T._collections__deque_reverse_iterator : rt.T._collections__deque_iterator, DequeIter.SIZE);
  rt.incref(d);
  rt.store(it + DequeIter.DEQUE, d);
  rt.store(it + DequeIter.BLOCK, rt.load(d + (reverse ? Deque.RIGHTBLOCK : Deque.LEFTBLOCK)));
  set(rt, it, DequeIter.INDEX, get(rt, d, reverse ? Deque.RIGHTINDEX : Deque.LEFTINDEX));
  set(rt, it, DequeIter.STATE, dequeState(rt, d));
  set(rt, it, DequeIter.COUNTER, dequeSize(rt, d));
  return it;
}

function next(reverse: boolean) {
  return (rt: Runtime, it: number): number => {
    const d = rt.load(it + DequeIter.DEQUE);
    if (get(rt, it, DequeIter.STATE) !== dequeState(rt, d)) {
      set(rt, it, DequeIter.COUNTER, 0);
      throw rt.raise(rt.E.RuntimeError, "deque mutated during iteration");
    }
    const counter = get(rt, it, DequeIter.COUNTER);
    if (counter === 0) return 0;
    let block = rt.load(it + DequeIter.BLOCK);
    let index = get(rt, it, DequeIter.INDEX);
    const item = rt.load(block + Block.DATA + 8 * index);
    rt.incref(item);
    index += reverse ? -1 : 1;
    if (counter > 1 && (index === BLOCKLEN || index < 0)) {
      block = rt.load(block + (reverse ? Block.LEFTLINK : Block.RIGHTLINK));
      index = reverse ? BLOCKLEN - 1 : 0;
    }
    rt.store(it + DequeIter.BLOCK, block);
    set(rt, it, DequeIter.INDEX, index);
    set(rt, it, DequeIter.COUNTER, counter - 1);
    return item;
  };
}

function iterType(name: string, reverse: boolean): TypeDef {
  return {
    name, basicsize: DequeIter.SIZE, itemsize: 0, flags: TpFlag.HAVE_GC,
    dealloc: (rt, it) => {
      const d = rt.load(it + DequeIter.DEQUE);
      rt.store(it + DequeIter.DEQUE, 0);
      if (d !== 0) rt.decref(d);
      rt.freeObject(it);
    },
    traverse: (rt, it, visit) => {
      const d = rt.load(it + DequeIter.DEQUE);
      if (d !== 0) visit(d);
    },
    iter: selfIter,
    iternext: next(reverse),
    methods: [{
      name: "__length_hint__",
      fn: (rt, it) => newInt(rt, get(rt, it, DequeIter.COUNTER)),
      doc: "Private method returning an estimate of len(list(it)).",
    }],
  };
}

export const dequeIteratorType = iterType("_collections._deque_iterator", false);
export const dequeReverseIteratorType = iterType("_collections._deque_reverse_iterator", true);
