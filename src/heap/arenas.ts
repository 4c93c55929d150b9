/**
 * Arenas: where pools come from (CPython's arena_object vector, new_arena, the pool-taking half
 * of allocate_from_new_pool and the arena half of insert_to_freepool).
 *
 *   arena (cpython311: base = arena-aligned + 4 KiB, as a page-aligned mmap would return)
 *   ├─ lost ─┬── pool 0 ──┬── pool 1 ──┬ … ┬── pool k ──┬── never carved ──────┬ lost ┤
 *   base     first pool                     pool_address (carving high-water)  base + arenaSize
 *
 * Descriptors live in one Int32Array, ARENA_STRIDE words each (`Arena` fields). Like CPython's
 * `arenas[]` the vector starts with INITIAL_ARENA_OBJECTS entries and doubles; a descriptor with
 * address 0 is unused and sits on `unusedArenaObjects` (singly linked through NEXTARENA).
 *
 * Arena states:
 *   - usable: at least one free pool (cached empty or never carved); on `usableArenas`, a doubly
 *     linked list sorted by ascending nfreepools, so the fullest arena is used first and nearly
 *     empty ones get the chance to empty completely;
 *   - full: no free pool; on no list;
 *   - released: every pool empty and it was not the last on `usableArenas` (one wholly free
 *     arena is kept to stop a loop from allocating and releasing an arena each iteration).
 *     Its range goes back to the raw allocator; the descriptor back to `unusedArenaObjects`.
 *
 * `nfp2lasta[n]` is the last arena on `usableArenas` with n free pools (or NONE), so an arena
 * whose count grows moves right in O(1). Arenas are spans of the raw allocator; `poolStart[slot]`
 * holds, for the arena-aligned slot its base lies in, the address of its first pool (NO_POOLS for
 * none): an address p is a pymalloc block exactly when p >= poolStart[p >> arenaBits].
 */
import { RawAllocator } from "./raw.js";
import {
  ARENA_MAP_BITS, ARENA_MAP_BOT_BITS, ARENA_MAP_MID_BITS, DUMMY_SIZE_IDX, INITIAL_ARENA_OBJECTS, PoolWord, type HeapLayout,
} from "./layout.js";

/** Fields of an arena descriptor, as offsets from `index * ARENA_STRIDE`. */
export const enum Arena {
  /** Base of the arena's range; 0 when the descriptor is unused. */
  ADDRESS = 0,
  /** Next pool to carve (the carving high-water mark). */
  POOL_ADDRESS = 1,
  /** Cached empty pools + pools never carved. */
  NFREEPOOLS = 2,
  /** Pools that fit after aligning the base. */
  NTOTALPOOLS = 3,
  /** Singly linked list (through the pool headers' NEXTPOOL) of empty pools; 0 ends it. */
  FREEPOOLS = 4,
  NEXTARENA = 5,
  PREVARENA = 6,
  STRIDE = 8,
}

export const NONE = -1;
export const NO_POOLS = 0x7fffffff;

export class Arenas {
  d = new Int32Array(0);
  maxarenas = 0;
  usableArenas = NONE;
  unusedArenaObjects = NONE;
  readonly nfp2lasta: Int32Array;
  narenasCurrentlyAllocated = 0;
  ntimesArenaAllocated = 0;
  narenasHighwater = 0;
  readonly poolStart: Int32Array;
  /** Radix-tree nodes CPython would have created so far (nodes are never freed in 3.11). */
  readonly mapMidNodes = new Set<number>();
  readonly mapBotNodes = new Set<number>();

  private readonly poolSize: number;
  private readonly arenaBits: number;

  constructor(private i32: Int32Array, readonly layout: HeapLayout, readonly raw: RawAllocator, maxBytes: number) {
    this.poolSize = layout.poolSize;
    this.arenaBits = layout.arenaBits;
    this.nfp2lasta = new Int32Array(layout.maxPoolsInArena + 1).fill(NONE);
    this.poolStart = new Int32Array((maxBytes >>> layout.arenaBits) + 1).fill(NO_POOLS);
  }

  /** The heap moved to another buffer (Heap.rebindBuffer): use its view from now on. */
  rebind(i32: Int32Array): void {
    this.i32 = i32;
  }

