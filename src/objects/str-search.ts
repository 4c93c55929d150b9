/**
 * Substring search over character blocks in the heap (CPython's stringlib fastsearch, in a
 * simpler form): find, rfind and count of a needle in haystack[start:end), reading code
 * points straight from the heap, no JS strings. Used by str and, with Kind.UCS1, by bytes.
 *
 * A "block" is (data address, kind). The searches scan for the needle's first (or last) code
 * point and compare the rest; a needle of a wider kind than its haystack cannot occur in it
 * (str kinds are canonical), which the str callers check before searching.
 */
import type { Runtime } from "./runtime.js";
import { Kind, readChar } from "./str-layout.js";

/** Does needle[0:n) equal hay[at:at+n)? */
function matchAt(rt: Runtime, hd: number, hk: Kind, at: number, nd: number, nk: Kind, n: number): boolean {
  if (hk === Kind.UCS1 && nk === Kind.UCS1) {
    const u8 = rt.u8;
    for (let j = 0; j < n; j++) if (u8[hd + at + j] !== u8[nd + j]) return false;
    return true;
  }
  for (let j = 0; j < n; j++) if (readChar(rt, hd, hk, at + j) !== readChar(rt, nd, nk, j)) return false;
  return true;
}

/**
 * Lowest i in [start, last] where the n (> 0) bytes at nd occur at hd + i, or -1: candidates
 * must match the needle's first and last bytes before the middle is compared (fastsearch's
 * test of the last character).
 */
function findBytes(u8: Uint8Array, hd: number, start: number, last: number, nd: number, n: number): number {
  const first = u8[nd];
  if (n === 1) {
    for (let i = start; i <= last; i++) if (u8[hd + i] === first) return i;
    return -1;
  }
  const tail = n - 1;
  const lastByte = u8[nd + tail];
  for (let i = start; i <= last; i++) {
    const p = hd + i;
    if (u8[p] !== first || u8[p + tail] !== lastByte) continue;
    let j = 1;
    while (j < tail && u8[p + j] === u8[nd + j]) j++;
    if (j >= tail) return i;
  }
  return -1;
}

/** Lowest index i in [start, end - n] where the needle occurs, or -1. */
export function findChars(rt: Runtime, hd: number, hk: Kind, start: number, end: number, nd: number, nk: Kind, n: number): number {
  if (n === 0) return start <= end ? start : -1;
  const last = end - n;
  if (last < start) return -1;
  if (hk === Kind.UCS1 && nk === Kind.UCS1) return findBytes(rt.u8, hd, start, last, nd, n);
  const first = readChar(rt, nd, nk, 0);
  if (hk === Kind.UCS1) {
    if (first > 0xff) return -1;
    const u8 = rt.u8;
    for (let i = start; i <= last; i++) {
      if (u8[hd + i] === first && matchAt(rt, hd, hk, i, nd, nk, n)) return i;
    }
    return -1;
  }
  for (let i = start; i <= last; i++) {
    if (readChar(rt, hd, hk, i) === first && matchAt(rt, hd, hk, i, nd, nk, n)) return i;
  }
  return -1;
}

/** Highest index i in [start, end - n] where the needle occurs, or -1. */
export function rfindChars(rt: Runtime, hd: number, hk: Kind, start: number, end: number, nd: number, nk: Kind, n: number): number {
  if (n === 0) return start <= end ? end : -1;
  const first = readChar(rt, nd, nk, 0);
  for (let i = end - n; i >= start; i--) {
    if (readChar(rt, hd, hk, i) === first && matchAt(rt, hd, hk, i, nd, nk, n)) return i;
  }
  return -1;
}

/** Non-overlapping occurrences in [start, end), at most `max`. */
export function countChars(rt: Runtime, hd: number, hk: Kind, start: number, end: number, nd: number, nk: Kind, n: number, max: number): number {
  if (n === 0) return start <= end ? Math.min(end - start + 1, max) : 0;
  let count = 0;
  let i = start;
  while (count < max) {
    const at = findChars(rt, hd, hk, i, end, nd, nk, n);
    if (at < 0) break;
    count++;
    i = at + n;
  }
  return count;
}

