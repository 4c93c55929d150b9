/**
 * Allocation statistics as plain data: what `_debugmallocstats` prints, what
 * `sys.getallocatedblocks` returns, and the raw allocator's and static region's counters.
 *
 * Like CPython, the pool figures come from a walk over every carved pool of every live arena
 * (full pools are on no list, so a walk is the only way to see them); the arena and raw figures
 * are counters. Byte accounting, per live arena set:
 *
 *   arenas × arenaSize = allocated blocks + available blocks + unused pools
 *                        + pool headers + quantization + arena alignment
 *
 * where "available" counts the free and virgin blocks of non-empty pools and "quantization" the
 * tail of each non-empty pool too short for another block.
 */
import { Arena, NONE, type Arenas } from "./arenas.js";
import {
  ARENA_MAP_BOT_BYTES, ARENA_MAP_MID_BYTES, ARENA_MAP_ROOT_BYTES, PoolWord, blockSize, type HeapLayoutName,
} from "./layout.js";
import { ChunkFlag, ChunkWord, type RawAllocator } from "./raw.js";

export interface SizeClassStats {
  readonly sizeClass: number;
  readonly blockSize: number;
  readonly blocksPerPool: number;
  /** Pools of this class with at least one block in use (used or full). */
  readonly pools: number;
  readonly blocksInUse: number;
  /** Free and never-carved blocks in those pools: blocksPerPool × pools − blocksInUse. */
  readonly availableBlocks: number;
}

export interface ArenaStats {
  readonly index: number;
  readonly address: number;
  /** Pools carved so far (the rest have never been touched). */
  readonly poolsCarved: number;
  /** Carved pools with blocks in use. */
  readonly poolsInUse: number;
  /** Cached empty pools + never-carved pools (CPython's nfreepools). */
  readonly freePools: number;
  readonly totalPools: number;
  readonly blocksInUse: number;
}

export interface RawStats {
  /** Raw blocks in use, both domains. */
  readonly blocksInUse: number;
  /** Of those, the object domain's fallbacks (size 0 or > threshold): CPython's raw_allocated_blocks. */
  readonly objectBlocksInUse: number;
  readonly bytesRequested: number;
  /** Bytes the blocks occupy, headers and rounding included. */
  readonly bytesInUse: number;
  readonly bytesInUseHighwater: number;
  readonly blocksHighwater: number;
  readonly freeChunks: number;
  readonly freeBytes: number;
  readonly largestFreeChunk: number;
}

export interface HeapStats {
  readonly layout: HeapLayoutName;
  readonly smallRequestThreshold: number;
  readonly numSizeClasses: number;
  readonly arenaSize: number;
  readonly poolSize: number;

  readonly arenasAllocatedTotal: number;
  readonly arenasReclaimed: number;
  readonly arenasHighwater: number;
  readonly arenasCurrent: number;

  /** One entry per size class, in class order (classes with no pool have zeros). */
  readonly sizeClasses: readonly SizeClassStats[];
  /** Used + full pools. */
  readonly poolsInUse: number;
  /** Σ nfreepools over live arenas: cached empty pools + pools never carved. */
  readonly unusedPools: number;

  readonly bytesInArenas: number;
  readonly bytesInAllocatedBlocks: number;
  readonly bytesInAvailableBlocks: number;
  readonly bytesInUnusedPools: number;
  readonly bytesLostToPoolHeaders: number;
  readonly bytesLostToQuantization: number;
  readonly bytesLostToArenaAlignment: number;

  /** CPython's radix tree as 3.11 would size it (null for the classic layout, which has none). */
  readonly arenaMap: { readonly midNodes: number; readonly botNodes: number; readonly rootBytes: number;
                       readonly midBytes: number; readonly botBytes: number } | null;

  readonly pymallocBlocksInUse: number;
  /** sys.getallocatedblocks(): pymallocBlocksInUse + raw.objectBlocksInUse. */
  readonly allocatedBlocks: number;
  readonly raw: RawStats;

  readonly staticBytesUsed: number;
  readonly staticBytesTotal: number;
  readonly addressSpaceBytes: number;

  /** Live arenas in descriptor order. */
  readonly arenas: readonly ArenaStats[];
  /** Addresses of the arenas on usable_arenas, in list order (ascending free pools). */
  readonly usableArenas: readonly number[];
}

export interface StaticRegion {
  readonly used: number;
  readonly total: number;
}

/** Σ COUNT over every carved pool of every live arena (CPython's _Py_GetAllocatedBlocks walk). */
export function pymallocBlocksInUse(arenas: Arenas, i32: Int32Array): number {
  const d = arenas.d;
  const poolSize = arenas.layout.poolSize;
  let n = 0;
  for (let a = 0; a < arenas.maxarenas; a++) {
    const u = a * Arena.STRIDE;
    const base = d[u + Arena.ADDRESS];
    if (base === 0) continue;
    const end = d[u + Arena.POOL_ADDRESS];
    for (let pool = Math.ceil(base / poolSize) * poolSize; pool < end; pool += poolSize) n += i32[(pool >> 2) + PoolWord.COUNT];
  }
  return n;
}

