/**
 * The heap verifier: walks every structure independently of the code that maintains it and
 * throws HeapCorruption at the first inconsistency.
 *
 * Order of the walk, each step relying only on what the previous ones proved:
 *   1. arena descriptors: every one is live or on the unused list, exactly once; live ones sit
 *      on a span of the raw allocator at the layout's offset and are found by the slot table;
 *   2. pools of each live arena: headers valid, free lists acyclic and inside the carved part
 *      of their pool, COUNT + free-list length = blocks carved, empty pools exactly those on
 *      the arena's freepools, nfreepools = cached + never carved;
 *   3. usedpools: circular lists whose members are exactly the non-full, non-empty pools;
 *   4. usable_arenas: doubly linked, sorted by ascending nfreepools, holding exactly the live
 *      arenas with a free pool, and nfp2lasta pointing at the last arena of each count;
 *   5. the raw region in address order: chunks and spans tile it, no two free chunks touch,
 *      PREV_INUSE bits and footers agree, the bins hold exactly the free chunks, the bitmaps
 *      mirror the bins, the counters equal the sums (bins are size-segregated, not address-
 *      sorted: the address-order walk is what proves the free ranges sorted and disjoint);
 *   6. stats() against the tallies of this walk.
 */
import { Arena, NO_POOLS, NONE, type Arenas } from "./arenas.js";
import { HeapCorruption } from "./errors.js";
import { DUMMY_SIZE_IDX, PoolWord, blockSize, type HeapLayout } from "./layout.js";
import type { Obmalloc } from "./obmalloc.js";
import { Chunk, ChunkFlag, ChunkWord, Tlsf, binOf, type RawAllocator } from "./raw.js";
import type { HeapStats } from "./stats.js";

export interface HeapParts {
  readonly layout: HeapLayout;
  readonly i32: Int32Array;
  readonly arenas: Arenas;
  readonly ob: Obmalloc;
  readonly raw: RawAllocator;
  readonly staticTop: number;
  readonly staticBytes: number;
  readonly stats: HeapStats;
}

export interface VerifyResult {
  /** pymalloc blocks in use. */
  liveBlocks: number;
  /** Raw blocks in use, both domains. */
  rawBlocks: number;
}

function fail(message: string): never {
  throw new HeapCorruption(message);
}

function ensure(condition: boolean, message: () => string): void {
  if (!condition) fail(message());
}

interface PoolTally {
  pools: number[];
  blocks: number[];
  /** Pools that must be on usedpools[szidx]. */
  notFull: Set<number>;
  liveBlocks: number;
  liveArenas: number;
  unusedPools: number;
  arenaBases: Set<number>;
}

export function verifyHeap(h: HeapParts): VerifyResult {
  const tally = verifyArenasAndPools(h);
  verifyUsedPools(h, tally);
  verifyUsableArenas(h);
  const raw = verifyRaw(h, tally.arenaBases);
  ensure(h.staticTop <= h.staticBytes && (h.staticTop & Chunk.ALIGN_MASK) === 0, () => `static top ${h.staticTop} out of its region`);
  verifyStats(h, tally, raw);
  return { liveBlocks: tally.liveBlocks, rawBlocks: raw.blocks };
}

