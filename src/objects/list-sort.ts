/**
 * `list.sort(*, key=None, reverse=False)`: CPython 3.11's timsort, step for step.
 *
 * The sort makes the same comparisons in the same order as CPython (so a `__lt__` that
 * prints, counts or raises behaves the same), which takes the whole algorithm of
 * Objects/listsort.txt:
 *   - natural runs (`countRun`; strictly descending runs are reversed), extended to
 *     `minrun` by binary insertion (`binarySort`);
 *   - runs merged by the powersort policy (`foundNewRun`, `powerloop`; new in 3.11);
 *   - merges that gallop (`gallopLeft`/`gallopRight`, MIN_GALLOP 7, adaptive minGallop).
 * Stability: equal keys keep their order; `reverse=True` reverses before and after a forward
 * sort, so equal keys also keep their original order then.
 *
 * Protocol (list_sort_impl): the list is emptied while it sorts (size 0, no items,
 * allocated -1), so comparison code that mutates it cannot corrupt the sort; afterwards a
 * list whose allocated is no longer -1 was modified: "list modified during sort". With a key
 * function the keys are computed first, once per item, in order. Comparisons are
 * richCompareBool(<). Keys and items are sorted in JS typed arrays (copies of the detached
 * item array, written back at the end), which hold a permutation of the items at every
 * point where a comparison can raise. Keys that no comparison can run Python code for (small
 * ints, one-byte strs) are sorted without the comparison first (sort-without-compare.ts).
 */
import type { Runtime } from "./runtime.js";
import { CompareOp } from "../compile/opcodes.js";
import { call1, richCompareBool } from "./abstract.js";
import { asSsize, hasIndex } from "./slice.js";
import { latin1Less, strCompare } from "./str-object.js";
import { Kind, strKind } from "./str-layout.js";
import { argSpec, clinicSpec, parseArgs } from "./args.js";
import { List, listAllocated, listItems, listSize } from "./list.js";
import { Ob } from "./layout.js";
import { Radix } from "./sort-small-int-radix.js";
import { SortLayout, sortLatin1Strs, sortSmallIntItemsInPlace, sortSmallInts } from "./sort-without-compare.js";

const MIN_GALLOP = 7;
const MAX_MERGE_PENDING = 85;
/** The temp area CPython keeps in its MergeState (MERGESTATE_TEMP_SIZE). */
const TEMP_SIZE = 256;

/** merge_compute_minrun: n itself below 64, else a value in [32, 64] so n/minrun is a power of 2 or just below. */
export function computeMinrun(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n = Math.floor(n / 2);
  }
  return n + r;
}

/**
 * powerloop: the "power" of the run boundary between the run at [s1, s1+n1) and the next of
 * length n2, in a list of n: the depth at which the midpoints' binary expansions differ.
 */
export function powerloop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    ++result;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      break;
    }
    a *= 2;
    b *= 2;
  }
  return result;
}

/** One sort: the arrays and the run stack (CPython's MergeState). */
class MergeState {
  /** Keys (the items themselves without a key function). */
  readonly keys: Int32Array;
  /** The items moved in parallel with the keys, or null. */
  readonly values: Int32Array | null;
  tk: Int32Array;
  tv: Int32Array | null;
  minGallop = MIN_GALLOP;
  n = 0;
  readonly pBase = new Int32Array(MAX_MERGE_PENDING);
  readonly pLen = new Int32Array(MAX_MERGE_PENDING);
  readonly pPower = new Int32Array(MAX_MERGE_PENDING);
  descending = false;

  constructor(readonly lt: (a: number, b: number) => boolean, keys: Int32Array, values: Int32Array | null, readonly listlen: number) {
    this.keys = keys;
    this.values = values;
    this.tk = new Int32Array(TEMP_SIZE);
    this.tv = values === null ? null : new Int32Array(TEMP_SIZE);
  }