/** Index of code point c in [start, end), or -1. */
export function findChar(rt: Runtime, hd: number, hk: Kind, start: number, end: number, c: number): number {
  if (hk === Kind.UCS1) {
    if (c > 0xff) return -1;
    const u8 = rt.u8;
    for (let i = start; i < end; i++) if (u8[hd + i] === c) return i;
    return -1;
  }
  for (let i = start; i < end; i++) if (readChar(rt, hd, hk, i) === c) return i;
  return -1;
}

// ── splitting and stripping: piece bounds as [start, end) pairs pushed onto `out` ──────

/** str.split() / bytes.split() without a separator: runs of non-space, at most `max` splits. */
export function splitWhitespace(rt: Runtime, d: number, k: Kind, n: number, max: number, isSpace: (c: number) => boolean, out: number[]): void {
  let i = 0;
  while (max-- > 0) {
    while (i < n && isSpace(readChar(rt, d, k, i))) i++;
    if (i === n) return;
    const j = i++;
    while (i < n && !isSpace(readChar(rt, d, k, i))) i++;
    out.push(j, i);
  }
  if (i < n) {
    while (i < n && isSpace(readChar(rt, d, k, i))) i++;
    if (i !== n) out.push(i, n);
  }
}

/** rsplit() without a separator; pieces are pushed right to left. */
export function rsplitWhitespace(rt: Runtime, d: number, k: Kind, n: number, max: number, isSpace: (c: number) => boolean, out: number[]): void {
  let i = n - 1;
  while (max-- > 0) {
    while (i >= 0 && isSpace(readChar(rt, d, k, i))) i--;
    if (i < 0) return;
    const j = i--;
    while (i >= 0 && !isSpace(readChar(rt, d, k, i))) i--;
    out.push(i + 1, j + 1);
  }
  if (i >= 0) {
    while (i >= 0 && isSpace(readChar(rt, d, k, i))) i--;
    if (i >= 0) out.push(0, i + 1);
  }
}

/** split(sep) with a non-empty separator (sd, sk, sn). */
export function splitSep(rt: Runtime, d: number, k: Kind, n: number, sd: number, sk: Kind, sn: number, max: number, out: number[]): void {
  let i = 0;
  while (max-- > 0) {
    const pos = findChars(rt, d, k, i, n, sd, sk, sn);
    if (pos < 0) break;
    out.push(i, pos);
    i = pos + sn;
  }
  out.push(i, n);
}

/** rsplit(sep); pieces are pushed right to left. */
export function rsplitSep(rt: Runtime, d: number, k: Kind, n: number, sd: number, sk: Kind, sn: number, max: number, out: number[]): void {
  let j = n;
  while (max-- > 0) {
    const pos = rfindChars(rt, d, k, 0, j, sd, sk, sn);
    if (pos < 0) break;
    out.push(pos + sn, j);
    j = pos;
  }
  out.push(0, j);
}

/** splitlines(keepends): `isBreak` decides the line boundaries; \r\n counts as one. */
export function splitLines(rt: Runtime, d: number, k: Kind, n: number, keepends: boolean, isBreak: (c: number) => boolean, out: number[]): void {
  let i = 0;
  while (i < n) {
    const j = i;
    while (i < n && !isBreak(readChar(rt, d, k, i))) i++;
    let eol = i;
    if (i < n) {
      if (readChar(rt, d, k, i) === 13 && i + 1 < n && readChar(rt, d, k, i + 1) === 10) i += 2;
      else i++;
      if (keepends) eol = i;
    }
    out.push(j, eol);
  }
}

/** Does (cd, ck, cn) contain code point c? */
export function charsContain(rt: Runtime, cd: number, ck: Kind, cn: number, c: number): boolean {
  return findChar(rt, cd, ck, 0, cn, c) >= 0;
}
