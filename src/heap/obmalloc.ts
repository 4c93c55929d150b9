/**
 * obmalloc's pool level: size classes, usedpools and the block free lists (CPython's
 * pymalloc_alloc, pymalloc_pool_extend, allocate_from_new_pool, pymalloc_free).
 *
 *   pool (poolSize bytes, poolSize-aligned)
 *   ┌────────────┬───────┬───────┬───────┬───────┬─────────────────────────┬───────┐
 *   │ header 48  │ blk 0 │ blk 1 │ blk 2 │ blk 3 │ virgin (never handed out)│ waste │
 *   └────────────┴───────┴───────┴───────┴───────┴─────────────────────────┴───────┘
 *                  in use  free ──────▶ free ─▶ 0     ▲ NEXTOFFSET
 *                          ▲ FREEBLOCK (links in each free block's first word)
 *
 * A request of n bytes (1 ≤ n ≤ 512) is served from class (n - 1) >> alignmentShift. Pools are
 * carved lazily: a new pool hands out its first block and threads only the second onto its free
 * list; later blocks are cut from the virgin area one at a time when the free list runs dry.
 *
 * Pool states:
 *   - used:  some blocks allocated, FREEBLOCK ≠ 0; on the circular doubly linked list
 *            usedpools[szidx] (the heads are in `usedpools`, an Int32Array; 0 = empty list);
 *   - full:  every block allocated, FREEBLOCK = 0; on no list;
 *   - empty: COUNT = 0; on its arena's freepools, free to take any size class. A pool reused
 *            for the class it last held keeps its free list and header.
 *
 * A freed block goes to the front of its pool's free list; a pool that was full goes to the
 * front of usedpools (so the next allocation of that class fills it), a pool that empties goes
 * to its arena (arenas.ts). The pool of any block is its address masked by ~(poolSize - 1).
 */
import { Arenas } from "./arenas.js";
import { PoolWord, type HeapLayout } from "./layout.js";

/**
 * Obmalloc.alloc's common case for a caller that holds the heap's view and `usedpools`
 * (Heap.compiledCodePools): a block of size class `idx` from its first used pool's free list,
 * when that list has a second block (so the pool needs no extending and stays on its list);
 * else 0, and nothing done, for Obmalloc.alloc to serve the request. The compiled tier writes
 * the same steps into its texts (src/jit/emitter-base.ts, newIntText).
 */
export function takeListedBlock(i32: Int32Array, usedpools: Int32Array, idx: number): number {
  const pw = usedpools[idx] >> 2;
  if (pw === 0) return 0;
  const bp = i32[pw + PoolWord.FREEBLOCK];
  const next = i32[bp >> 2];
  if (next === 0) return 0;
  i32[pw + PoolWord.FREEBLOCK] = next;
  i32[pw + PoolWord.COUNT]++;
  return bp;
}

export class Obmalloc {
  /** Head of each size class's used-pool list, 0 when none. */
  readonly usedpools: Int32Array;
  private readonly shift: number;
  private readonly poolMask: number;
  private readonly poolSize: number;
  private readonly overhead: number;

  constructor(private i32: Int32Array, layout: HeapLayout, readonly arenas: Arenas) {
    this.usedpools = new Int32Array(layout.sizeClasses);
    this.shift = layout.alignmentShift;
    this.poolMask = ~(layout.poolSize - 1);
    this.poolSize = layout.poolSize;
    this.overhead = layout.poolOverhead;
  }

  /** The heap moved to another buffer (Heap.rebindBuffer): use its view from now on. */
  rebind(i32: Int32Array): void {
    this.i32 = i32;
  }

  /** A block for 1 ≤ size ≤ threshold, or 0 when no pool can be had. */
  alloc(size: number): number {
    const idx = (size - 1) >> this.shift;
    const pool = this.usedpools[idx];
    if (pool === 0) return this.allocFromNewPool(idx);
    const i32 = this.i32;
    const w = pool >> 2;
    i32[w + PoolWord.COUNT]++;
    const bp = i32[w + PoolWord.FREEBLOCK];
    const next = i32[bp >> 2];
    i32[w + PoolWord.FREEBLOCK] = next;
    if (next === 0) this.extend(pool, idx);
    return bp;
  }