  getmem(need: number): void {
    if (need <= this.tk.length) return;
    this.tk = new Int32Array(need);
    if (this.values !== null) this.tv = new Int32Array(need);
  }

  // ── element moves (keys and values together) ──

  /** main[d] = main[s] */
  mm(d: number, s: number): void {
    this.keys[d] = this.keys[s];
    if (this.values !== null) this.values[d] = this.values[s];
  }

  /** main[d] = temp[s] */
  mt(d: number, s: number): void {
    this.keys[d] = this.tk[s];
    if (this.values !== null) this.values[d] = this.tv![s];
  }

  /** main[d .. d+n) = main[s .. s+n), overlap allowed. */
  moveMain(d: number, s: number, n: number): void {
    this.keys.copyWithin(d, s, s + n);
    if (this.values !== null) this.values.copyWithin(d, s, s + n);
  }

  /** main[d .. d+n) = temp[s .. s+n). */
  fromTemp(d: number, s: number, n: number): void {
    const k = this.keys, tk = this.tk;
    for (let i = 0; i < n; i++) k[d + i] = tk[s + i];
    if (this.values !== null) {
      const v = this.values, tv = this.tv!;
      for (let i = 0; i < n; i++) v[d + i] = tv[s + i];
    }
  }

  /** temp[0 .. n) = main[s .. s+n). */
  toTemp(s: number, n: number): void {
    const k = this.keys, tk = this.tk;
    for (let i = 0; i < n; i++) tk[i] = k[s + i];
    if (this.values !== null) {
      const v = this.values, tv = this.tv!;
      for (let i = 0; i < n; i++) tv[i] = v[s + i];
    }
  }

  reverseRange(lo: number, n: number): void {
    reverseArray(this.keys, lo, lo + n);
    if (this.values !== null) reverseArray(this.values, lo, lo + n);
  }

  // ── runs ──

  /** count_run: length of the run starting at lo (hi exclusive); sets `descending`. */
  countRun(lo: number, hi: number): number {
    const k = this.keys;
    this.descending = false;
    ++lo;
    if (lo === hi) return 1;
    let n = 2;
    if (this.lt(k[lo], k[lo - 1])) {
      this.descending = true;
      for (lo = lo + 1; lo < hi; ++lo, ++n) {
        if (!this.lt(k[lo], k[lo - 1])) break;
      }
    } else {
      for (lo = lo + 1; lo < hi; ++lo, ++n) {
        if (this.lt(k[lo], k[lo - 1])) break;
      }
    }
    return n;
  }

  /** binarysort: [lo, start) is sorted; insert start .. hi-1 into it. */
  binarySort(lo: number, hi: number, start: number): void {
    const k = this.keys;
    const v = this.values;
    if (lo === start) ++start;
    for (; start < hi; ++start) {
      let l = lo;
      let r = start;
      const pivot = k[r];
      do {
        const p = l + ((r - l) >> 1);
        if (this.lt(pivot, k[p])) r = p;
        else l = p + 1;
      } while (l < r);
      k.copyWithin(l + 1, l, start);
      k[l] = pivot;
      if (v !== null) {
        const pv = v[start];
        v.copyWithin(l + 1, l, start);
        v[l] = pv;
      }
    }
  }

  /** gallop_left: the leftmost position in a[base .. base+n) where `key` belongs (a[k-1] < key <= a[k]). */
  gallopLeft(key: number, a: Int32Array, base: number, n: number, hint: number): number {
    let lastofs = 0;
    let ofs = 1;
    const at = base + hint;
    if (this.lt(a[at], key)) {
      const maxofs = n - hint;
      while (ofs < maxofs) {
        if (this.lt(a[at + ofs], key)) {
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        } else break;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    } else {
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        if (this.lt(a[at - ofs], key)) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      const k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    }
    ++lastofs;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      if (this.lt(a[base + m], key)) lastofs = m + 1;
      else ofs = m;
    }
    return ofs;
  }

