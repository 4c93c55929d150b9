// The heap's trip through the start-up snapshot (src/cli/snapshot-heap.ts), in process: the
// image holds exactly the non-zero pages, a parked heap has no bytes at all, and an unparked
// one is the same heap — every view rebound, every object where it was, the allocators
// consistent — that goes on running and tears down to zero blocks. (The trip through a real
// V8 snapshot is in snapshot.test.ts.)
import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Interpreter } from "../../src/index.js";
import { captureHeapImage, nonZeroRuns, parkHeap, saveHeapImage, unparkHeap, unparkHeapFromFile } from "../../src/cli/snapshot-heap.js";

const PAGE = 4096;

describe("heap image", () => {
  it("keeps the runs of pages holding a non-zero byte, wherever it lies in the page", () => {
    const u8 = new Uint8Array(64 * PAGE);
    u8[0] = 1;
    u8[3 * PAGE + PAGE - 1] = 2;
    u8[4 * PAGE] = 3;
    u8[40 * PAGE + 17] = 4;
    u8[64 * PAGE - 1] = 5;
    expect(nonZeroRuns(u8)).toEqual([[0, PAGE], [3 * PAGE, 5 * PAGE], [40 * PAGE, 41 * PAGE], [63 * PAGE, 64 * PAGE]]);
    expect(nonZeroRuns(new Uint8Array(3 * (1 << 20)))).toEqual([]);
  });

  it("looks at pages past the first megabyte too", () => {
    const u8 = new Uint8Array(3 * (1 << 20));
    u8[(2 << 20) + 5 * PAGE + 1] = 7;
    expect(nonZeroRuns(u8)).toEqual([[(2 << 20) + 5 * PAGE, (2 << 20) + 6 * PAGE]]);
  });
});

describe("parking an interpreter's heap", () => {
  it("moves it to a new buffer with the same contents, and the interpreter goes on", () => {
    let out = "";
    let err = "";
    const py = new Interpreter({ maxHeapBytes: 64 << 20, stdout: (s) => { out += s; }, stderr: (s) => { err += s; } });
    const rt = py.vm.rt;
    expect(py.runSource([
      "import sys",
      "class Point:",
      "    def __init__(self, x): self.x = x",
      "sys.kept = {str(i): [Point(i), float(i) / 3, 10 ** 30 + i] for i in range(600)}",
      // The collector's machinery exists before the move, and must follow it.
      "import gc",
      "gc.collect()",
    ].join("\n"))).toBe(0);
    const before = rt.heap.u8.slice();
    const image = captureHeapImage(rt.heap);
    expect(image.bytes.length).toBeLessThan(before.length / 4);

    const parked = parkHeap(rt);
    expect(parked.bytes).toEqual(image.bytes);
    for (const view of [rt.u8, rt.u16, rt.i32, rt.u32, rt.f64, rt.heap.u8, rt.heap.i32]) expect(view.length).toBe(0);

    unparkHeap(rt, parked);
    expect(rt.heap.buffer).not.toBe(before.buffer);
    expect(rt.heap.u8.length).toBe(before.length);
    expect(Buffer.from(rt.heap.buffer).equals(before)).toBe(true);
    for (const view of [rt.u8, rt.u16, rt.i32, rt.u32, rt.f64]) expect(view.buffer).toBe(rt.heap.buffer);
    rt.heap.verify();

    const status = py.runSource([
      "import sys",
      "total = sum(p.x + f + (n - 10 ** 30) for p, f, n in sys.kept.values())",
      "sys.kept.update({str(-i): [i] * i for i in range(500)})",
      "print(round(total, 3), len(sys.kept), sys.kept['599'][0].x)",
      "import gc",
      "gc.collect()",
      "Point = type(sys.kept['599'][0])",
      "for i in range(10):",
      "    p = Point([])",
      "    p.x.append(p)",
      "del p",
      "print(gc.collect())",
    ].join("\n"));
    expect([status, err]).toEqual([0, ""]);
    // 10 cycles of a Point and a list (python3 says 20 too).
    expect(out).toBe("419300.0 1099 599\n20\n");
    rt.heap.verify();
    expect(py.close().liveBlocks).toBe(0);
  });

  it("refuses an image of another size", () => {
    const a = new Interpreter({ maxHeapBytes: 32 << 20 });
    const b = new Interpreter({ maxHeapBytes: 48 << 20 });
    const image = parkHeap(a.vm.rt);
    expect(() => unparkHeap(b.vm.rt, image)).toThrow(/image of 33554432 bytes for a heap of 50331648/);
    unparkHeap(a.vm.rt, image);
    expect(a.close().liveBlocks).toBe(0);
    expect(b.close().liveBlocks).toBe(0);
  });

  it("reads the image back from its file, and only from the file written for it", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "glasspy-heap-image-"));
    const file = path.join(dir, "heap.image");
    try {
      let out = "";
      const py = new Interpreter({ maxHeapBytes: 32 << 20, stdout: (s) => { out += s; } });
      const rt = py.vm.rt;
      expect(py.runSource("import sys\nsys.kept = [str(i) * 3 for i in range(2000)]")).toBe(0);
      const before = rt.heap.u8.slice();
      const saved = saveHeapImage(parkHeap(rt), file, "tag-1");
      expect(saved).not.toHaveProperty("bytes");
      const written = readFileSync(file);

      // Another snapshot's file, a missing one, a short one: refused, the heap left parked.
      expect(unparkHeapFromFile(rt, { ...saved, tag: "tag-2" }, file)).toBe(false);
      expect(unparkHeapFromFile(rt, saved, path.join(dir, "missing.image"))).toBe(false);
      truncateSync(file, written.length - 1);
      expect(unparkHeapFromFile(rt, saved, file)).toBe(false);
      expect(rt.heap.u8.length).toBe(0);

      writeFileSync(file, written);
      expect(unparkHeapFromFile(rt, saved, file)).toBe(true);
      expect(Buffer.from(rt.heap.buffer).equals(before)).toBe(true);
      rt.heap.verify();
      expect(py.runSource("import sys\nprint(len(sys.kept), sys.kept[1999])")).toBe(0);
      expect(out).toBe("2000 199919991999\n");
      expect(py.close().liveBlocks).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