  /**
   * Take a pool for a size class that has no used pool: a cached empty pool of the first usable
   * arena, else a freshly carved one (ARENAINDEX set, SZIDX = DUMMY_SIZE_IDX). Returns 0 when
   * no arena can be had.
   */
  takePool(): number {
    let ua = this.usableArenas;
    if (ua === NONE) {
      ua = this.newArena();
      if (ua === NONE) return 0;
      const u = ua * Arena.STRIDE;
      this.d[u + Arena.NEXTARENA] = NONE;
      this.d[u + Arena.PREVARENA] = NONE;
      this.usableArenas = ua;
      this.nfp2lasta[this.d[u + Arena.NFREEPOOLS]] = ua;
    }
    return this.takePoolFrom(ua, this.d);
  }

  /** Take a pool from ua, the head of usableArenas; it had the fewest free pools, so stays first. */
  private takePoolFrom(ua: number, d: Int32Array): number {
    const u = ua * Arena.STRIDE;
    const nf = d[u + Arena.NFREEPOOLS];
    if (this.nfp2lasta[nf] === ua) this.nfp2lasta[nf] = NONE;
    if (nf > 1) this.nfp2lasta[nf - 1] = ua;

    let pool = d[u + Arena.FREEPOOLS];
    if (pool !== 0) {
      d[u + Arena.FREEPOOLS] = this.i32[(pool >> 2) + PoolWord.NEXTPOOL];
    } else {
      pool = d[u + Arena.POOL_ADDRESS];
      const w = pool >> 2;
      const i32 = this.i32;
      for (let k = 0; k <= PoolWord.MAXNEXTOFFSET; k++) i32[w + k] = 0;
      i32[w + PoolWord.ARENAINDEX] = ua;
      i32[w + PoolWord.SZIDX] = DUMMY_SIZE_IDX;
      d[u + Arena.POOL_ADDRESS] = pool + this.poolSize;
    }
    d[u + Arena.NFREEPOOLS] = nf - 1;
    if (nf === 1) {
      const next = d[u + Arena.NEXTARENA];
      this.usableArenas = next;
      if (next !== NONE) d[next * Arena.STRIDE + Arena.PREVARENA] = NONE;
    }
    return pool;
  }

  /**
   * An emptied pool (already unlinked from usedpools) goes onto its arena's freepools; then
   * the arena is released, put back on usableArenas, or moved right to keep the order.
   */
  poolEmptied(pool: number): void {
    const d = this.d;
    const i32 = this.i32;
    const ao = i32[(pool >> 2) + PoolWord.ARENAINDEX];
    const u = ao * Arena.STRIDE;
    i32[(pool >> 2) + PoolWord.NEXTPOOL] = d[u + Arena.FREEPOOLS];
    d[u + Arena.FREEPOOLS] = pool;
    let nf = d[u + Arena.NFREEPOOLS];
    const lastnf = this.nfp2lasta[nf];
    if (lastnf === ao) {
      const p = d[u + Arena.PREVARENA];
      this.nfp2lasta[nf] = p !== NONE && d[p * Arena.STRIDE + Arena.NFREEPOOLS] === nf ? p : NONE;
    }
    d[u + Arena.NFREEPOOLS] = ++nf;

    const next = d[u + Arena.NEXTARENA];
    const prev = d[u + Arena.PREVARENA];
    if (nf === d[u + Arena.NTOTALPOOLS] && next !== NONE) {
      if (prev === NONE) this.usableArenas = next;
      else d[prev * Arena.STRIDE + Arena.NEXTARENA] = next;
      d[next * Arena.STRIDE + Arena.PREVARENA] = prev;
      this.releaseArena(ao);
      return;
    }
    if (nf === 1) {
      // It was full, hence on no list: it becomes the head (1 is the smallest count).
      const head = this.usableArenas;
      d[u + Arena.NEXTARENA] = head;
      d[u + Arena.PREVARENA] = NONE;
      if (head !== NONE) d[head * Arena.STRIDE + Arena.PREVARENA] = ao;
      this.usableArenas = ao;
      if (this.nfp2lasta[1] === NONE) this.nfp2lasta[1] = ao;
      return;
    }
    if (this.nfp2lasta[nf] === NONE) this.nfp2lasta[nf] = ao;
    if (ao === lastnf) return;
    // ao now has more free pools than its right neighbour: move it to just after lastnf.
    if (prev !== NONE) d[prev * Arena.STRIDE + Arena.NEXTARENA] = next;
    else this.usableArenas = next;
    d[next * Arena.STRIDE + Arena.PREVARENA] = prev;
    const after = d[lastnf * Arena.STRIDE + Arena.NEXTARENA];
    d[u + Arena.PREVARENA] = lastnf;
    d[u + Arena.NEXTARENA] = after;
    if (after !== NONE) d[after * Arena.STRIDE + Arena.PREVARENA] = ao;
    d[lastnf * Arena.STRIDE + Arena.NEXTARENA] = ao;
  }