  /** gallop_right: the rightmost position in a[base .. base+n) where `key` belongs (a[k-1] <= key < a[k]). */
  gallopRight(key: number, a: Int32Array, base: number, n: number, hint: number): number {
    let lastofs = 0;
    let ofs = 1;
    const at = base + hint;
    if (this.lt(key, a[at])) {
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        if (this.lt(key, a[at - ofs])) {
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        } else break;
      }
      if (ofs > maxofs) ofs = maxofs;
      const k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    } else {
      const maxofs = n - hint;
      while (ofs < maxofs) {
        if (this.lt(key, a[at + ofs])) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    }
    ++lastofs;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      if (this.lt(key, a[base + m])) ofs = m;
      else lastofs = m + 1;
    }
    return ofs;
  }

  // ── merging ──

  /** merge_lo: merge the na items at ssa with the nb at ssb = ssa + na, na <= nb. */
  mergeLo(ssa: number, na: number, ssb: number, nb: number): void {
    this.getmem(na);
    this.toTemp(ssa, na);
    const k = this.keys, tk = this.tk;
    let dest = ssa;
    let pa = 0;
    let pb = ssb;
    let copyB = false;
    try {
      done: {
        this.mm(dest++, pb++);
        --nb;
        if (nb === 0) break done;
        if (na === 1) {
          copyB = true;
          break done;
        }
        let minGallop = this.minGallop;
        for (;;) {
          let acount = 0;
          let bcount = 0;
          for (;;) {
            if (this.lt(k[pb], tk[pa])) {
              this.mm(dest++, pb++);
              ++bcount;
              acount = 0;
              --nb;
              if (nb === 0) break done;
              if (bcount >= minGallop) break;
            } else {
              this.mt(dest++, pa++);
              ++acount;
              bcount = 0;
              --na;
              if (na === 1) {
                copyB = true;
                break done;
              }
              if (acount >= minGallop) break;
            }
          }
          ++minGallop;
          do {
            if (minGallop > 1) minGallop--;
            this.minGallop = minGallop;
            let n = this.gallopRight(k[pb], tk, pa, na, 0);
            acount = n;
            if (n) {
              this.fromTemp(dest, pa, n);
              dest += n;
              pa += n;
              na -= n;
              if (na === 1) {
                copyB = true;
                break done;
              }
              if (na === 0) break done;
            }
            this.mm(dest++, pb++);
            --nb;
            if (nb === 0) break done;
            n = this.gallopLeft(tk[pa], k, pb, nb, 0);
            bcount = n;
            if (n) {
              this.moveMain(dest, pb, n);
              dest += n;
              pb += n;
              nb -= n;
              if (nb === 0) break done;
            }
            this.mt(dest++, pa++);
            --na;
            if (na === 1) {
              copyB = true;
              break done;
            }
          } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
          ++minGallop;
          this.minGallop = minGallop;
        }
      }
    } finally {
      if (copyB) {
        this.moveMain(dest, pb, nb);
        this.mt(dest + nb, pa);
      } else if (na) {
        this.fromTemp(dest, pa, na);
      }
    }
  }

  /** merge_hi: merge the na items at ssa with the nb at ssb = ssa + na, na > nb. */
  mergeHi(ssa: number, na: number, ssb: number, nb: number): void {
    this.getmem(nb);
    let dest = ssb + nb - 1;
    this.toTemp(ssb, nb);
    const k = this.keys, tk = this.tk;
    const basea = ssa;
    let pb = nb - 1;
    let pa = ssa + na - 1;
    let copyA = false;
    try {
      done: {
        this.mm(dest--, pa--);
        --na;
        if (na === 0) break done;
        if (nb === 1) {
          copyA = true;
          break done;
        }
        let minGallop = this.minGallop;
        for (;;) {
          let acount = 0;
          let bcount = 0;
          for (;;) {
            if (this.lt(tk[pb], k[pa])) {
              this.mm(dest--, pa--);
              ++acount;
              bcount = 0;
              --na;
              if (na === 0) break done;
              if (acount >= minGallop) break;
            } else {
              this.mt(dest--, pb--);
              ++bcount;
              acount = 0;
              --nb;
              if (nb === 1) {
                copyA = true;
                break done;
              }
              if (bcount >= minGallop) break;
            }
          }
          ++minGallop;
          do {
            if (minGallop > 1) minGallop--;
            this.minGallop = minGallop;
            let n = this.gallopRight(tk[pb], k, basea, na, na - 1);
            n = na - n;
            acount = n;
            if (n) {
              dest -= n;
              pa -= n;
              this.moveMain(dest + 1, pa + 1, n);
              na -= n;
              if (na === 0) break done;
            }
            this.mt(dest--, pb--);
            --nb;
            if (nb === 1) {
              copyA = true;
              break done;
            }
            n = this.gallopLeft(k[pa], tk, 0, nb, nb - 1);
            n = nb - n;
            bcount = n;
            if (n) {
              dest -= n;
              pb -= n;
              this.fromTemp(dest + 1, pb + 1, n);
              nb -= n;
              if (nb === 1) {
                copyA = true;
                break done;
              }
              if (nb === 0) break done;
            }
            this.mm(dest--, pa--);
            --na;
            if (na === 0) break done;
          } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
          ++minGallop;
          this.minGallop = minGallop;
        }
      }
    } finally {
      if (copyA) {
        this.moveMain(dest + 1 - na, pa + 1 - na, na);
        dest -= na;
        this.mt(dest, pb);
      } else if (nb) {
        this.fromTemp(dest - (nb - 1), 0, nb);
      }
    }
  }

  /** merge_at: merge pending runs i and i+1. */
  mergeAt(i: number): void {
    let ssa = this.pBase[i];
    let na = this.pLen[i];
    const ssb = this.pBase[i + 1];
    let nb = this.pLen[i + 1];
    this.pLen[i] = na + nb;
    if (i === this.n - 3) {
      this.pBase[i + 1] = this.pBase[i + 2];
      this.pLen[i + 1] = this.pLen[i + 2];
      this.pPower[i + 1] = this.pPower[i + 2];
    }
    --this.n;
    const k = this.gallopRight(this.keys[ssb], this.keys, ssa, na, 0);
    ssa += k;
    na -= k;
    if (na === 0) return;
    nb = this.gallopLeft(this.keys[ssa + na - 1], this.keys, ssb, nb, nb - 1);
    if (nb <= 0) return;
    if (na <= nb) this.mergeLo(ssa, na, ssb, nb);
    else this.mergeHi(ssa, na, ssb, nb);
  }

  /** found_new_run: merge runs of greater power than the new boundary's. */
  foundNewRun(n2: number): void {
    if (this.n === 0) return;
    const s1 = this.pBase[this.n - 1];
    const n1 = this.pLen[this.n - 1];
    const power = powerloop(s1, n1, n2, this.listlen);
    while (this.n > 1 && this.pPower[this.n - 2] > power) this.mergeAt(this.n - 2);
    this.pPower[this.n - 1] = power;
  }

  forceCollapse(): void {
    while (this.n > 1) {
      let n = this.n - 2;
      if (n > 0 && this.pLen[n - 1] < this.pLen[n + 1]) --n;
      this.mergeAt(n);
    }
  }

  /** The main loop of list_sort_impl over the whole array. */
  sort(): void {
    let nremaining = this.listlen;
    if (nremaining < 2) return;
    const minrun = computeMinrun(nremaining);
    let lo = 0;
    do {
      let n = this.countRun(lo, lo + nremaining);
      if (this.descending) this.reverseRange(lo, n);
      if (n < minrun) {
        const force = nremaining <= minrun ? nremaining : minrun;
        this.binarySort(lo, lo + force, lo + n);
        n = force;
      }
      this.foundNewRun(n);
      this.pBase[this.n] = lo;
      this.pLen[this.n] = n;
      ++this.n;
      lo += n;
      nremaining -= n;
    } while (nremaining);
    this.forceCollapse();
  }
}

