/**
 * Heap layouts: the constants that give obmalloc its shape.
 *
 * Two layouts share every algorithm and differ only in numbers:
 *
 *                        classic (CPython ≤ 3.9)     cpython311 (64-bit 3.10, 3.11)
 *   alignment            8  (shift 3)                16 (shift 4)
 *   size classes         64 (8, 16, … 512)           32 (16, 32, … 512)
 *   pool                 4 KiB                       16 KiB
 *   arena                256 KiB = 64 pools          1 MiB = 64 pools
 *   arena base           arena-aligned               arena-aligned + 4 KiB (a page-aligned mmap)
 *   usable pools/arena   64                          63 (16 KiB lost to arena alignment)
 *   address check        (per-slot table here)       radix tree (reported in the stats only)
 *
 * A pool is a run of equal-size blocks behind a 48-byte header (the `Pool` offsets below, laid
 * out as CPython's 64-bit `struct pool_header`). Pointer fields are 8 bytes wide as in CPython;
 * addresses here are below 2^31, so only the low 32-bit word of each is used and the high word
 * is kept zero. Relations between the constants are asserted once, when this module loads.
 */

export type HeapLayoutName = "classic" | "cpython311";

export interface HeapLayout {
  readonly name: HeapLayoutName;
  /** Granularity of the size classes and alignment of every pymalloc block. */
  readonly alignment: number;
  readonly alignmentShift: number;
  /** Largest request served from a size class; larger ones (and 0) go to the raw allocator. */
  readonly smallRequestThreshold: number;
  readonly sizeClasses: number;
  readonly poolSize: number;
  readonly poolBits: number;
  /** The pool header rounded up to the alignment: where a pool's first block starts. */
  readonly poolOverhead: number;
  readonly arenaSize: number;
  readonly arenaBits: number;
  /** Pools an arena-aligned arena would hold (CPython's MAX_POOLS_IN_ARENA). */
  readonly maxPoolsInArena: number;
  /** Where the simulated arena allocator places an arena relative to an arena-aligned address. */
  readonly arenaBaseOffset: number;
  /** Whole pools left after rounding the arena base up to a pool boundary. */
  readonly usablePoolsPerArena: number;
  /** Bytes per arena that no pool can use because the base is not pool-aligned. */
  readonly arenaAlignmentLoss: number;
  /** Whether `_debugmallocstats` reports CPython 3.10+'s radix tree ("arena map counts"). */
  readonly radixTree: boolean;
  /** Blocks per pool by size class: (poolSize - poolOverhead) // blockSize. */
  readonly blocksPerPool: readonly number[];
}

/** Largest request served by pymalloc (the same in both layouts). */
export const SMALL_REQUEST_THRESHOLD = 512;
/** Size of CPython's 64-bit pool header; a multiple of both alignments, so it is also POOL_OVERHEAD. */
export const POOL_HEADER_BYTES = 48;
export const MAX_POOLS_IN_ARENA = 64;
/** The page size the simulated mmap aligns arenas to. */
export const SYSTEM_PAGE_SIZE = 4096;
/** `szidx` of a freshly carved pool that has never held a size class. */
export const DUMMY_SIZE_IDX = 0xffff;
/** The arena descriptor vector starts this long and doubles (CPython's INITIAL_ARENA_OBJECTS). */
export const INITIAL_ARENA_OBJECTS = 16;
/** Bytes of a free block taken by its free-list link (the rest is poisoned in debug mode). */
export const FREE_LINK_BYTES = 4;
/** Byte written over freed memory when `poisonFreed` is on (CPython's PYMEM_DEADBYTE). */
export const POISON_BYTE = 0xdd;

/** Pool header fields: byte offsets from the pool's address (CPython's 64-bit struct pool_header). */
export const enum Pool {
  /** ref.count: blocks currently allocated from this pool. */
  COUNT = 0,
  /** Head of the pool's free-block list; 0 when empty. */
  FREEBLOCK = 8,
  /** Next pool in usedpools[szidx] (circular) or in the arena's freepools (0-terminated). */
  NEXTPOOL = 16,
  /** Previous pool in usedpools[szidx]; unused on freepools. */
  PREVPOOL = 24,
  /** Index of the owning arena descriptor. */
  ARENAINDEX = 32,
  /** Size-class index, or DUMMY_SIZE_IDX for a pool carved but never used. */
  SZIDX = 36,
  /** Offset of the next never-used ("virgin") block. */
  NEXTOFFSET = 40,
  /** Largest valid NEXTOFFSET: poolSize - blockSize. */
  MAXNEXTOFFSET = 44,
}

/** The same fields as Int32Array indices relative to `pool >> 2`; *_HI are the zero high words. */
export const enum PoolWord {
  COUNT = 0,
  COUNT_HI = 1,
  FREEBLOCK = 2,
  FREEBLOCK_HI = 3,
  NEXTPOOL = 4,
  NEXTPOOL_HI = 5,
  PREVPOOL = 6,
  PREVPOOL_HI = 7,
  ARENAINDEX = 8,
  SZIDX = 9,
  NEXTOFFSET = 10,
  MAXNEXTOFFSET = 11,
}

