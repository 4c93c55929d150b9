import { describe, expect, test } from "vitest";
import { Heap, HeapError, type HeapLayoutName } from "../../src/heap/index.js";

const LAYOUT_NAMES: HeapLayoutName[] = ["classic", "cpython311"];

describe.each(LAYOUT_NAMES)("address-space limits (%s)", (name) => {
  test("malloc returns 0 at the maxBytes limit, and the heap still verifies", () => {
    const maxBytes = 6 << 20;
    const heap = new Heap({ layout: name, maxBytes, staticBytes: 64 << 10 });
    const live: number[] = [];
    const sizes = [24, 100, 512, 700, 5000, 64, 300];
    let failures = 0;
    for (let i = 0; failures < 50; i++) {
      const p = heap.malloc(sizes[i % sizes.length]);
      if (p === 0) {
        failures++;
        continue;
      }
      expect(p).toBeGreaterThan(0);
      expect(p + sizes[i % sizes.length]).toBeLessThanOrEqual(maxBytes);
      live.push(p);
    }
    // Keep going with the smallest class until even that fails (pymalloc, then raw fallback).
    for (let p = heap.malloc(8); p !== 0; p = heap.malloc(8)) live.push(p);
    expect(heap.malloc(8)).toBe(0);
    expect(heap.calloc(8)).toBe(0);
    expect(heap.rawMalloc(16)).toBe(0);
    expect(heap.malloc(1 << 30)).toBe(0);
    const { liveBlocks, rawBlocks } = heap.verify();
    expect(liveBlocks + rawBlocks).toBe(live.length);
    expect(heap.allocatedBlocks()).toBe(live.length);

    // Growing a block in a full heap fails and leaves it intact.
    const victim = live.find((p) => !heap.isPymalloc(p))!;
    heap.u8[victim] = 42;
    expect(heap.realloc(victim, 100_000)).toBe(0);
    expect(heap.u8[victim]).toBe(42);
    const small = live.find((p) => heap.isPymalloc(p))!;
    heap.u8[small] = 43;
    expect(heap.realloc(small, 200_000)).toBe(0);
    expect(heap.u8[small]).toBe(43);
    heap.verify();

    for (const p of live) heap.free(p);
    expect(heap.allocatedBlocks()).toBe(0);
    expect(heap.verify()).toEqual({ liveBlocks: 0, rawBlocks: 0 });
    // Everything is usable again.
    expect(heap.malloc(3 << 20)).not.toBe(0);
  });

  test("when no arena fits, small requests fall back to raw blocks (as CPython's do)", () => {
    const heap = new Heap({ layout: name, maxBytes: 1 << 20, staticBytes: 16 << 10 });
    const p = heap.malloc(16);
    expect(p).not.toBe(0);
    if (name === "cpython311") {
      expect(heap.isPymalloc(p)).toBe(false); // a 1 MiB arena cannot fit in 1 MiB minus the static region
      expect(heap.stats().raw.objectBlocksInUse).toBe(1);
    } else {
      expect(heap.isPymalloc(p)).toBe(true);
    }
    expect(heap.allocatedBlocks()).toBe(1);
    heap.free(p);
    expect(heap.allocatedBlocks()).toBe(0);
    heap.verify();
  });

  test("the static region: zeroed, 16-aligned, outside every arena, not counted, finite", () => {
    const heap = new Heap({ layout: name, maxBytes: 8 << 20, staticBytes: 4096 });
    const a = heap.staticAlloc(24);
    const b = heap.staticAlloc(1);
    expect(a).toBe(16);
    expect(b).toBe(48);
    expect(heap.isStatic(a) && heap.isStatic(b)).toBe(true);
    expect(heap.u8.subarray(a, a + 24).every((v) => v === 0)).toBe(true);
    const m = heap.malloc(24);
    expect(heap.isStatic(m)).toBe(false);
    expect(heap.isStatic(0)).toBe(false);
    expect(heap.allocatedBlocks()).toBe(1);
    expect(heap.stats().staticBytesUsed).toBe(64);
    expect(() => heap.staticAlloc(8192)).toThrow(HeapError);
    heap.verify();
  });

  test("options are validated", () => {
    expect(() => new Heap({ maxBytes: 2 ** 31 })).toThrow(HeapError);
    expect(() => new Heap({ maxBytes: 1 << 20, staticBytes: 1 << 20 })).toThrow(HeapError);
    expect(() => new Heap({ layout: "bogus" as HeapLayoutName })).toThrow(HeapError);
  });
});
