/**
 * Read-only questions about the heap, for tools (the `glasspy` module, pictures, tests):
 * which arena, pool and block an address lies in, every arena with its pools and their
 * states, and a one-character-per-block text map in the spirit of MicroPython's mem_info(1).
 *
 * Nothing here changes the heap or allocates in it. Pool states are CPython's: *used* (some
 * blocks allocated, on usedpools), *full* (no free block left: freeblock is NULL), *empty*
 * (no block allocated, on its arena's freepools); pools past the carving high-water mark are
 * *never carved* and not listed.
 */
import { Arena, type Arenas } from "./arenas.js";
import { PoolWord, blockSize, type HeapLayout } from "./layout.js";
import { ChunkFlag, ChunkWord, type RawAllocator } from "./raw.js";

export type PoolState = "used" | "full" | "empty";

export interface PoolInfo {
  readonly address: number;
  readonly arenaIndex: number;
  readonly state: PoolState;
  /** Size class and block size; for an empty pool, the class it last held (-1 if none). */
  readonly sizeClass: number;
  readonly blockSize: number;
  readonly blocksPerPool: number;
  readonly blocksInUse: number;
  /** Blocks on the pool's free list (handed out before, now free). */
  readonly freeBlocks: number;
  /** Blocks never handed out yet (beyond nextoffset). */
  readonly virginBlocks: number;
}

export interface ArenaInfo {
  readonly index: number;
  readonly address: number;
  readonly firstPool: number;
  readonly totalPools: number;
  /** Cached empty pools + never-carved pools (CPython's nfreepools). */
  readonly freePools: number;
  readonly poolsCarved: number;
  readonly pools: readonly PoolInfo[];
}

export type BlockInfo =
  | {
      readonly domain: "pymalloc";
      readonly arenaIndex: number;
      readonly arenaAddress: number;
      readonly poolAddress: number;
      readonly sizeClass: number;
      readonly blockSize: number;
      readonly blockIndex: number;
      readonly blockAddress: number;
    }
  | {
      readonly domain: "raw";
      /** The block's payload address and the request it was made for. */
      readonly blockAddress: number;
      readonly requested: number;
      /** Bytes the chunk occupies, its 16-byte header included. */
      readonly chunkSize: number;
      /** Whether the object/mem domain made it (a fallback for 0 or > threshold bytes). */
      readonly objectDomain: boolean;
    }
  | { readonly domain: "static"; readonly blockAddress: number };

export interface HeapParts {
  readonly layout: HeapLayout;
  readonly i32: Int32Array;
  readonly arenas: Arenas;
  readonly raw: RawAllocator;
  readonly staticBytes: number;
}

/** Pool address of a pymalloc address. */
function poolOf(layout: HeapLayout, addr: number): number {
  return addr - (addr & (layout.poolSize - 1));
}

/** Free-list members of a pool, as a set of block indexes (bounded by the blocks carved). */
function freeBlockIndexes(parts: HeapParts, pool: number, size: number): Set<number> {
  const { i32, layout } = parts;
  const free = new Set<number>();
  const limit = layout.blocksPerPool[i32[(pool >> 2) + PoolWord.SZIDX]] ?? 0;
  for (let b = i32[(pool >> 2) + PoolWord.FREEBLOCK]; b !== 0 && free.size <= limit; b = i32[b >> 2]) {
    free.add((b - pool - layout.poolOverhead) / size);
  }
  return free;
}

function poolInfo(parts: HeapParts, pool: number): PoolInfo {
  const { i32, layout } = parts;
  const w = pool >> 2;
  const count = i32[w + PoolWord.COUNT];
  const szidx = i32[w + PoolWord.SZIDX];
  const known = szidx >= 0 && szidx < layout.sizeClasses;
  const size = known ? blockSize(layout, szidx) : 0;
  const perPool = known ? layout.blocksPerPool[szidx] : 0;
  const carved = known ? Math.min(perPool, (i32[w + PoolWord.NEXTOFFSET] - layout.poolOverhead) / size) : 0;
  const free = known ? freeBlockIndexes(parts, pool, size).size : 0;
  const state: PoolState = count === 0 ? "empty" : i32[w + PoolWord.FREEBLOCK] === 0 ? "full" : "used";
  return {
    address: pool, arenaIndex: i32[w + PoolWord.ARENAINDEX], state, sizeClass: known ? szidx : -1, blockSize: size,
    blocksPerPool: perPool, blocksInUse: count, freeBlocks: count === 0 ? carved : free, virginBlocks: perPool - carved,
  };
}