function verifyArenasAndPools(h: HeapParts): PoolTally {
  const { layout, i32, arenas } = h;
  const d = arenas.d;
  const max = arenas.maxarenas;
  ensure(d.length === max * Arena.STRIDE, () => "arena vector length disagrees with maxarenas");
  const onUnused = new Uint8Array(max);
  let unused = 0;
  for (let a = arenas.unusedArenaObjects; a !== NONE; a = d[a * Arena.STRIDE + Arena.NEXTARENA]) {
    ensure(a >= 0 && a < max && onUnused[a] === 0, () => `unused arena list broken at ${a}`);
    ensure(d[a * Arena.STRIDE + Arena.ADDRESS] === 0, () => `arena ${a} is on the unused list but has an address`);
    onUnused[a] = 1;
    unused++;
  }
  const t: PoolTally = {
    pools: new Array<number>(layout.sizeClasses).fill(0), blocks: new Array<number>(layout.sizeClasses).fill(0),
    notFull: new Set(), liveBlocks: 0, liveArenas: 0, unusedPools: 0, arenaBases: new Set(),
  };
  const seen = new Uint8Array(layout.blocksPerPool[0] + 1);
  const liveSlots = new Set<number>();
  for (let a = 0; a < max; a++) {
    const u = a * Arena.STRIDE;
    const base = d[u + Arena.ADDRESS];
    if (base === 0) {
      ensure(onUnused[a] === 1, () => `arena descriptor ${a} is neither live nor unused`);
      continue;
    }
    t.liveArenas++;
    t.arenaBases.add(base);
    const slot = base >>> layout.arenaBits;
    liveSlots.add(slot);
    ensure(base % layout.arenaSize === layout.arenaBaseOffset, () => `arena ${a} base ${base} misplaced`);
    ensure(h.raw.spanAt(base), () => `arena ${a} is not a span of the raw allocator`);
    const first = Math.ceil(base / layout.poolSize) * layout.poolSize;
    const total = d[u + Arena.NTOTALPOOLS];
    ensure(total === layout.usablePoolsPerArena, () => `arena ${a} has ${total} pools`);
    ensure(arenas.poolStart[slot] === first, () => `slot table misses arena ${a}`);
    const carvedEnd = d[u + Arena.POOL_ADDRESS];
    ensure(carvedEnd >= first && carvedEnd <= first + total * layout.poolSize && (carvedEnd - first) % layout.poolSize === 0,
      () => `arena ${a} pool_address ${carvedEnd} out of range`);
    const carved = (carvedEnd - first) / layout.poolSize;

    const cached = new Set<number>();
    for (let pool = d[u + Arena.FREEPOOLS]; pool !== 0; pool = i32[(pool >> 2) + PoolWord.NEXTPOOL]) {
      ensure(pool >= first && pool < carvedEnd && (pool - first) % layout.poolSize === 0 && !cached.has(pool),
        () => `arena ${a} freepools broken at ${pool}`);
      cached.add(pool);
    }
    const nfree = d[u + Arena.NFREEPOOLS];
    ensure(nfree === cached.size + total - carved, () => `arena ${a} nfreepools ${nfree} != ${cached.size} cached + ${total - carved} virgin`);
    t.unusedPools += nfree;

    for (let pool = first; pool < carvedEnd; pool += layout.poolSize) {
      const w = pool >> 2;
      const count = i32[w + PoolWord.COUNT];
      const sz = i32[w + PoolWord.SZIDX];
      ensure(i32[w + PoolWord.ARENAINDEX] === a, () => `pool ${pool} names arena ${i32[w + PoolWord.ARENAINDEX]}, not ${a}`);
      ensure((count === 0) === cached.has(pool), () => `pool ${pool} has count ${count} but ${cached.has(pool) ? "is" : "is not"} on freepools`);
      if (sz === DUMMY_SIZE_IDX && count === 0) continue;
      ensure(sz >= 0 && sz < layout.sizeClasses, () => `pool ${pool} has size index ${sz}`);
      const freeLen = verifyPoolBlocks(h, pool, sz, seen);
      const carvedBlocks = (i32[w + PoolWord.NEXTOFFSET] - layout.poolOverhead) / blockSize(layout, sz);
      ensure(count + freeLen === carvedBlocks, () => `pool ${pool}: count ${count} + free ${freeLen} != carved ${carvedBlocks}`);
      if (count === 0) continue;
      t.pools[sz]++;
      t.blocks[sz] += count;
      t.liveBlocks += count;
      if (i32[w + PoolWord.FREEBLOCK] !== 0) t.notFull.add(pool);
      else ensure(count === layout.blocksPerPool[sz], () => `pool ${pool} has no free block but only ${count} in use`);
    }
  }
  ensure(unused + t.liveArenas === max, () => "arena descriptors counted twice");
  ensure(t.liveArenas === arenas.narenasCurrentlyAllocated, () => `${t.liveArenas} live arenas, counter says ${arenas.narenasCurrentlyAllocated}`);
  ensure(arenas.narenasHighwater >= t.liveArenas && arenas.ntimesArenaAllocated >= arenas.narenasHighwater,
    () => "arena counters out of order");
  for (let k = 0; k < arenas.poolStart.length; k++) {
    ensure(arenas.poolStart[k] === NO_POOLS || liveSlots.has(k), () => `slot ${k} marks pymalloc memory with no arena`);
  }
  return t;
}

/** Check the header geometry and free list of a pool with a size class; returns the list length. */
function verifyPoolBlocks(h: HeapParts, pool: number, sz: number, seen: Uint8Array): number {
  const { layout, i32 } = h;
  const w = pool >> 2;
  const size = blockSize(layout, sz);
  const next = i32[w + PoolWord.NEXTOFFSET];
  const perPool = layout.blocksPerPool[sz];
  ensure(i32[w + PoolWord.MAXNEXTOFFSET] === layout.poolSize - size, () => `pool ${pool} maxnextoffset wrong`);
  const carved = (next - layout.poolOverhead) / size;
  ensure(Number.isInteger(carved) && carved >= 1 && carved <= perPool, () => `pool ${pool} nextoffset ${next} invalid`);
  seen.fill(0, 0, carved);
  let len = 0;
  for (let b = i32[w + PoolWord.FREEBLOCK]; b !== 0; b = i32[b >> 2]) {
    const k = (b - pool - layout.poolOverhead) / size;
    ensure(Number.isInteger(k) && k >= 0 && k < carved, () => `pool ${pool} free list holds ${b}, outside its carved blocks`);
    ensure(seen[k] === 0, () => `pool ${pool} free list revisits ${b} (cycle or double free)`);
    seen[k] = 1;
    len++;
  }
  return len;
}