function reverseArray(a: Int32Array, lo: number, hi: number): void {
  for (hi--; lo < hi; lo++, hi--) {
    const t = a[lo];
    a[lo] = a[hi];
    a[hi] = t;
  }
}

/**
 * Sort `n` keys in place with CPython's timsort, `values` (when given) moving with them.
 * `lt(a, b)` is the only comparison; when it throws, the arrays still hold a permutation of
 * their elements. list.sort passes richCompareBool(<) over object addresses; tests pass
 * plain numbers to compare the comparison sequence with CPython's.
 */
export function timsort(lt: (a: number, b: number) => boolean, keys: Int32Array, values: Int32Array | null, n: number): void {
  new MergeState(lt, keys, values, n).sort();
}

const sortSpec = clinicSpec(argSpec("sort", ["*", "key=", "reverse="]));
const sortArgs = new Int32Array(2);

/** list.sort(*, key=None, reverse=False). */
export function listSortMethod(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  parseArgs(rt, sortSpec, args, nargs, kwnames, sortArgs);
  let keyfunc = sortArgs[0];
  const reverseArg = sortArgs[1];
  if (keyfunc === rt.S.None) keyfunc = 0;
  const reverse = reverseArg !== 0 && reverseFlag(rt, reverseArg);
  listSort(rt, self, keyfunc, reverse);
  rt.incref(rt.S.None);
  return rt.S.None;
}

