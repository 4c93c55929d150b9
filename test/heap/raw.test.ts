import { describe, expect, test } from "vitest";
import { Heap, HeapError, type HeapLayoutName } from "../../src/heap/index.js";

const LAYOUT_NAMES: HeapLayoutName[] = ["classic", "cpython311"];
const KB100 = 100_000;

/** A 1 MiB heap whose raw region is filled with 100 kB blocks (too small for any arena). */
function filledHeap(layout: HeapLayoutName): { heap: Heap; blocks: number[] } {
  const heap = new Heap({ layout, maxBytes: 1 << 20, staticBytes: 4096 });
  const blocks: number[] = [];
  for (;;) {
    const p = heap.rawMalloc(KB100);
    if (p === 0) break;
    blocks.push(p);
  }
  return { heap, blocks };
}

describe.each(LAYOUT_NAMES)("raw allocator (%s)", (name) => {
  test("blocks are 16-aligned, carved upward from the static region", () => {
    const heap = new Heap({ layout: name, maxBytes: 16 << 20, staticBytes: 65536 });
    const a = heap.rawMalloc(1000), b = heap.rawMalloc(3000), c = heap.malloc(600);
    expect([a % 16, b % 16, c % 16]).toEqual([0, 0, 0]);
    expect(a).toBe(65536 + 16);
    expect(b).toBeGreaterThan(a + 1000);
    expect(heap.isPymalloc(c)).toBe(false);
    heap.verify();
  });

  test("freed neighbours coalesce, and then a bigger request fits", () => {
    const { heap, blocks } = filledHeap(name);
    expect(blocks.length).toBeGreaterThan(5);
    const [, x, y, z] = blocks;
    const freeChunks = () => heap.stats().raw.freeChunks;
    const before = freeChunks();
    heap.rawFree(x);
    expect(freeChunks()).toBe(before + 1);
    expect(heap.rawMalloc(2 * KB100)).toBe(0);
    heap.rawFree(y); // merges with x
    expect(freeChunks()).toBe(before + 1);
    heap.verify();
    const big = heap.rawMalloc(2 * KB100);
    expect(big).toBe(x);
    heap.rawFree(big);
    heap.rawFree(z); // merges with x+y from the right: three blocks, one chunk
    expect(freeChunks()).toBe(before + 1);
    expect(heap.rawMalloc(3 * KB100)).toBe(x);
    heap.verify();
  });

  test("freeing the middle block last merges with both neighbours", () => {
    const { heap, blocks } = filledHeap(name);
    const [, x, y, z] = blocks;
    const before = heap.stats().raw.freeChunks;
    heap.rawFree(x);
    heap.rawFree(z);
    expect(heap.stats().raw.freeChunks).toBe(before + 2);
    heap.rawFree(y);
    expect(heap.stats().raw.freeChunks).toBe(before + 1);
    expect(heap.stats().raw.largestFreeChunk).toBeGreaterThanOrEqual(3 * KB100);
    heap.verify();
    for (const p of blocks) if (p !== x && p !== y && p !== z) heap.rawFree(p);
    const s = heap.stats().raw;
    expect([s.blocksInUse, s.bytesInUse, s.bytesRequested, s.freeChunks]).toEqual([0, 0, 0, 1]);
    expect(s.freeBytes).toBe(heap.maxBytes - heap.staticBytes);
  });

  test("realloc grows in place into a free neighbour, shrinks in place, and moves when blocked", () => {
    const heap = new Heap({ layout: name, maxBytes: 16 << 20 });
    const a = heap.rawMalloc(2000);
    const b = heap.rawMalloc(2000);
    const guard = heap.rawMalloc(2000);
    heap.u8.fill(7, a, a + 2000);
    heap.rawFree(b);
    expect(heap.rawRealloc(a, 3900)).toBe(a);
    expect(heap.rawRealloc(a, 1000)).toBe(a);
    heap.verify();
    const moved = heap.rawRealloc(a, 10_000);
    expect(moved).not.toBe(a);
    expect(heap.u8.subarray(moved, moved + 1000).every((v) => v === 7)).toBe(true);
    heap.rawFree(moved);
    heap.rawFree(guard);
    expect(heap.stats().raw.blocksInUse).toBe(0);
    heap.verify();
  });

  test("counters: requested and occupied bytes, high-water marks, object-domain blocks", () => {
    const heap = new Heap({ layout: name, maxBytes: 16 << 20 });
    const a = heap.rawMalloc(1000);
    const b = heap.malloc(5000);
    const z = heap.malloc(0);
    let s = heap.stats();
    expect(s.raw.blocksInUse).toBe(3);
    expect(s.raw.objectBlocksInUse).toBe(2);
    expect(s.raw.bytesRequested).toBe(1000 + 5000 + 1);
    expect(s.raw.bytesInUse).toBe(1024 + 5024 + 32);
    expect(heap.allocatedBlocks()).toBe(2); // raw-domain blocks are not counted, as in CPython
    heap.free(b);
    heap.free(z);
    heap.rawFree(a);
    s = heap.stats();
    expect([s.raw.blocksInUse, s.raw.bytesInUse, s.raw.bytesInUseHighwater, s.raw.blocksHighwater]).toEqual([0, 0, 1024 + 5024 + 32, 3]);
  });

  test("misuse throws HeapError", () => {
    const heap = new Heap({ layout: name, maxBytes: 16 << 20 });
    const a = heap.rawMalloc(1000);
    heap.rawFree(a);
    expect(() => heap.rawFree(a)).toThrow(HeapError);
    expect(() => heap.free(a)).toThrow(HeapError);
    const small = heap.malloc(32);
    expect(() => heap.rawFree(small)).toThrow(HeapError);
    expect(() => heap.rawRealloc(small, 64)).toThrow(HeapError);
    expect(() => heap.free(12345)).toThrow(HeapError);
    heap.verify();
  });
});