function verifyUsedPools(h: HeapParts, t: PoolTally): void {
  const { i32, ob, layout } = h;
  let listed = 0;
  for (let sz = 0; sz < layout.sizeClasses; sz++) {
    const head = ob.usedpools[sz];
    if (head === 0) continue;
    let pool = head;
    do {
      const w = pool >> 2;
      ensure(t.notFull.has(pool), () => `usedpools[${sz}] holds ${pool}, which is not a used pool`);
      ensure(i32[w + PoolWord.SZIDX] === sz, () => `usedpools[${sz}] holds pool ${pool} of class ${i32[w + PoolWord.SZIDX]}`);
      const next = i32[w + PoolWord.NEXTPOOL];
      ensure(i32[(next >> 2) + PoolWord.PREVPOOL] === pool, () => `usedpools[${sz}] links broken after ${pool}`);
      listed++;
      ensure(listed <= t.notFull.size, () => `usedpools[${sz}] does not close its circle`);
      pool = next;
    } while (pool !== head);
  }
  ensure(listed === t.notFull.size, () => `${t.notFull.size} used pools, ${listed} on usedpools`);
}

function verifyUsableArenas(h: HeapParts): void {
  const { arenas } = h;
  const d = arenas.d;
  const maxPools = h.layout.maxPoolsInArena;
  const last = new Int32Array(maxPools + 1).fill(NONE);
  let prev = NONE;
  let prevCount = 0;
  let n = 0;
  for (let a = arenas.usableArenas; a !== NONE; a = d[a * Arena.STRIDE + Arena.NEXTARENA]) {
    ensure(a >= 0 && a < arenas.maxarenas && n++ < arenas.maxarenas, () => "usable_arenas is not a finite list of descriptors");
    const u = a * Arena.STRIDE;
    ensure(d[u + Arena.ADDRESS] !== 0, () => `usable_arenas holds unused descriptor ${a}`);
    ensure(d[u + Arena.PREVARENA] === prev, () => `usable_arenas back link broken at ${a}`);
    const nf = d[u + Arena.NFREEPOOLS];
    ensure(nf > 0 && nf >= prevCount, () => `usable_arenas out of order at ${a} (${nf} after ${prevCount})`);
    last[nf] = a;
    prev = a;
    prevCount = nf;
  }
  let withFree = 0;
  for (let a = 0; a < arenas.maxarenas; a++) {
    if (d[a * Arena.STRIDE + Arena.ADDRESS] !== 0 && d[a * Arena.STRIDE + Arena.NFREEPOOLS] > 0) withFree++;
  }
  ensure(withFree === n, () => `${withFree} arenas have free pools, ${n} are on usable_arenas`);
  for (let k = 0; k <= maxPools; k++) {
    ensure(arenas.nfp2lasta[k] === last[k], () => `nfp2lasta[${k}] = ${arenas.nfp2lasta[k]}, expected ${last[k]}`);
  }
}

interface RawTally {
  blocks: number;
  objectBlocks: number;
  bytes: number;
  requested: number;
  spans: number;
  freeChunks: number;
}