/** Every live arena in descriptor order, with its carved pools. */
export function arenaInfos(parts: HeapParts): ArenaInfo[] {
  const { arenas, layout } = parts;
  const d = arenas.d;
  const out: ArenaInfo[] = [];
  for (let a = 0; a < arenas.maxarenas; a++) {
    const u = a * Arena.STRIDE;
    const base = d[u + Arena.ADDRESS];
    if (base === 0) continue;
    const first = Math.ceil(base / layout.poolSize) * layout.poolSize;
    const end = d[u + Arena.POOL_ADDRESS];
    const pools: PoolInfo[] = [];
    for (let pool = first; pool < end; pool += layout.poolSize) pools.push(poolInfo(parts, pool));
    out.push({
      index: a, address: base, firstPool: first, totalPools: d[u + Arena.NTOTALPOOLS], freePools: d[u + Arena.NFREEPOOLS],
      poolsCarved: pools.length, pools,
    });
  }
  return out;
}

/**
 * Where the block starting at (or containing, for pymalloc) `addr` lies; null when `addr` is
 * not inside an allocated block the heap can name.
 */
export function blockInfo(parts: HeapParts, addr: number, isPymalloc: boolean): BlockInfo | null {
  const { i32, layout, arenas, raw } = parts;
  if (addr <= 0) return null;
  if (addr < parts.staticBytes) return { domain: "static", blockAddress: addr };
  if (isPymalloc) {
    const pool = poolOf(layout, addr);
    const szidx = i32[(pool >> 2) + PoolWord.SZIDX];
    if (!(szidx >= 0 && szidx < layout.sizeClasses) || i32[(pool >> 2) + PoolWord.COUNT] === 0) return null;
    const size = blockSize(layout, szidx);
    const index = Math.floor((addr - pool - layout.poolOverhead) / size);
    if (index < 0 || index >= layout.blocksPerPool[szidx]) return null;
    const arenaIndex = i32[(pool >> 2) + PoolWord.ARENAINDEX];
    return {
      domain: "pymalloc", arenaIndex, arenaAddress: arenas.d[arenaIndex * Arena.STRIDE + Arena.ADDRESS], poolAddress: pool,
      sizeClass: szidx, blockSize: size, blockIndex: index, blockAddress: pool + layout.poolOverhead + index * size,
    };
  }
  const header = addr - 16;
  const sizeFlags = i32[(header >> 2) + ChunkWord.SIZE_FLAGS];
  if ((addr & 15) !== 0 || !(sizeFlags & ChunkFlag.INUSE)) return null;
  return {
    domain: "raw", blockAddress: addr, requested: raw.requestedSize(addr), chunkSize: sizeFlags & ~ChunkFlag.MASK,
    objectDomain: (sizeFlags & ChunkFlag.OBJECT_DOMAIN) !== 0,
  };
}

/** Symbols for allocated blocks by size class: 64 of them, enough for the classic layout. */
export const CLASS_SYMBOLS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+*";

/**
 * The heap map: for every live arena a header line, then every carved pool as rows of
 * `width` characters, one per block — the size class's symbol (CLASS_SYMBOLS) for a block in
 * use, `.` for a free block, `-` for a block never handed out. Empty pools show one line.
 */
export function heapMap(parts: HeapParts, width = 64): string {
  const { layout } = parts;
  const hex = (n: number) => `0x${n.toString(16).padStart(8, "0")}`;
  let out = `heap map (${layout.name}): one character per block; a-z A-Z 0-9 + * = size class 0, 1, 2, ... in use; '.' free; '-' never used\n`;
  for (const arena of arenaInfos(parts)) {
    out += `arena ${arena.index} at ${hex(arena.address)}: ${arena.poolsCarved} of ${arena.totalPools} pools carved, ${arena.freePools} free\n`;
    for (const pool of arena.pools) {
      if (pool.state === "empty") {
        out += `  pool ${hex(pool.address)} empty\n`;
        continue;
      }
      out += `  pool ${hex(pool.address)} class ${pool.sizeClass} (${pool.blockSize} B) ${pool.state}, ${pool.blocksInUse}/${pool.blocksPerPool} in use\n`;
      const free = freeBlockIndexes(parts, pool.address, pool.blockSize);
      const carved = pool.blocksPerPool - pool.virginBlocks;
      const symbol = CLASS_SYMBOLS[pool.sizeClass];
      let row = "";
      for (let b = 0; b < pool.blocksPerPool; b++) {
        row += b >= carved ? "-" : free.has(b) ? "." : symbol;
        if (row.length === width) {
          out += `    ${row}\n`;
          row = "";
        }
      }
      if (row !== "") out += `    ${row}\n`;
    }
  }
  return out;
}
