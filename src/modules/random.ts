/**
 * The `_random` module: `_random.Random`, the Mersenne Twister (MT19937) generator that
 * lib/random.py's Random class builds on. The algorithm and its seeding are CPython's, so a
 * given seed yields CPython's sequence:
 *   - an int seed is taken by absolute value, cut into 32-bit words (least significant first,
 *     at least one word) and fed to init_by_array;
 *   - None seeds from the host's entropy source (624 words, like CPython's urandom seeding);
 *   - any other object seeds with its hash, reinterpreted as an unsigned 64-bit number;
 *   - random() combines 27 and 26 bits of two draws into a 53-bit float;
 *   - getrandbits(k) fills 32-bit words least significant first, the last one shifted down.
 *
 * Layout (CPython's RandomObject, basicsize 2520): header, `index` (int32 at 16), state
 * (624 uint32 from 20).
 */
import type { Runtime } from "../objects/runtime.js";
import type { TypeDef, MethodDef } from "../objects/typedef.js";
import type { NativeModuleDef } from "./native-module.js";
import { addModuleValue } from "./native-module.js";
import { TpFlag } from "../objects/layout.js";
import { arg, checkArgs } from "../objects/args.js";
import { isInt, intToBigInt, intValue, newInt, newIntFromBigInt } from "../objects/int.js";
import { newFloat } from "../objects/float.js";
import { newTuple, tupleItem, tupleSetItem, tupleSize } from "../objects/tuple.js";
import { exactHash } from "../objects/tuple.js";
import { allocZeroed, checkPositional } from "./stdlib-common.js";

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

const enum RandomObj { INDEX = 16, STATE = 20, SIZE = 2520 }

/** Word i of the state of `r`, as an unsigned value. */
const mtGet = (rt: Runtime, r: number, i: number): number => rt.i32[(r + RandomObj.STATE + 4 * i) >> 2] >>> 0;
const mtSet = (rt: Runtime, r: number, i: number, v: number): void => {
  rt.i32[(r + RandomObj.STATE + 4 * i) >> 2] = v | 0;
};

function initGenrand(rt: Runtime, r: number, s: number): void {
  mtSet(rt, r, 0, s);
  let prev = s >>> 0;
  for (let i = 1; i < N; i++) {
    prev = (Math.imul(1812433253, (prev ^ (prev >>> 30)) >>> 0) + i) >>> 0;
    mtSet(rt, r, i, prev);
  }
  rt.i32[(r + RandomObj.INDEX) >> 2] = N;
}

/** Seed from an array of 32-bit words (MT's init_by_array). */
function initByArray(rt: Runtime, r: number, key: readonly number[]): void {
  initGenrand(rt, r, 19650218);
  let i = 1;
  let j = 0;
  const keyLength = key.length;
  for (let k = Math.max(N, keyLength); k > 0; k--) {
    const prev = mtGet(rt, r, i - 1);
    const v = ((mtGet(rt, r, i) ^ Math.imul((prev ^ (prev >>> 30)) >>> 0, 1664525)) >>> 0) + key[j] + j;
    mtSet(rt, r, i, v >>> 0);
    i++;
    j++;
    if (i >= N) {
      mtSet(rt, r, 0, mtGet(rt, r, N - 1));
      i = 1;
    }
    if (j >= keyLength) j = 0;
  }
  for (let k = N - 1; k > 0; k--) {
    const prev = mtGet(rt, r, i - 1);
    const v = ((mtGet(rt, r, i) ^ Math.imul((prev ^ (prev >>> 30)) >>> 0, 1566083941)) >>> 0) - i;
    mtSet(rt, r, i, v >>> 0);
    i++;
    if (i >= N) {
      mtSet(rt, r, 0, mtGet(rt, r, N - 1));
      i = 1;
    }
  }
  mtSet(rt, r, 0, 0x80000000);
}