export function collectStats(arenas: Arenas, raw: RawAllocator, i32: Int32Array, staticRegion: StaticRegion,
                             addressSpaceBytes: number): HeapStats {
  const layout = arenas.layout;
  const n = layout.sizeClasses;
  const poolSize = layout.poolSize;
  const pools = new Array<number>(n).fill(0);
  const blocks = new Array<number>(n).fill(0);
  const d = arenas.d;
  const arenaList: ArenaStats[] = [];
  let unusedPools = 0;
  let alignmentLoss = 0;
  let live = 0;

  for (let a = 0; a < arenas.maxarenas; a++) {
    const u = a * Arena.STRIDE;
    const base = d[u + Arena.ADDRESS];
    if (base === 0) continue;
    live++;
    unusedPools += d[u + Arena.NFREEPOOLS];
    const first = Math.ceil(base / poolSize) * poolSize;
    if (first !== base) alignmentLoss += poolSize;
    const end = d[u + Arena.POOL_ADDRESS];
    let inUse = 0;
    let arenaBlocks = 0;
    for (let pool = first; pool < end; pool += poolSize) {
      const count = i32[(pool >> 2) + PoolWord.COUNT];
      if (count === 0) continue;
      const sz = i32[(pool >> 2) + PoolWord.SZIDX];
      pools[sz]++;
      blocks[sz] += count;
      inUse++;
      arenaBlocks += count;
    }
    arenaList.push({
      index: a, address: base, poolsCarved: (end - first) / poolSize, poolsInUse: inUse,
      freePools: d[u + Arena.NFREEPOOLS], totalPools: d[u + Arena.NTOTALPOOLS], blocksInUse: arenaBlocks,
    });
  }

  const sizeClasses: SizeClassStats[] = [];
  let allocatedBytes = 0, availableBytes = 0, headerBytes = 0, quantization = 0, poolsInUse = 0, pymallocBlocks = 0;
  for (let i = 0; i < n; i++) {
    const size = blockSize(layout, i);
    const perPool = layout.blocksPerPool[i];
    const available = perPool * pools[i] - blocks[i];
    sizeClasses.push({ sizeClass: i, blockSize: size, blocksPerPool: perPool, pools: pools[i], blocksInUse: blocks[i], availableBlocks: available });
    allocatedBytes += blocks[i] * size;
    availableBytes += available * size;
    headerBytes += pools[i] * layout.poolOverhead;
    quantization += pools[i] * ((poolSize - layout.poolOverhead) % size);
    poolsInUse += pools[i];
    pymallocBlocks += blocks[i];
  }

  const usableArenas: number[] = [];
  for (let a = arenas.usableArenas, guard = 0; a !== NONE && guard <= arenas.maxarenas; a = d[a * Arena.STRIDE + Arena.NEXTARENA], guard++) {
    usableArenas.push(d[a * Arena.STRIDE + Arena.ADDRESS]);
  }

  return {
    layout: layout.name,
    smallRequestThreshold: layout.smallRequestThreshold,
    numSizeClasses: n,
    arenaSize: layout.arenaSize,
    poolSize,
    arenasAllocatedTotal: arenas.ntimesArenaAllocated,
    arenasReclaimed: arenas.ntimesArenaAllocated - live,
    arenasHighwater: arenas.narenasHighwater,
    arenasCurrent: live,
    sizeClasses,
    poolsInUse,
    unusedPools,
    bytesInArenas: live * layout.arenaSize,
    bytesInAllocatedBlocks: allocatedBytes,
    bytesInAvailableBlocks: availableBytes,
    bytesInUnusedPools: unusedPools * poolSize,
    bytesLostToPoolHeaders: headerBytes,
    bytesLostToQuantization: quantization,
    bytesLostToArenaAlignment: alignmentLoss,
    arenaMap: layout.radixTree ? {
      midNodes: arenas.mapMidNodes.size, botNodes: arenas.mapBotNodes.size, rootBytes: ARENA_MAP_ROOT_BYTES,
      midBytes: arenas.mapMidNodes.size * ARENA_MAP_MID_BYTES, botBytes: arenas.mapBotNodes.size * ARENA_MAP_BOT_BYTES,
    } : null,
    pymallocBlocksInUse: pymallocBlocks,
    allocatedBlocks: pymallocBlocks + raw.objectBlocksInUse,
    raw: collectRawStats(raw, i32),
    staticBytesUsed: staticRegion.used,
    staticBytesTotal: staticRegion.total,
    addressSpaceBytes,
    arenas: arenaList,
    usableArenas,
  };
}

function collectRawStats(raw: RawAllocator, i32: Int32Array): RawStats {
  let freeChunks = 0, freeBytes = 0, largest = 0;
  for (let bin = 0; bin < raw.bins.length; bin++) {
    for (let c = raw.bins[bin]; c !== 0; c = i32[(c >> 2) + ChunkWord.NEXT_FREE]) {
      const size = i32[c >> 2] & ~ChunkFlag.MASK;
      freeChunks++;
      freeBytes += size;
      if (size > largest) largest = size;
    }
  }
  return {
    blocksInUse: raw.blocksInUse, objectBlocksInUse: raw.objectBlocksInUse, bytesRequested: raw.bytesRequested,
    bytesInUse: raw.bytesInUse, bytesInUseHighwater: raw.bytesInUseHighwater, blocksHighwater: raw.blocksHighwater,
    freeChunks, freeBytes, largestFreeChunk: largest,
  };
}