function verifyRaw(h: HeapParts, arenaBases: Set<number>): RawTally {
  const { raw, i32 } = h;
  const t: RawTally = { blocks: 0, objectBlocks: 0, bytes: 0, requested: 0, spans: 0, freeChunks: 0 };
  const free = new Set<number>();
  let prevInUse = true;
  let c = raw.start;
  while (c < raw.end) {
    if (raw.spanAt(c)) {
      ensure(arenaBases.has(c), () => `span at ${c} is no live arena`);
      ensure((raw.spanPrevInuse[c >>> raw.spanShift] !== 0) === prevInUse, () => `span at ${c} has a wrong PREV_INUSE`);
      t.spans++;
      prevInUse = true;
      c += raw.spanSize;
      continue;
    }
    const sf = i32[c >> 2];
    const size = sf & ~ChunkFlag.MASK;
    ensure(size >= Chunk.MIN_SIZE && c + size <= raw.end, () => `raw chunk at ${c} has size ${size}`);
    ensure(((sf & ChunkFlag.PREV_INUSE) !== 0) === prevInUse, () => `raw chunk at ${c} has a wrong PREV_INUSE`);
    if (sf & ChunkFlag.INUSE) {
      const requested = i32[(c >> 2) + ChunkWord.REQUESTED];
      ensure(requested >= 1 && requested + Chunk.HEADER <= size, () => `raw block at ${c} claims ${requested} bytes in ${size}`);
      t.blocks++;
      if (sf & ChunkFlag.OBJECT_DOMAIN) t.objectBlocks++;
      t.bytes += size;
      t.requested += requested;
      prevInUse = true;
    } else {
      ensure(prevInUse, () => `free raw chunk at ${c} follows another free chunk (not coalesced)`);
      ensure(i32[(c + size - Chunk.FOOTER_FROM_END) >> 2] === size, () => `free raw chunk at ${c} has a wrong footer`);
      free.add(c);
      prevInUse = false;
    }
    c += size;
  }
  ensure(c === raw.end, () => `raw chunks overrun the region end (${c} > ${raw.end})`);

  let binned = 0;
  for (let bin = 0; bin < Tlsf.BIN_COUNT; bin++) {
    let prev = 0;
    for (let f = raw.bins[bin]; f !== 0; f = i32[(f >> 2) + ChunkWord.NEXT_FREE]) {
      ensure(free.has(f), () => `bin ${bin} holds ${f}, which is not a free chunk`);
      ensure(binOf(i32[f >> 2] & ~ChunkFlag.MASK) === bin, () => `free chunk ${f} is in the wrong bin ${bin}`);
      ensure(i32[(f >> 2) + ChunkWord.PREV_FREE] === prev, () => `bin ${bin} back link broken at ${f}`);
      ensure(++binned <= free.size, () => `bin ${bin} is cyclic`);
      prev = f;
    }
    const fl = bin >>> Tlsf.SL_BITS;
    const slBit = (raw.slBitmap[fl] >>> (bin & Tlsf.SL_MASK)) & 1;
    ensure(slBit === (raw.bins[bin] !== 0 ? 1 : 0), () => `bitmap disagrees with bin ${bin}`);
  }
  for (let fl = 0; fl < raw.slBitmap.length; fl++) {
    ensure(((raw.flBitmap >>> fl) & 1) === (raw.slBitmap[fl] !== 0 ? 1 : 0), () => `first-level bitmap disagrees at ${fl}`);
  }
  ensure(binned === free.size, () => `${free.size} free chunks, ${binned} in bins`);
  t.freeChunks = free.size;

  ensure(t.blocks === raw.blocksInUse && t.objectBlocks === raw.objectBlocksInUse, () => "raw block counters disagree with the walk");
  ensure(t.bytes === raw.bytesInUse && t.requested === raw.bytesRequested, () => "raw byte counters disagree with the walk");
  ensure(t.spans === raw.spansInUse && t.spans === arenaBases.size, () => `${t.spans} spans, ${arenaBases.size} arenas`);
  let spanEntries = 0;
  for (let k = 0; k < raw.spanStart.length; k++) if (raw.spanStart[k] !== 0) spanEntries++;
  ensure(spanEntries === t.spans, () => "span table holds stale entries");
  return t;
}

function verifyStats(h: HeapParts, t: PoolTally, raw: RawTally): void {
  const s = h.stats;
  const same = (what: string, a: number, b: number) => ensure(a === b, () => `stats().${what} = ${a}, the walk finds ${b}`);
  for (let i = 0; i < h.layout.sizeClasses; i++) {
    const c = s.sizeClasses[i];
    same(`sizeClasses[${i}].pools`, c.pools, t.pools[i]);
    same(`sizeClasses[${i}].blocksInUse`, c.blocksInUse, t.blocks[i]);
    same(`sizeClasses[${i}].availableBlocks`, c.availableBlocks, t.pools[i] * h.layout.blocksPerPool[i] - t.blocks[i]);
  }
  same("arenasCurrent", s.arenasCurrent, t.liveArenas);
  same("unusedPools", s.unusedPools, t.unusedPools);
  same("pymallocBlocksInUse", s.pymallocBlocksInUse, t.liveBlocks);
  same("allocatedBlocks", s.allocatedBlocks, t.liveBlocks + raw.objectBlocks);
  same("raw.blocksInUse", s.raw.blocksInUse, raw.blocks);
  same("raw.bytesInUse", s.raw.bytesInUse, raw.bytes);
  same("raw.freeChunks", s.raw.freeChunks, raw.freeChunks);
  const accounted = s.bytesInAllocatedBlocks + s.bytesInAvailableBlocks + s.bytesInUnusedPools +
    s.bytesLostToPoolHeaders + s.bytesLostToQuantization + s.bytesLostToArenaAlignment;
  same("byte accounting", accounted, t.liveArenas * h.layout.arenaSize);
}