/** The next 32-bit output (genrand_uint32). */
function genrand(rt: Runtime, r: number): number {
  const ip = (r + RandomObj.INDEX) >> 2;
  if (rt.i32[ip] >= N) {
    let kk = 0;
    for (; kk < N - M; kk++) {
      const y = (mtGet(rt, r, kk) & UPPER_MASK) | (mtGet(rt, r, kk + 1) & LOWER_MASK);
      mtSet(rt, r, kk, mtGet(rt, r, kk + M) ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0));
    }
    for (; kk < N - 1; kk++) {
      const y = (mtGet(rt, r, kk) & UPPER_MASK) | (mtGet(rt, r, kk + 1) & LOWER_MASK);
      mtSet(rt, r, kk, mtGet(rt, r, kk + (M - N)) ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0));
    }
    const y = (mtGet(rt, r, N - 1) & UPPER_MASK) | (mtGet(rt, r, 0) & LOWER_MASK);
    mtSet(rt, r, N - 1, mtGet(rt, r, M - 1) ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0));
    rt.i32[ip] = 0;
  }
  let y = mtGet(rt, r, rt.i32[ip]++);
  y ^= y >>> 11;
  y ^= (y << 7) & 0x9d2c5680;
  y ^= (y << 15) & 0xefc60000;
  y ^= y >>> 18;
  return y >>> 0;
}

/** The 32-bit words of a non-negative integer, least significant first (at least one). */
function wordsOf(v: bigint): number[] {
  const words: number[] = [];
  do {
    words.push(Number(v & 0xffffffffn));
    v >>= 32n;
  } while (v > 0n);
  return words;
}

function seedWithEntropy(rt: Runtime, r: number): void {
  const key = new Uint32Array(N);
  globalThis.crypto.getRandomValues(key);
  initByArray(rt, r, Array.from(key));
}

/** Random.seed(n) as CPython's C code does it (random.py handles str/bytes first). */
function seedFrom(rt: Runtime, r: number, o: number): void {
  if (o === 0 || o === rt.S.None) {
    seedWithEntropy(rt, r);
    return;
  }
  let n: bigint;
  if (isInt(rt, o)) {
    n = intToBigInt(rt, o);
    if (n < 0n) n = -n;
  } else {
    n = BigInt.asUintN(64, exactHash(rt, o));
  }
  initByArray(rt, r, wordsOf(n));
}

function randomNew(rt: Runtime, cls: number, _args: number, nargs: number, kwnames: number): number {
  if (cls === rt.T._random_Random && kwnames !== 0 && tupleSize(rt, kwnames) > 0) throw rt.raise(rt.E.TypeError, "Random() takes no keyword arguments");
  if (cls === rt.T._random_Random && nargs > 1) throw rt.raise(rt.E.TypeError, "Random() requires 0 or 1 argument");
  const r = allocZeroed(rt, cls, RandomObj.SIZE);
  rt.i32[(r + RandomObj.INDEX) >> 2] = N + 1;
  return r;
}

function randomInit(rt: Runtime, r: number, args: number, nargs: number, kwnames: number): void {
  if (rt.typeOf(r) === rt.T._random_Random && kwnames !== 0 && tupleSize(rt, kwnames) > 0) throw rt.raise(rt.E.TypeError, "Random() takes no keyword arguments");
  if (nargs > 1) throw rt.raise(rt.E.TypeError, "Random() requires 0 or 1 argument");
  seedFrom(rt, r, nargs === 1 ? arg(rt, args, 0) : 0);
}

