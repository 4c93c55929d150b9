import { describe, expect, test } from "vitest";
import { Heap, type HeapLayoutName } from "../../src/heap/index.js";

const LAYOUT_NAMES: HeapLayoutName[] = ["classic", "cpython311"];

function fill(heap: Heap, p: number, n: number, seed: number): void {
  for (let i = 0; i < n; i++) heap.u8[p + i] = (seed + i * 7) & 0xff;
}

function same(heap: Heap, p: number, n: number, seed: number): boolean {
  for (let i = 0; i < n; i++) if (heap.u8[p + i] !== ((seed + i * 7) & 0xff)) return false;
  return true;
}

describe.each(LAYOUT_NAMES)("realloc (%s)", (name) => {
  test("a pymalloc block stays put when the new size fits and is more than 3/4 of it", () => {
    const heap = new Heap({ layout: name, maxBytes: 16 << 20 });
    const p = heap.malloc(512);
    fill(heap, p, 512, 1);
    expect(heap.realloc(p, 512)).toBe(p);
    expect(heap.realloc(p, 500)).toBe(p);
    expect(heap.realloc(p, 385)).toBe(p); // 4·385 = 1540 > 3·512 = 1536
    const q = heap.realloc(p, 384); // 1536 is not > 1536: moves to a smaller class
    expect(q).not.toBe(p);
    expect(heap.isPymalloc(q)).toBe(true);
    expect(same(heap, q, 384, 1)).toBe(true);
    expect(heap.allocatedBlocks()).toBe(1);
    heap.verify();
  });

  test("a pymalloc block growing past its class moves and keeps its contents", () => {
    const heap = new Heap({ layout: name, maxBytes: 16 << 20 });
    const p = heap.malloc(100);
    const size = heap.stats().sizeClasses[(100 - 1) >> heap.layout.alignmentShift].blockSize;
    fill(heap, p, size, 3);
    const q = heap.realloc(p, size + 1);
    expect(q).not.toBe(p);
    expect(same(heap, q, size, 3)).toBe(true);
    const r = heap.realloc(q, 4000); // past the threshold: a raw block
    expect(heap.isPymalloc(r)).toBe(false);
    expect(same(heap, r, size, 3)).toBe(true);
    expect(heap.allocatedBlocks()).toBe(1);
    heap.verify();
  });

  test("a raw block stays raw when it shrinks below the threshold", () => {
    const heap = new Heap({ layout: name, maxBytes: 16 << 20 });
    const p = heap.malloc(2000);
    fill(heap, p, 2000, 5);
    const q = heap.realloc(p, 100);
    expect(heap.isPymalloc(q)).toBe(false);
    expect(same(heap, q, 100, 5)).toBe(true);
    expect(heap.stats().raw.objectBlocksInUse).toBe(1);
    heap.free(q);
    expect(heap.allocatedBlocks()).toBe(0);
  });

  test("realloc(0, n) allocates; realloc(p, 0) gives a 1-byte raw block", () => {
    const heap = new Heap({ layout: name, maxBytes: 16 << 20 });
    const p = heap.realloc(0, 40);
    expect(heap.isPymalloc(p)).toBe(true);
    const q = heap.realloc(p, 0);
    expect(q).not.toBe(0);
    expect(heap.isPymalloc(q)).toBe(false);
    expect(heap.stats().raw.bytesRequested).toBe(1);
    expect(heap.allocatedBlocks()).toBe(1);
    heap.free(q);
    expect(heap.allocatedBlocks()).toBe(0);
    heap.verify();
  });

  test("calloc zeroes what malloc would not", () => {
    const heap = new Heap({ layout: name, maxBytes: 16 << 20 });
    const p = heap.malloc(200);
    heap.u8.fill(0xab, p, p + 200);
    heap.free(p);
    const q = heap.calloc(200);
    expect(q).toBe(p);
    expect(heap.u8.subarray(q, q + 200).every((v) => v === 0)).toBe(true);
    const r = heap.calloc(3000);
    expect(heap.u8.subarray(r, r + 3000).every((v) => v === 0)).toBe(true);
  });
});