/** The `reverse` argument: anything with __index__ (bool included), as the "i" converter. */
function reverseFlag(rt: Runtime, o: number): boolean {
  if (!hasIndex(rt, o)) throw rt.raise(rt.E.TypeError, `'${rt.typeName(o)}' object cannot be interpreted as an integer`);
  return asSsize(rt, o, 0) !== 0;
}

/**
 * The pre-sort check of list_sort_impl: when every key has the same exact type whose `<`
 * cannot run Python code, compare directly (CPython's unsafe_long_compare,
 * unsafe_float_compare, unsafe_latin_compare); the results are those of richCompareBool.
 */
function chooseCompare(rt: Runtime, keys: Int32Array, n: number): (a: number, b: number) => boolean {
  const generic = (a: number, b: number) => richCompareBool(rt, a, b, CompareOp.LT);
  if (n < 2) return generic;
  const type = rt.typeOf(keys[0]);
  const i32 = rt.i32;
  if (type === rt.T.int) {
    for (let i = 0; i < n; i++) {
      const k = keys[i];
      if (rt.typeOf(k) !== type) return generic;
      const size = i32[(k + Ob.SIZE) >> 2];
      if (size < -1 || size > 1) return generic;
    }
    const u32 = rt.u32;
    return (a, b) => i32[(a + Ob.SIZE) >> 2] * u32[(a + SortLayout.INT_DIGIT) >> 2] < i32[(b + Ob.SIZE) >> 2] * u32[(b + SortLayout.INT_DIGIT) >> 2];
  }
  if (type === rt.T.float) {
    for (let i = 0; i < n; i++) if (rt.typeOf(keys[i]) !== type) return generic;
    const f64 = rt.f64;
    return (a, b) => f64[(a + SortLayout.FLOAT_VALUE) >> 3] < f64[(b + SortLayout.FLOAT_VALUE) >> 3];
  }
  if (type === rt.T.str) {
    let latin1 = true;
    for (let i = 0; i < n; i++) {
      const k = keys[i];
      if (rt.typeOf(k) !== type) return generic;
      if (strKind(rt, k) !== Kind.UCS1) latin1 = false;
    }
    // unsafe_latin_compare: every key one byte a character, compared as bytes.
    if (latin1) return (a, b) => latin1Less(rt, a, b);
    return (a, b) => strCompare(rt, a, b) < 0;
  }
  return generic;
}