  /** Allocate an arena's range and a descriptor; NONE when the address space is exhausted. */
  private newArena(): number {
    if (this.unusedArenaObjects === NONE) this.growDescriptors();
    const ao = this.unusedArenaObjects;
    const d = this.d;
    const u = ao * Arena.STRIDE;
    this.unusedArenaObjects = d[u + Arena.NEXTARENA];
    const base = this.raw.allocSpan();
    if (base === 0) {
      d[u + Arena.NEXTARENA] = this.unusedArenaObjects;
      this.unusedArenaObjects = ao;
      return NONE;
    }
    this.noteMapNodes(base);
    d[u + Arena.ADDRESS] = base;
    this.narenasCurrentlyAllocated++;
    this.ntimesArenaAllocated++;
    if (this.narenasCurrentlyAllocated > this.narenasHighwater) this.narenasHighwater = this.narenasCurrentlyAllocated;
    d[u + Arena.FREEPOOLS] = 0;
    let nfree = this.layout.maxPoolsInArena;
    let firstPool = base;
    const excess = base & (this.poolSize - 1);
    if (excess !== 0) {
      nfree--;
      firstPool += this.poolSize - excess;
    }
    d[u + Arena.POOL_ADDRESS] = firstPool;
    d[u + Arena.NFREEPOOLS] = nfree;
    d[u + Arena.NTOTALPOOLS] = nfree;
    this.poolStart[base >>> this.arenaBits] = firstPool;
    return ao;
  }

  private releaseArena(ao: number): void {
    const d = this.d;
    const u = ao * Arena.STRIDE;
    const base = d[u + Arena.ADDRESS];
    d[u + Arena.NEXTARENA] = this.unusedArenaObjects;
    this.unusedArenaObjects = ao;
    this.poolStart[base >>> this.arenaBits] = NO_POOLS;
    this.raw.freeSpan(base);
    d[u + Arena.ADDRESS] = 0;
    this.narenasCurrentlyAllocated--;
  }

  /** Double the descriptor vector (16 at first) and thread the new entries onto the unused list. */
  private growDescriptors(): void {
    const old = this.maxarenas;
    const n = old === 0 ? INITIAL_ARENA_OBJECTS : old * 2;
    const d = new Int32Array(n * Arena.STRIDE);
    d.set(this.d);
    for (let i = old; i < n; i++) {
      d[i * Arena.STRIDE + Arena.ADDRESS] = 0;
      d[i * Arena.STRIDE + Arena.NEXTARENA] = i < n - 1 ? i + 1 : NONE;
      d[i * Arena.STRIDE + Arena.PREVARENA] = NONE;
    }
    this.d = d;
    this.unusedArenaObjects = old;
    this.maxarenas = n;
  }

  /**
   * Record the radix-tree nodes CPython would allocate to mark [base, base + arenaSize): a mid
   * and a bottom node for the base and, when the base is not 1 MiB-aligned, for base + 1 MiB.
   */
  private noteMapNodes(base: number): void {
    const ideal = 2 ** ARENA_MAP_BITS;
    const botSpan = 2 ** (ARENA_MAP_BITS + ARENA_MAP_BOT_BITS);
    const midSpan = botSpan * 2 ** ARENA_MAP_MID_BITS;
    const ends = base % ideal === 0 ? [base] : [base, base + ideal];
    for (const a of ends) {
      this.mapMidNodes.add(Math.floor(a / midSpan));
      this.mapBotNodes.add(Math.floor(a / botSpan));
    }
  }
}