  /** Free a block that lies in an arena's pool area. */
  free(p: number): void {
    const i32 = this.i32;
    const pool = p & this.poolMask;
    const w = pool >> 2;
    const lastfree = i32[w + PoolWord.FREEBLOCK];
    i32[p >> 2] = lastfree;
    i32[w + PoolWord.FREEBLOCK] = p;
    const count = i32[w + PoolWord.COUNT] - 1;
    i32[w + PoolWord.COUNT] = count;
    if (lastfree === 0) this.linkFront(pool, i32[w + PoolWord.SZIDX]);
    else if (count === 0) this.poolEmptied(pool);
  }

  /** Block size of the pymalloc block at p. */
  blockSizeOf(p: number): number {
    return (this.i32[((p & this.poolMask) >> 2) + PoolWord.SZIDX] + 1) << this.shift;
  }

  /** The free list ran dry: cut the next virgin block, or, with none left, the pool is full. */
  private extend(pool: number, idx: number): void {
    const i32 = this.i32;
    const w = pool >> 2;
    const off = i32[w + PoolWord.NEXTOFFSET];
    if (off <= i32[w + PoolWord.MAXNEXTOFFSET]) {
      const bp = pool + off;
      i32[w + PoolWord.FREEBLOCK] = bp;
      i32[w + PoolWord.NEXTOFFSET] = off + ((idx + 1) << this.shift);
      i32[bp >> 2] = 0;
      return;
    }
    // Full: unlink it. It is the head (allocation always takes the head), so its successor
    // becomes the head.
    const next = i32[w + PoolWord.NEXTPOOL];
    if (next === pool) {
      this.usedpools[idx] = 0;
    } else {
      const prev = i32[w + PoolWord.PREVPOOL];
      i32[(next >> 2) + PoolWord.PREVPOOL] = prev;
      i32[(prev >> 2) + PoolWord.NEXTPOOL] = next;
      this.usedpools[idx] = next;
    }
  }

  private allocFromNewPool(idx: number): number {
    const pool = this.arenas.takePool();
    if (pool === 0) return 0;
    const i32 = this.i32;
    const w = pool >> 2;
    i32[w + PoolWord.NEXTPOOL] = pool;
    i32[w + PoolWord.PREVPOOL] = pool;
    this.usedpools[idx] = pool;
    i32[w + PoolWord.COUNT] = 1;
    if (i32[w + PoolWord.SZIDX] === idx) {
      const bp = i32[w + PoolWord.FREEBLOCK];
      i32[w + PoolWord.FREEBLOCK] = i32[bp >> 2];
      return bp;
    }
    const size = (idx + 1) << this.shift;
    const bp = pool + this.overhead;
    i32[w + PoolWord.SZIDX] = idx;
    i32[w + PoolWord.NEXTOFFSET] = this.overhead + 2 * size;
    i32[w + PoolWord.MAXNEXTOFFSET] = this.poolSize - size;
    i32[w + PoolWord.FREEBLOCK] = bp + size;
    i32[(bp + size) >> 2] = 0;
    return bp;
  }

  /** A full pool got a free block: it goes to the front of its class's used list. */
  private linkFront(pool: number, idx: number): void {
    const i32 = this.i32;
    const w = pool >> 2;
    const head = this.usedpools[idx];
    if (head === 0) {
      i32[w + PoolWord.NEXTPOOL] = pool;
      i32[w + PoolWord.PREVPOOL] = pool;
    } else {
      const tail = i32[(head >> 2) + PoolWord.PREVPOOL];
      i32[w + PoolWord.NEXTPOOL] = head;
      i32[w + PoolWord.PREVPOOL] = tail;
      i32[(tail >> 2) + PoolWord.NEXTPOOL] = pool;
      i32[(head >> 2) + PoolWord.PREVPOOL] = pool;
    }
    this.usedpools[idx] = pool;
  }

  private unlink(pool: number, idx: number): void {
    const i32 = this.i32;
    const w = pool >> 2;
    const next = i32[w + PoolWord.NEXTPOOL];
    if (next === pool) {
      this.usedpools[idx] = 0;
      return;
    }
    const prev = i32[w + PoolWord.PREVPOOL];
    i32[(next >> 2) + PoolWord.PREVPOOL] = prev;
    i32[(prev >> 2) + PoolWord.NEXTPOOL] = next;
    if (this.usedpools[idx] === pool) this.usedpools[idx] = next;
  }

  private poolEmptied(pool: number): void {
    this.unlink(pool, this.i32[(pool >> 2) + PoolWord.SZIDX]);
    this.arenas.poolEmptied(pool);
  }
}