/**
 * listSort's copy of the items (only its first n entries are the sort's), kept for the next
 * sort once this one is done: a list of 200,000 ints sorted ten times otherwise left 0.8 MB of
 * garbage a sort until V8 collected it. A sort started while another runs (from a comparison
 * or a key function) finds no spare and makes its own.
 */
let spareItemsCopy: Int32Array | null = null;

function takeItemsCopy(n: number): Int32Array {
  const spare = spareItemsCopy;
  if (spare === null || spare.length < n) return new Int32Array(n);
  spareItemsCopy = null;
  return spare;
}

function giveItemsCopy(items: Int32Array): void {
  if (spareItemsCopy === null || items.length > spareItemsCopy.length) spareItemsCopy = items;
}

/** Sort list `l` in place (keyfunc 0 for none). See the essay above for the protocol. */
export function listSort(rt: Runtime, l: number, keyfunc: number, reverse: boolean): void {
  const n = listSize(rt, l);
  if (keyfunc === 0 && n >= Radix.MIN_KEYS && sortSmallIntItemsInPlace(rt, l, n, reverse)) return;
  const savedItems = listItems(rt, l);
  const savedAllocated = listAllocated(rt, l);
  rt.store(l + Ob.SIZE, 0);
  rt.store(l + List.ITEMS, 0);
  rt.i32[(l + List.ALLOCATED) >> 2] = -1;
  rt.i32[(l + List.ALLOCATED + 4) >> 2] = -1;

  const items = takeItemsCopy(n);
  for (let i = 0; i < n; i++) items[i] = rt.i32[(savedItems >> 2) + 2 * i];
  let keys: Int32Array | null = null;
  let failure: unknown = undefined;
  let failed = false;
  try {
    if (keyfunc !== 0) {
      keys = new Int32Array(n);
      let i = 0;
      try {
        for (; i < n; i++) keys[i] = call1(rt, keyfunc, items[i]);
      } catch (e) {
        for (i = i - 1; i >= 0; i--) rt.decref(keys[i]);
        keys = null;
        throw e;
      }
    }
    try {
      if (reverse && n > 1) {
        if (keys !== null) reverseArray(keys, 0, n);
        reverseArray(items, 0, n);
      }
      if (
        !sortSmallInts(rt, keys ?? items, keys !== null ? items : null, n) &&
        !sortLatin1Strs(rt, keys ?? items, keys !== null ? items : null, n)
      ) {
        const lt = chooseCompare(rt, keys ?? items, n);
        if (keys !== null) timsort(lt, keys, items, n);
        else timsort(lt, items, null, n);
      }
    } finally {
      if (keys !== null) for (let i = 0; i < n; i++) rt.decref(keys[i]);
      if (reverse && n > 1) reverseArray(items, 0, n);
      for (let i = 0; i < n; i++) rt.i32[(savedItems >> 2) + 2 * i] = items[i];
    }
    if (listAllocated(rt, l) !== -1) throw rt.raise(rt.E.ValueError, "list modified during sort");
  } catch (e) {
    failed = true;
    failure = e;
  }
  // Put the items back; whatever the comparisons left in the list is released.
  const finalItems = listItems(rt, l);
  let i = listSize(rt, l);
  rt.store(l + Ob.SIZE, n);
  rt.store(l + List.ITEMS, savedItems);
  rt.i32[(l + List.ALLOCATED) >> 2] = savedAllocated;
  rt.i32[(l + List.ALLOCATED + 4) >> 2] = 0;
  if (finalItems !== 0) {
    while (--i >= 0) {
      const v = rt.i32[(finalItems >> 2) + 2 * i];
      if (v !== 0) rt.decref(v);
    }
    rt.heap.free(finalItems);
  }
  giveItemsCopy(items);
  if (failed) throw failure;
}
