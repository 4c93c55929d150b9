import { describe, expect, test } from "vitest";
import { Heap, type HeapLayoutName } from "../../src/heap/index.js";

const LAYOUT_NAMES: HeapLayoutName[] = ["classic", "cpython311"];

/** Blocks of the largest class that fill one pool / one arena exactly. */
function geometry(heap: Heap) {
  const perPool = heap.layout.blocksPerPool[heap.layout.sizeClasses - 1];
  return { perPool, perArena: perPool * heap.layout.usablePoolsPerArena };
}

function allocMany(heap: Heap, n: number, size: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(heap.malloc(size));
  return out;
}

function arenaOf(heap: Heap, p: number): number {
  const s = heap.stats();
  const a = s.arenas.find((x) => p >= x.address && p < x.address + s.arenaSize);
  if (a === undefined) throw new Error(`${p} is in no arena`);
  return a.address;
}

describe.each(LAYOUT_NAMES)("arenas (%s)", (name) => {
  test("arena placement and usable pools", () => {
    const heap = new Heap({ layout: name, maxBytes: 32 << 20 });
    const first = heap.malloc(8);
    const [arena] = heap.stats().arenas;
    const l = heap.layout;
    expect(arena.address % l.arenaSize).toBe(name === "cpython311" ? 4096 : 0);
    expect(arena.totalPools).toBe(name === "cpython311" ? 63 : 64);
    const firstPool = Math.ceil(arena.address / l.poolSize) * l.poolSize;
    expect(first).toBe(firstPool + 48);
    expect(heap.stats().bytesLostToArenaAlignment).toBe(name === "cpython311" ? 16384 : 0);
  });

  test("an arena is released when its last pool empties, unless it is the last usable arena", () => {
    const heap = new Heap({ layout: name, maxBytes: 64 << 20 });
    const { perArena } = geometry(heap);
    const full = allocMany(heap, perArena, 512);
    const one = heap.malloc(512);
    const fullArena = arenaOf(heap, full[0]);
    const otherArena = arenaOf(heap, one);
    expect(otherArena).not.toBe(fullArena);
    expect(heap.stats().arenasCurrent).toBe(2);

    // The full arena empties while the other (one pool in use) follows it on usable_arenas.
    for (const p of full) heap.free(p);
    let s = heap.stats();
    expect([s.arenasAllocatedTotal, s.arenasReclaimed, s.arenasCurrent, s.arenasHighwater]).toEqual([2, 1, 1, 2]);
    expect(s.arenas.map((a) => a.address)).toEqual([otherArena]);
    heap.verify();

    // The remaining arena empties too, but it is the last usable one: it is kept.
    heap.free(one);
    s = heap.stats();
    expect([s.arenasReclaimed, s.arenasCurrent]).toEqual([1, 1]);
    expect(s.arenas[0].freePools).toBe(s.arenas[0].totalPools);
    expect(s.unusedPools).toBe(heap.layout.usablePoolsPerArena);

    // And it is reused: no new arena for the next allocations.
    const again = allocMany(heap, 100, 512);
    expect(heap.stats().arenasAllocatedTotal).toBe(2);
    expect(arenaOf(heap, again[0])).toBe(otherArena);
    heap.verify();
  });

  test("usable_arenas is sorted by free pools, and the fullest arena gives the next pool", () => {
    const heap = new Heap({ layout: name, maxBytes: 64 << 20 });
    const { perPool, perArena } = geometry(heap);
    const arenas = [0, 1, 2].map(() => allocMany(heap, perArena, 512));
    const bases = arenas.map((blocks) => arenaOf(heap, blocks[0]));
    expect(new Set(bases).size).toBe(3);
    expect(heap.stats().usableArenas).toEqual([]);

    const freePools = (blocks: number[], pools: number) => {
      for (const p of blocks.slice(0, pools * perPool)) heap.free(p);
    };
    freePools(arenas[0], 5);
    freePools(arenas[1], 2);
    freePools(arenas[2], 8);
    const s = heap.stats();
    expect(s.usableArenas).toEqual([bases[1], bases[0], bases[2]]);
    expect(s.arenas.map((a) => a.freePools)).toEqual([5, 2, 8]);
    heap.verify();

    // A class with no used pool takes a pool from the head: the arena with the fewest free pools.
    expect(arenaOf(heap, heap.malloc(16))).toBe(bases[1]);
    expect(arenaOf(heap, heap.malloc(100))).toBe(bases[1]);
    expect(arenaOf(heap, heap.malloc(200))).toBe(bases[0]); // bases[1] is full now; bases[0] has 5
    heap.verify();

    // Freeing a whole pool in a full-but-one arena moves it right past arenas with fewer.
    freePools(arenas[1].slice(2 * perPool), 1);
    freePools(arenas[0].slice(5 * perPool), 6);
    expect(heap.stats().usableArenas).toEqual([bases[1], bases[2], bases[0]]);
    heap.verify();
  });

  test("a released arena's range is reused", () => {
    const heap = new Heap({ layout: name, maxBytes: 64 << 20 });
    const { perArena } = geometry(heap);
    const a = allocMany(heap, perArena, 512);
    const b = allocMany(heap, perArena, 512);
    const c = heap.malloc(512);
    const baseA = arenaOf(heap, a[0]);
    for (const p of a) heap.free(p);
    expect(heap.stats().arenas.map((x) => x.address)).not.toContain(baseA);
    // A new arena is needed once b's and c's arenas are full: it lands where a was.
    for (const p of b) heap.free(p);
    const more = allocMany(heap, 2 * perArena, 512);
    expect(heap.stats().arenas.map((x) => x.address)).toContain(baseA);
    for (const p of more) heap.free(p);
    heap.free(c);
    expect(heap.allocatedBlocks()).toBe(0);
    heap.verify();
  });
});
