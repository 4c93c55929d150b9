import { describe, expect, test } from "vitest";
import { Heap, LAYOUTS, blockSize } from "../../src/heap/index.js";

// CPython 3.11 (64-bit) blocks per 16 KiB pool and leftover bytes, class by class
// (cpython-memory-reference.md §1.3).
const CPYTHON311_BLOCKS: Array<[number, number]> = [
  [1021, 0], [510, 16], [340, 16], [255, 16], [204, 16], [170, 16], [145, 96], [127, 80],
  [113, 64], [102, 16], [92, 144], [85, 16], [78, 112], [72, 208], [68, 16], [63, 208],
  [60, 16], [56, 208], [53, 224], [51, 16], [48, 208], [46, 144], [44, 144], [42, 208],
  [40, 336], [39, 112], [37, 352], [36, 208], [35, 96], [34, 16], [32, 464], [31, 464],
];

describe("layouts", () => {
  test("cpython311 constants", () => {
    const l = LAYOUTS.cpython311;
    expect([l.alignment, l.alignmentShift, l.smallRequestThreshold, l.sizeClasses]).toEqual([16, 4, 512, 32]);
    expect([l.poolSize, l.poolOverhead, l.arenaSize, l.maxPoolsInArena]).toEqual([16384, 48, 1 << 20, 64]);
    expect([l.usablePoolsPerArena, l.arenaAlignmentLoss, l.radixTree]).toEqual([63, 16384, true]);
  });

  test("classic constants", () => {
    const l = LAYOUTS.classic;
    expect([l.alignment, l.alignmentShift, l.smallRequestThreshold, l.sizeClasses]).toEqual([8, 3, 512, 64]);
    expect([l.poolSize, l.poolOverhead, l.arenaSize, l.maxPoolsInArena]).toEqual([4096, 48, 256 << 10, 64]);
    expect([l.usablePoolsPerArena, l.arenaAlignmentLoss, l.radixTree]).toEqual([64, 0, false]);
  });

  test("cpython311 blocks per pool and quantization match CPython's table", () => {
    const l = LAYOUTS.cpython311;
    CPYTHON311_BLOCKS.forEach(([blocks, waste], i) => {
      expect(l.blocksPerPool[i], `class ${i}`).toBe(blocks);
      expect((l.poolSize - l.poolOverhead) % blockSize(l, i), `class ${i} waste`).toBe(waste);
    });
  });

  test("classic blocks per pool", () => {
    const l = LAYOUTS.classic;
    const bySize = (size: number) => l.blocksPerPool[size / 8 - 1];
    expect([bySize(8), bySize(16), bySize(24), bySize(32), bySize(512)]).toEqual([506, 253, 168, 126, 7]);
    for (let i = 0; i < 64; i++) expect(l.blocksPerPool[i]).toBe(Math.floor(4048 / (8 * (i + 1))));
  });

  for (const name of ["classic", "cpython311"] as const) {
    test(`${name}: a request of n bytes lands in class (n-1) >> shift, aligned`, () => {
      const heap = new Heap({ layout: name, maxBytes: 16 << 20 });
      const l = heap.layout;
      for (const n of [1, 7, 8, 9, 15, 16, 17, 100, 255, 256, 257, 511, 512]) {
        const p = heap.malloc(n);
        expect(p % l.alignment).toBe(0);
        const cls = heap.stats().sizeClasses[(n - 1) >> l.alignmentShift];
        expect(cls.blocksInUse, `n=${n}`).toBeGreaterThan(0);
        expect(cls.blockSize).toBeGreaterThanOrEqual(n);
        expect(cls.blockSize - n).toBeLessThan(l.alignment);
        heap.free(p);
      }
      expect(heap.allocatedBlocks()).toBe(0);
    });

    test(`${name}: a fresh pool hands out consecutive blocks after its 48-byte header`, () => {
      const heap = new Heap({ layout: name, maxBytes: 16 << 20 });
      const size = 64;
      const a = heap.malloc(size), b = heap.malloc(size), c = heap.malloc(size);
      expect(a % heap.layout.poolSize).toBe(48);
      expect([b - a, c - b]).toEqual([size, size]);
      // The pool header: count 3, szidx, and lazy carving: a used pool always has one carved
      // block on its free list (the 4th here), so nextoffset points at the 5th.
      const pool = a - 48;
      expect(heap.i32[pool >> 2]).toBe(3);
      expect(heap.i32[(pool + 36) >> 2]).toBe((size - 1) >> heap.layout.alignmentShift);
      expect(heap.i32[(pool + 40) >> 2]).toBe(48 + 4 * size);
      expect(heap.i32[(pool + 8) >> 2]).toBe(c + size);
      expect(heap.i32[(pool + 44) >> 2]).toBe(heap.layout.poolSize - size);
    });
  }
});
