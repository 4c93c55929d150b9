import { describe, expect, test } from "vitest";
import { Heap, type HeapLayoutName } from "../../src/heap/index.js";

const LAYOUT_NAMES: HeapLayoutName[] = ["classic", "cpython311"];

function poolOf(heap: Heap, p: number): number {
  return p & ~(heap.layout.poolSize - 1);
}

function allocMany(heap: Heap, n: number, size: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(heap.malloc(size));
  return out;
}

describe.each(LAYOUT_NAMES)("pools (%s)", (name) => {
  test("a freed block is the next one handed out for its class (LIFO free list)", () => {
    const heap = new Heap({ layout: name, maxBytes: 16 << 20 });
    const blocks = allocMany(heap, 10, 40);
    heap.free(blocks[3]);
    heap.free(blocks[7]);
    expect(heap.malloc(40)).toBe(blocks[7]);
    expect(heap.malloc(33)).toBe(blocks[3]);
    heap.verify();
  });

  test("an emptied pool is taken by another size class", () => {
    const heap = new Heap({ layout: name, maxBytes: 16 << 20 });
    const perPool = heap.layout.blocksPerPool[heap.layout.sizeClasses - 1];
    const big = allocMany(heap, perPool, 512);
    const pool = poolOf(heap, big[0]);
    expect(big.every((p) => poolOf(heap, p) === pool)).toBe(true);
    const other = heap.malloc(16);
    expect(poolOf(heap, other)).not.toBe(pool);
    for (const p of big) heap.free(p);
    expect(heap.stats().sizeClasses[heap.layout.sizeClasses - 1].pools).toBe(0);
    // Class of 48-byte blocks has no pool of its own left: it gets the cached empty pool.
    const reused = heap.malloc(48);
    expect(poolOf(heap, reused)).toBe(pool);
    expect(reused).toBe(pool + 48);
    expect(heap.i32[(pool + 36) >> 2]).toBe((48 - 1) >> heap.layout.alignmentShift);
    heap.verify();
  });

  test("a pool reused by its old class keeps its free list", () => {
    const heap = new Heap({ layout: name, maxBytes: 16 << 20 });
    const perPool = heap.layout.blocksPerPool[heap.layout.sizeClasses - 1];
    const big = allocMany(heap, perPool, 512);
    const keep = heap.malloc(16);
    for (const p of big) heap.free(p);
    // The pool is empty and cached; the same class takes it back and pops the last freed block.
    expect(heap.malloc(512)).toBe(big[big.length - 1]);
    expect(heap.malloc(512 - heap.layout.alignment + 1)).toBe(big[big.length - 2]);
    heap.free(keep);
    heap.verify();
  });

  test("a full pool that gets a free block goes to the front of its class's used list", () => {
    const heap = new Heap({ layout: name, maxBytes: 16 << 20 });
    const perPool = heap.layout.blocksPerPool[heap.layout.sizeClasses - 1];
    const first = allocMany(heap, perPool, 512);
    const second = allocMany(heap, 3, 512);
    expect(poolOf(heap, second[0])).not.toBe(poolOf(heap, first[0]));
    heap.free(first[5]);
    expect(heap.malloc(512)).toBe(first[5]);
    // And the pool is full again, so the next block comes from the second pool.
    expect(poolOf(heap, heap.malloc(512))).toBe(poolOf(heap, second[0]));
    heap.verify();
  });

  test("pools are carved lazily, one after another, in the arena", () => {
    const heap = new Heap({ layout: name, maxBytes: 16 << 20 });
    const a = heap.malloc(16), b = heap.malloc(100), c = heap.malloc(300);
    const pa = poolOf(heap, a);
    expect(poolOf(heap, b)).toBe(pa + heap.layout.poolSize);
    expect(poolOf(heap, c)).toBe(pa + 2 * heap.layout.poolSize);
    const arena = heap.stats().arenas[0];
    expect(arena.poolsCarved).toBe(3);
    expect(arena.freePools).toBe(heap.layout.usablePoolsPerArena - 3);
  });
});
