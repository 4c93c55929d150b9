import { describe, expect, test } from "vitest";
import { Heap, HeapCorruption, POISON_BYTE, type HeapLayoutName } from "../../src/heap/index.js";

const LAYOUT_NAMES: HeapLayoutName[] = ["classic", "cpython311"];

/** A heap with used, full and empty pools, several arenas and raw blocks. */
function busyHeap(layout: HeapLayoutName, debug = {}): { heap: Heap; small: number[]; big: number[] } {
  const heap = new Heap({ layout, maxBytes: 32 << 20, debug });
  const small: number[] = [];
  const big: number[] = [];
  for (let i = 0; i < 6000; i++) small.push(heap.malloc(1 + ((i * 37) % 512)));
  for (let i = 0; i < 40; i++) big.push(heap.malloc(600 + i * 100));
  for (let i = 0; i < small.length; i += 4) heap.free(small[i]);
  for (let i = 0; i < big.length; i += 3) heap.free(big[i]);
  return { heap, small: small.filter((_, i) => i % 4 !== 0), big: big.filter((_, i) => i % 3 !== 0) };
}

describe.each(LAYOUT_NAMES)("the verifier (%s)", (name) => {
  test("accepts a busy heap", () => {
    const { heap, small, big } = busyHeap(name);
    expect(heap.verify()).toEqual({ liveBlocks: small.length, rawBlocks: big.length });
  });

  test("catches a wrong pool count", () => {
    const { heap, small } = busyHeap(name);
    const pool = small[10] & ~(heap.layout.poolSize - 1);
    heap.i32[pool >> 2]++;
    expect(() => heap.verify()).toThrow(HeapCorruption);
  });

  test("catches a cycle in a pool's free list", () => {
    const { heap, small } = busyHeap(name);
    const pool = small[10] & ~(heap.layout.poolSize - 1);
    const head = heap.i32[(pool + 8) >> 2];
    expect(head).not.toBe(0);
    heap.i32[head >> 2] = head;
    expect(() => heap.verify()).toThrow(/revisits|count/);
  });

  test("catches a free-list link that leaves its pool", () => {
    const { heap, small } = busyHeap(name);
    const pool = small[10] & ~(heap.layout.poolSize - 1);
    const head = heap.i32[(pool + 8) >> 2];
    heap.i32[head >> 2] = pool + heap.layout.poolSize + 48;
    expect(() => heap.verify()).toThrow(HeapCorruption);
  });

  test("catches a damaged raw chunk header", () => {
    const { heap, big } = busyHeap(name);
    heap.i32[(big[0] - 16) >> 2] += 16;
    expect(() => heap.verify()).toThrow(HeapCorruption);
  });

  test("catches a double free at once when verifyHeap is on", () => {
    const { heap, small } = busyHeap(name, { verifyHeap: true });
    heap.free(small[0]);
    expect(() => heap.free(small[0])).toThrow(HeapCorruption);
  });

  test("poisonFreed fills freed blocks with 0xDD past the link word", () => {
    const heap = new Heap({ layout: name, maxBytes: 16 << 20, debug: { poisonFreed: true } });
    const keep = heap.malloc(64);
    const p = heap.malloc(64);
    heap.u8.fill(1, p, p + 64);
    heap.free(p);
    expect(heap.u8.subarray(p + 4, p + 64).every((v) => v === POISON_BYTE)).toBe(true);
    const r = heap.malloc(3000);
    const guard = heap.malloc(3000);
    heap.u8.fill(1, r, r + 3000);
    heap.free(r);
    // The raw free chunk keeps its header before r and its size in its last word.
    expect(heap.u8.subarray(r, r + 2000).every((v) => v === POISON_BYTE)).toBe(true);
    heap.free(keep);
    heap.free(guard);
    heap.verify();
  });

  test("debug switches off: freed memory is left alone", () => {
    const heap = new Heap({ layout: name, maxBytes: 16 << 20 });
    const keep = heap.malloc(64);
    const p = heap.malloc(64);
    heap.u8.fill(1, p, p + 64);
    heap.free(p);
    expect(heap.u8[p + 8]).toBe(1);
    heap.free(keep);
  });
});
