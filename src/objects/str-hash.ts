/**
 * The hash of str and bytes.
 *
 * CPython randomises str/bytes hashes per process (SipHash-1-3 with a random key), so no
 * program can depend on their values; glasspy picks a fast deterministic hash instead, so a
 * run is reproducible. The hash is computed over code points (bytes: over byte values), never
 * over the storage units, so equal strings hash equally whatever their kind and a JS string can
 * be hashed without making a str (`hashText`, for lookups by name).
 *
 * The function: two 32-bit lanes fed one code point at a time — lane A is FNV-1a, lane B a
 * multiply-rotate (golden-ratio constant) — each finished with MurmurHash3's fmix32 after
 * mixing in the length and the other lane. The result takes 20 bits of A and 32 of B: a 52-bit
 * value, read as signed (-2^51 .. 2^51-1) so it is a safe integer like CPython's Py_hash_t.
 * As in CPython, the empty string hashes to 0 and -1 is never returned (it becomes -2), since
 * -1 marks "not computed" in the object.
 *
 * Like CPython's, `hash(b"abc") == hash("abc")` for ASCII text.
 */
import type { Runtime } from "./runtime.js";
import { Kind } from "./str-layout.js";

const enum H {
  SEED_A = 0x811c9dc5,
  PRIME_A = 0x01000193,
  SEED_B = 0x2545f491,
  MUL_B = 0x9e3779b1 | 0,
  ROT_B = 13,
  HIGH_BITS = 20,
  HIGH_MASK = (1 << 20) - 1,
}
const TWO32 = 2 ** 32;
const TWO51 = 2 ** 51;
const TWO52 = 2 ** 52;

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

function finish(a: number, b: number, length: number): number {
  if (length === 0) return 0;
  const fa = fmix32(a ^ length);
  const fb = fmix32(b ^ fa);
  let h = (fa & H.HIGH_MASK) * TWO32 + (fb >>> 0);
  if (h >= TWO51) h -= TWO52;
  return h === -1 ? -2 : h;
}

/** Hash of `length` code points at `data` of `kind` (a str's characters, or bytes with Kind.UCS1). */
export function hashData(rt: Runtime, data: number, kind: Kind, length: number): number {
  hashLanes(rt, data, kind, length);
  return finish(lanes[0], lanes[1], length);
}

/**
 * hashData written as the signed 64-bit hash word at byte address `p` (a str's hash field),
 * with no floating-point steps: the high word is lane A's fmix'd 20 bits sign-extended (the
 * value's range is -2^51 .. 2^51-1), the low word lane B's; -1 becomes -2, empty is 0.
 */
export function storeHashOfData(rt: Runtime, data: number, kind: Kind, length: number, p: number): void {
  hashLanes(rt, data, kind, length);
  let hi = 0, lo = 0;
  if (length !== 0) {
    const fa = fmix32(lanes[0] ^ length);
    lo = fmix32(lanes[1] ^ fa);
    hi = (fa << (32 - H.HIGH_BITS)) >> (32 - H.HIGH_BITS);
    if (hi === -1 && lo === -1) lo = -2;
  }
  const i32 = rt.i32;
  i32[p >> 2] = lo;
  i32[(p + 4) >> 2] = hi;
}

/** The two lanes after feeding the code points, in `lanes` (no array made per call). */
const lanes = new Int32Array(2);

function hashLanes(rt: Runtime, data: number, kind: Kind, length: number): void {
  let a = H.SEED_A | 0;
  let b = H.SEED_B | 0;
  // One loop per kind, each reading its own view (the same code points, so the same hash).
  if (kind === Kind.UCS1) {
    const u8 = rt.u8;
    for (let i = data, end = data + length; i < end; i++) {
      const c = u8[i];
      a = Math.imul(a ^ c, H.PRIME_A);
      b = Math.imul(b + c, H.MUL_B);
      b = (b << H.ROT_B) | (b >>> (32 - H.ROT_B));
    }
  } else {
    const units = kind === Kind.UCS2 ? rt.u16 : rt.u32;
    const start = kind === Kind.UCS2 ? data >> 1 : data >> 2;
    for (let i = start, end = start + length; i < end; i++) {
      const c = units[i];
      a = Math.imul(a ^ c, H.PRIME_A);
      b = Math.imul(b + c, H.MUL_B);
      b = (b << H.ROT_B) | (b >>> (32 - H.ROT_B));
    }
  }
  lanes[0] = a;
  lanes[1] = b;
}

/** The hash the str made from `text` would have; surrogate pairs count as one code point. */
export function hashText(text: string): number {
  let a = H.SEED_A | 0;
  let b = H.SEED_B | 0;
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    a = Math.imul(a ^ c, H.PRIME_A);
    b = Math.imul(b + c, H.MUL_B);
    b = (b << H.ROT_B) | (b >>> (32 - H.ROT_B));
    length++;
  }
  return finish(a, b, length);
}

/** Read a cached 64-bit hash word at byte address p (-1 = not computed). */
export function loadHash(rt: Runtime, p: number): number {
  return rt.i32[(p + 4) >> 2] * TWO32 + rt.u32[p >> 2];
}

/** Store a hash (a safe integer) as a signed 64-bit word at byte address p. */
export function storeHash(rt: Runtime, p: number, h: number): void {
  const high = Math.floor(h / TWO32);
  rt.u32[p >> 2] = h - high * TWO32;
  rt.i32[(p + 4) >> 2] = high;
}
