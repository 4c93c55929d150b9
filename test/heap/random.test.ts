import { describe, expect, test } from "vitest";
import { Heap, type HeapLayoutName } from "../../src/heap/index.js";

const LAYOUT_NAMES: HeapLayoutName[] = ["classic", "cpython311"];
const OPERATIONS = 100_000;

/** xorshift32: a reproducible stream. */
function rng(seed: number): () => number {
  let s = seed | 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

/** Mostly small objects, some list-item arrays, a few big buffers, and zero. */
function randomSize(r: () => number): number {
  const x = r();
  if (x < 0.75) return 1 + Math.floor(r() * 512);
  if (x < 0.95) return 513 + Math.floor(r() * 8000);
  if (x < 0.99) return 8192 + Math.floor(r() * 200_000);
  return 0;
}

interface Live {
  addr: number;
  size: number;
  tag: number;
}

/** Every live block carries its tag in its first and last byte; the check catches overlaps. */
function stamp(heap: Heap, b: Live): void {
  if (b.size === 0) return;
  heap.u8[b.addr] = b.tag;
  if (b.size > 1) heap.u8[b.addr + b.size - 1] = b.tag ^ 0x5a;
}

function intact(heap: Heap, b: Live): boolean {
  if (b.size === 0) return true;
  return heap.u8[b.addr] === b.tag && (b.size === 1 || heap.u8[b.addr + b.size - 1] === (b.tag ^ 0x5a));
}

describe.each(LAYOUT_NAMES)("random run (%s)", (name) => {
  test(`${OPERATIONS} seeded malloc/calloc/realloc/free operations`, () => {
    const heap = new Heap({ layout: name, maxBytes: 96 << 20 });
    const r = rng(name === "classic" ? 12345 : 67890);
    const live: Live[] = [];
    let failures = 0;
    for (let op = 0; op < OPERATIONS; op++) {
      const x = r();
      // Drift the live population up and down so arenas fill, drain and are released.
      const phase = Math.floor(op / 25_000) % 2 === 0 ? 0.7 : 0.15;
      if (x < phase || live.length === 0) {
        const size = randomSize(r);
        const addr = x < phase * 0.1 ? heap.calloc(size) : heap.malloc(size);
        if (addr === 0) {
          failures++;
          continue;
        }
        const b = { addr, size, tag: (op * 131) & 0xff };
        stamp(heap, b);
        live.push(b);
      } else if (x < phase + 0.15) {
        const i = Math.floor(r() * live.length);
        const b = live[i];
        expect(intact(heap, b)).toBe(true);
        const size = randomSize(r);
        const addr = heap.realloc(b.addr, size);
        if (addr === 0) {
          failures++;
          continue;
        }
        const kept = Math.min(b.size, size);
        if (kept > 0) expect(heap.u8[addr]).toBe(b.tag);
        live[i] = { addr, size, tag: (op * 131) & 0xff };
        stamp(heap, live[i]);
      } else {
        const i = Math.floor(r() * live.length);
        const b = live[i];
        expect(intact(heap, b)).toBe(true);
        heap.free(b.addr);
        live[i] = live[live.length - 1];
        live.pop();
      }
      if (op % 25_000 === 0) heap.verify();
    }
    const { liveBlocks, rawBlocks } = heap.verify();
    expect(liveBlocks + rawBlocks).toBe(live.length);
    expect(heap.allocatedBlocks()).toBe(live.length);
    expect(failures).toBe(0);
    const s = heap.stats();
    expect(s.arenasReclaimed).toBeGreaterThan(0);

    for (const b of live) {
      expect(intact(heap, b)).toBe(true);
      heap.free(b.addr);
    }
    expect(heap.allocatedBlocks()).toBe(0);
    expect(heap.verify()).toEqual({ liveBlocks: 0, rawBlocks: 0 });
    const end = heap.stats();
    expect(end.raw.bytesInUse).toBe(0);
    expect(end.arenasCurrent).toBe(1); // one wholly free arena is kept
  });
});