const methods: MethodDef[] = [
  {
    name: "random",
    fn: (rt, self, _args, nargs, kwnames) => {
      checkArgs(rt, "Random.random", nargs, kwnames, 0, 0);
      const a = genrand(rt, self) >>> 5;
      const b = genrand(rt, self) >>> 6;
      return newFloat(rt, (a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
    },
    doc: "random() -> x in the interval [0, 1).",
  },
  {
    name: "seed",
    fn: (rt, self, args, nargs, kwnames) => {
      if (kwnames !== 0 && tupleSize(rt, kwnames) > 0) throw rt.raise(rt.E.TypeError, "seed() takes no keyword arguments");
      checkPositional(rt, "seed", nargs, 0, 1);
      seedFrom(rt, self, nargs === 1 ? arg(rt, args, 0) : 0);
      rt.incref(rt.S.None);
      return rt.S.None;
    },
    doc: "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier.",
  },
  {
    name: "getstate",
    fn: (rt, self, _args, nargs, kwnames) => {
      checkArgs(rt, "Random.getstate", nargs, kwnames, 0, 0);
      const t = newTuple(rt, N + 1);
      try {
        for (let i = 0; i < N; i++) tupleSetItem(rt, t, i, newInt(rt, mtGet(rt, self, i)));
        tupleSetItem(rt, t, N, newInt(rt, rt.i32[(self + RandomObj.INDEX) >> 2]));
      } catch (e) {
        rt.decref(t);
        throw e;
      }
      return t;
    },
    doc: "getstate() -> tuple containing the current state.",
  },
  {
    name: "setstate",
    fn: (rt, self, args, nargs, kwnames) => {
      checkArgs(rt, "Random.setstate", nargs, kwnames, 1, 1);
      const state = arg(rt, args, 0);
      if (rt.typeOf(state) !== rt.T.tuple) throw rt.raise(rt.E.TypeError, "state vector must be a tuple");
      if (tupleSize(rt, state) !== N + 1) throw rt.raise(rt.E.ValueError, "state vector is the wrong size");
      const words: number[] = [];
      for (let i = 0; i <= N; i++) {
        const o = tupleItem(rt, state, i);
        if (!isInt(rt, o)) throw rt.raise(rt.E.TypeError, "an integer is required");
        const v = intValue(rt, o);
        words.push(Number(BigInt.asUintN(32, BigInt(v))));
        if (i === N) words[N] = Number(v);
      }
      const index = words[N];
      if (index < 0 || index > N) throw rt.raise(rt.E.ValueError, "invalid state");
      for (let i = 0; i < N; i++) mtSet(rt, self, i, words[i]);
      rt.i32[(self + RandomObj.INDEX) >> 2] = index;
      rt.incref(rt.S.None);
      return rt.S.None;
    },
    doc: "setstate(state) -> None.  Restores generator state.",
  },
  {
    name: "getrandbits",
    fn: (rt, self, args, nargs, kwnames) => {
      if (kwnames !== 0 && tupleSize(rt, kwnames) > 0) throw rt.raise(rt.E.TypeError, "Random.getrandbits() takes no keyword arguments");
      if (nargs !== 1) throw rt.raise(rt.E.TypeError, `Random.getrandbits() takes exactly one argument (${nargs} given)`);
      const o = arg(rt, args, 0);
      if (!isInt(rt, o)) throw rt.raise(rt.E.TypeError, `'${rt.typeName(o)}' object cannot be interpreted as an integer`);
      let k = Number(intValue(rt, o));
      if (k < 0) throw rt.raise(rt.E.ValueError, "number of bits must be non-negative");
      if (k === 0) return newInt(rt, 0);
      if (k <= 32) return newInt(rt, genrand(rt, self) >>> (32 - k));
      let result = 0n;
      for (let shift = 0n; k > 0; k -= 32, shift += 32n) {
        let word = genrand(rt, self);
        if (k < 32) word >>>= 32 - k;
        result |= BigInt(word) << shift;
      }
      return newIntFromBigInt(rt, result);
    },
    doc: "getrandbits(k) -> x.  Generates an int with k random bits.",
  },
];

export const randomType: TypeDef = {
  name: "_random.Random", basicsize: RandomObj.SIZE, itemsize: 0, flags: TpFlag.BASETYPE,
  doc: "Random() -> create a random number generator with its own internal state.",
  dealloc: (rt, o) => rt.freeObject(o),
  new: randomNew, init: randomInit, methods,
};

export const randomModuleDef: NativeModuleDef = {
  name: "_random",
  doc: "Module implements the Mersenne Twister random number generator.",
  methods: [],
  init(rt: Runtime, m: number) {
    rt.incref(rt.T._random_Random);
    addModuleValue(rt, m, "Random", rt.T._random_Random);
  },
};
