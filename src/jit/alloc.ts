/**
 * Allocation for compiled code (compile-loop.ts): the int and float results of its inline
 * arithmetic, made exactly as the eval loop makes them (the same requests, the same free list,
 * the same header words), but never throwing. Compiled code keeps its value stack in
 * JavaScript variables and writes it to the frame only where it leaves or calls something
 * that may raise; so where the eval loop would raise MemoryError, these give 0 and the
 * compiled code leaves to the eval loop at that instruction, which runs it again and raises.
 */
import type { Runtime } from "../objects/runtime.js";
import type { FastTypes } from "../vm/fast-paths.js";
import { newUncachedInt } from "../vm/fast-paths.js";
import { newIntInBlock } from "../objects/int.js";
import { PY_RAISED } from "../objects/errors.js";

const enum Num {
  SMALL_MIN = -5,
  SMALL_MAX = 256,
  /** PyFloat_MAXFREELIST. */
  FLOAT_FREE_MAX = 100,
  /** sizeof(PyFloatObject). */
  FLOAT_BLOCK = 24,
  FLOAT_VALUE = 16,
  TYPE = 8,
}

/**
 * A new reference to the int `v` (an integer within ±(2**53 - 1)) in a block of
 * `blockDigits` digits (int-blocks.ts; 0: the exact size), as the eval loop makes it
 * (newUncachedInt, newIntInBlock), or 0 when the heap is full (their MemoryError dropped).
 */
export function jitNewInt(rt: Runtime, ty: FastTypes, v: number, blockDigits: number): number {
  if (v >= Num.SMALL_MIN && v <= Num.SMALL_MAX) {
    const o = ty.smallInts[v - Num.SMALL_MIN];
    rt.i32[o >> 2]++;
    return o;
  }
  try {
    return blockDigits === 0 ? newUncachedInt(rt, ty, v) : newIntInBlock(rt, v, blockDigits);
  } catch (error) {
    return dropRaised(rt, error);
  }
}

/**
 * For an operation compiled code tried and the eval loop will run again: the Python exception
 * it raised (a MemoryError) is dropped, and 0 returned; any other error goes on.
 */
export function dropRaised(rt: Runtime, error: unknown): 0 {
  if (error !== PY_RAISED) throw error;
  const exc = rt.fetchException();
  if (exc !== 0) rt.decref(exc);
  return 0;
}

/** A new reference to the float `v` (the free list first, as floatFreeListPop), or 0 when the heap is full. */
export function jitNewFloat(rt: Runtime, ty: FastTypes, v: number): number {
  const i32 = rt.i32;
  const free = ty.free;
  let o = free.floatHead;
  if (o !== 0) {
    // The link to the next free float is in the type word; the high words are still zero.
    free.floatHead = i32[(o + Num.TYPE) >> 2];
    free.floatCount--;
  } else {
    o = rt.heap.malloc(Num.FLOAT_BLOCK);
    if (o === 0) return 0;
    if (rt.liveObjects !== null) rt.liveObjects.add(o);
    i32[(o + 4) >> 2] = 0;
    i32[(o + Num.TYPE + 4) >> 2] = 0;
  }
  i32[o >> 2] = 1;
  i32[(o + Num.TYPE) >> 2] = ty.float;
  rt.f64[(o + Num.FLOAT_VALUE) >> 3] = v;
  return o;
}