/** CPython 3.11's radix tree on 64-bit: 15 top bits | 15 mid bits | 14 bottom bits | 20 arena bits. */
export const ARENA_MAP_BITS = 20;
export const ARENA_MAP_BOT_BITS = 14;
export const ARENA_MAP_MID_BITS = 15;
export const ARENA_MAP_TOP_BITS = 15;
const ARENA_MAP_POINTER_BYTES = 8;
/** Each bottom entry holds two int32 tails. */
const ARENA_MAP_BOT_ENTRY_BYTES = 8;
export const ARENA_MAP_ROOT_BYTES = (1 << ARENA_MAP_TOP_BITS) * ARENA_MAP_POINTER_BYTES;
export const ARENA_MAP_MID_BYTES = (1 << ARENA_MAP_MID_BITS) * ARENA_MAP_POINTER_BYTES;
export const ARENA_MAP_BOT_BYTES = (1 << ARENA_MAP_BOT_BITS) * ARENA_MAP_BOT_ENTRY_BYTES;

function makeLayout(name: HeapLayoutName, alignmentShift: number, poolBits: number, arenaBits: number,
                    arenaBaseOffset: number, radixTree: boolean): HeapLayout {
  const alignment = 1 << alignmentShift;
  const poolSize = 1 << poolBits;
  const poolOverhead = Math.ceil(POOL_HEADER_BYTES / alignment) * alignment;
  const sizeClasses = SMALL_REQUEST_THRESHOLD / alignment;
  const misaligned = arenaBaseOffset % poolSize !== 0;
  const blocksPerPool: number[] = [];
  for (let i = 0; i < sizeClasses; i++) blocksPerPool.push(Math.floor((poolSize - poolOverhead) / ((i + 1) << alignmentShift)));
  return Object.freeze({
    name, alignment, alignmentShift, smallRequestThreshold: SMALL_REQUEST_THRESHOLD, sizeClasses,
    poolSize, poolBits, poolOverhead, arenaSize: 1 << arenaBits, arenaBits,
    maxPoolsInArena: (1 << arenaBits) / poolSize, arenaBaseOffset,
    usablePoolsPerArena: MAX_POOLS_IN_ARENA - (misaligned ? 1 : 0),
    arenaAlignmentLoss: misaligned ? poolSize : 0,
    radixTree, blocksPerPool: Object.freeze(blocksPerPool),
  });
}

export const LAYOUTS: Readonly<Record<HeapLayoutName, HeapLayout>> = Object.freeze({
  classic: makeLayout("classic", 3, 12, 18, 0, false),
  cpython311: makeLayout("cpython311", 4, 14, 20, SYSTEM_PAGE_SIZE, true),
});

export const DEFAULT_LAYOUT: HeapLayoutName = "classic";

/** Block size of size class `i`. */
export function blockSize(layout: HeapLayout, i: number): number {
  return (i + 1) << layout.alignmentShift;
}

function assertLayout(l: HeapLayout): void {
  const fail = (what: string) => { throw new Error(`heap layout ${l.name}: ${what}`); };
  if (l.alignment !== 1 << l.alignmentShift) fail("alignment is not 1 << alignmentShift");
  if (l.poolSize !== 1 << l.poolBits || l.arenaSize !== 1 << l.arenaBits) fail("sizes are not powers of two");
  if (l.sizeClasses * l.alignment !== l.smallRequestThreshold) fail("classes * alignment != threshold");
  if (l.maxPoolsInArena !== MAX_POOLS_IN_ARENA) fail("an arena must hold 64 pools");
  if (l.poolOverhead !== POOL_HEADER_BYTES) fail("the pool header must be a multiple of the alignment");
  if (l.arenaBaseOffset % SYSTEM_PAGE_SIZE !== 0 || l.arenaBaseOffset >= l.poolSize) fail("arena base offset must be a page inside the first pool");
  if (l.poolSize - l.poolOverhead < 2 * l.smallRequestThreshold) fail("a pool must hold two blocks of every class");
  if (l.alignment < 8 || l.poolSize < SYSTEM_PAGE_SIZE) fail("blocks must allow f64 access; pools must be pages");
  if (l.blocksPerPool.length !== l.sizeClasses) fail("blocksPerPool has the wrong length");
  if (l.usablePoolsPerArena * l.poolSize + l.arenaAlignmentLoss !== l.arenaSize) fail("pools + alignment loss != arena");
}

function assertPoolWords(): void {
  const pairs: Array<[number, number]> = [
    [PoolWord.COUNT, Pool.COUNT], [PoolWord.FREEBLOCK, Pool.FREEBLOCK], [PoolWord.NEXTPOOL, Pool.NEXTPOOL],
    [PoolWord.PREVPOOL, Pool.PREVPOOL], [PoolWord.ARENAINDEX, Pool.ARENAINDEX], [PoolWord.SZIDX, Pool.SZIDX],
    [PoolWord.NEXTOFFSET, Pool.NEXTOFFSET], [PoolWord.MAXNEXTOFFSET, Pool.MAXNEXTOFFSET],
  ];
  for (const [word, byte] of pairs) if (word * 4 !== byte) throw new Error("PoolWord and Pool disagree");
  if ((PoolWord.MAXNEXTOFFSET + 1) * 4 !== POOL_HEADER_BYTES) throw new Error("pool header fields do not fill 48 bytes");
  if (ARENA_MAP_BITS + ARENA_MAP_BOT_BITS + ARENA_MAP_MID_BITS + ARENA_MAP_TOP_BITS !== 64) throw new Error("radix tree bits");
}

assertPoolWords();
assertLayout(LAYOUTS.classic);
assertLayout(LAYOUTS.cpython311);
