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
import { intBlockBytes } from "../objects/int-blocks.js";
import { PY_RAISED } from "../objects/errors.js";

const enum Num {
  /** newUncachedInt's request for an int of one or two digits. */
  INT_BLOCK = 32,
  SMALL_MIN = -5,
  SMALL_MAX = 256,
  /** sizeof(PyFloatObject). */
  FLOAT_BLOCK = 24,
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

/**
 * A new reference to the int ±(low + high·2**30) (`sign` -1 for negative, else 0; low and high digits, the value
 * outside the small ints) in a block of `blockDigits` digits (0: the exact size), as the eval
 * loop's newUncachedInt and newIntInBlock make it, or 0 when the heap is full. Compiled code
 * passes the digits (small integers) rather than the value: a double argument would be boxed.
 */
export function jitIntBlock(rt: Runtime, ty: FastTypes, sign: number, low: number, high: number, blockDigits: number): number {
  const n = high === 0 ? 1 : 2;
  const o = rt.heap.malloc(blockDigits === 0 ? Num.INT_BLOCK : intBlockBytes(n, blockDigits));
  if (o === 0) return 0;
  if (rt.liveObjects !== null) rt.liveObjects.add(o);
  const i32 = rt.i32;
  const w = o >> 2;
  i32[w] = 1;
  i32[w + 1] = 0;
  i32[w + 2] = ty.int;
  i32[w + 3] = 0;
  i32[w + 4] = sign !== 0 ? -n : n;
  i32[w + 5] = sign;
  i32[w + 6] = low;
  if (n === 2) i32[w + 7] = high;
  return o;
}

/** Free an exact int whose count reached zero, as deallocFast does. */
export function jitFreeInt(rt: Runtime, o: number): void {
  if (rt.liveObjects !== null) rt.liveObjects.delete(o);
  rt.heap.free(o);
}

/**
 * A new float's block when float's free list is empty, its high header words zeroed (compiled
 * code writes the count, the type and the value), or 0 when the heap is full.
 */
export function jitFloatBlock(rt: Runtime): number {
  const o = rt.heap.malloc(Num.FLOAT_BLOCK);
  if (o === 0) return 0;
  if (rt.liveObjects !== null) rt.liveObjects.add(o);
  rt.i32[(o + 4) >> 2] = 0;
  rt.i32[(o + Num.TYPE + 4) >> 2] = 0;
  return o;
}
