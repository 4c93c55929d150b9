import { describe, expect, test } from "vitest";
import { Heap, statLine } from "../../src/heap/index.js";

// The pymalloc part of a real `python3 -c "import sys; sys._debugmallocstats()"` on CPython 3.11.7
// (cpython-memory-reference.md §1.9), verbatim.
const CPYTHON_SAMPLE = `Small block threshold = 512, in 32 size classes.

class   size   num pools   blocks in use  avail blocks
-----   ----   ---------   -------------  ------------
    0     16           1             106           915
    1     32           3            1148           382
    2     48          13            4223           197
    3     64          50           12587           163
    4     80          37            7459            89
    5     96           9            1524             6
    6    112           6             730           140
    7    128          10            1187            83
    8    144           3             266            73
    9    160          27            2685            69
   10    176           3             193            83
   11    192           3             216            39
   12    208           7             503            43
   13    224           7             464            40
   14    240           6             380            28
   15    256           5             267            48
   16    272           5             245            55
   17    288           4             191            33
   18    304           3             131            28
   19    320           3             102            51
   20    336           3             106            38
   21    352           2              88             4
   22    368           3              90            42
   23    384           2              71            13
   24    400           6             236             4
   25    416           2              63            15
   26    432           2              46            28
   27    448           2              41            31
   28    464           2              43            27
   29    480           2              37            31
   30    496           2              34            30
   31    512           2              50            12

# arenas allocated total           =                    4
# arenas reclaimed                 =                    0
# arenas highwater mark            =                    4
# arenas allocated current         =                    4
4 arenas * 1048576 bytes/arena     =            4,194,304

# bytes in allocated blocks        =            3,494,992
# bytes in available blocks        =              327,488
17 unused pools * 16384 bytes      =              278,528
# bytes lost to pool headers       =               11,280
# bytes lost to quantization       =               16,480
# bytes lost to arena alignment    =               65,536
Total                              =            4,194,304

arena map counts
# arena map mid nodes              =                    1
# arena map bot nodes              =                    1

# bytes lost to arena map root     =              262,144
# bytes lost to arena map mid      =              262,144
# bytes lost to arena map bot      =              131,072
Total                              =              655,360
`;

/** Rebuild the sample's heap state: the blocks in use per class, with its pool counts. */
function sampleHeap(): Heap {
  const heap = new Heap({ layout: "cpython311", maxBytes: 64 << 20 });
  const rows = CPYTHON_SAMPLE.split("\n").filter((l) => /^ +\d+ +\d+ +\d+ +\d+ +\d+$/.test(l)).map((l) => l.trim().split(/ +/).map(Number));
  for (const [, size, pools, inUse] of rows) {
    const blocks: number[] = [];
    for (let i = 0; i < inUse; i++) blocks.push(heap.malloc(size));
    // Class 19's 102 blocks would fill exactly 2 pools; the sample has them spread over 3.
    const perPool = heap.layout.blocksPerPool[size / 16 - 1];
    if (Math.ceil(inUse / perPool) < pools) {
      heap.malloc(size);
      heap.free(blocks[0]);
    }
  }
  return heap;
}

describe("statistics", () => {
  test("_debugmallocstats reproduces CPython 3.11's sample byte for byte", () => {
    const heap = sampleHeap();
    expect(heap.formatDebugMallocStats()).toBe(CPYTHON_SAMPLE);
    heap.verify();
  });

  test("the cpython311 text shape: header, column widths, label column, 21-char values", () => {
    const heap = new Heap({ layout: "cpython311", maxBytes: 64 << 20 });
    for (let i = 0; i < 5000; i++) heap.malloc(1 + ((i * 7919) % 512));
    const lines = heap.formatDebugMallocStats().split("\n");
    expect(lines[0]).toBe("Small block threshold = 512, in 32 size classes.");
    expect(lines[1]).toBe("");
    expect(lines[2]).toBe("class   size   num pools   blocks in use  avail blocks");
    expect(lines[3]).toBe("-----   ----   ---------   -------------  ------------");
    let i = 4;
    for (; lines[i] !== ""; i++) {
      expect(lines[i]).toMatch(/^[ \d]{5} [ \d]{6} [ \d]{11} [ \d]{15} [ \d]{13}$/);
    }
    expect(i - 4).toBe(32); // every class has a pool here
    const valueLines = lines.slice(i).filter((l) => l.includes("="));
    expect(valueLines.length).toBe(5 + 7 + 2 + 4);
    for (const l of valueLines) {
      expect(l.indexOf("=")).toBe(35);
      expect(l.length).toBe(57);
      expect(l.slice(36)).toMatch(/^ *\d{1,3}(,\d{3})*$/);
    }
    expect(lines).toContain("arena map counts");
    expect(lines[lines.length - 1]).toBe(""); // ends with a newline
    expect(lines[lines.length - 2]).toMatch(/^Total {30}=/);
  });

  test("the byte accounting sums to arenas × arena size", () => {
    for (const layout of ["classic", "cpython311"] as const) {
      const heap = new Heap({ layout, maxBytes: 64 << 20 });
      const live: number[] = [];
      for (let i = 0; i < 20000; i++) live.push(heap.malloc(1 + ((i * 104729) % 512)));
      for (let i = 0; i < live.length; i += 3) heap.free(live[i]);
      const s = heap.stats();
      const sum = s.bytesInAllocatedBlocks + s.bytesInAvailableBlocks + s.bytesInUnusedPools +
        s.bytesLostToPoolHeaders + s.bytesLostToQuantization + s.bytesLostToArenaAlignment;
      expect(sum).toBe(s.arenasCurrent * s.arenaSize);
      expect(s.bytesInArenas).toBe(sum);
      const text = heap.formatDebugMallocStats();
      const total = text.split("\n").find((l) => l.startsWith("Total"))!;
      expect(Number(total.slice(36).replace(/,/g, ""))).toBe(sum);
    }
  });

  test("the classic variant: 64 classes, 256 KiB arenas, 4 KiB pools, no arena map", () => {
    const heap = new Heap({ layout: "classic", maxBytes: 16 << 20 });
    heap.malloc(8);
    heap.malloc(8);
    heap.malloc(512);
    const text = heap.formatDebugMallocStats();
    expect(text).toBe(`Small block threshold = 512, in 64 size classes.

class   size   num pools   blocks in use  avail blocks
-----   ----   ---------   -------------  ------------
    0      8           1               2           504
   63    512           1               1             6

# arenas allocated total           =                    1
# arenas reclaimed                 =                    0
# arenas highwater mark            =                    1
# arenas allocated current         =                    1
1 arenas * 262144 bytes/arena      =              262,144

# bytes in allocated blocks        =                  528
# bytes in available blocks        =                7,104
62 unused pools * 4096 bytes       =              253,952
# bytes lost to pool headers       =                   96
# bytes lost to quantization       =                  464
# bytes lost to arena alignment    =                    0
Total                              =              262,144
`);
  });

  test("an empty heap", () => {
    const heap = new Heap({ layout: "cpython311", maxBytes: 16 << 20 });
    const text = heap.formatDebugMallocStats();
    expect(text).toContain("0 arenas * 1048576 bytes/arena     =                    0\n");
    expect(text).toContain("# arena map mid nodes              =                    0\n");
    expect(text.endsWith("Total                              =              262,144\n")).toBe(true);
  });

  test("statLine pads like CPython's printone, long labels included", () => {
    expect(statLine("x", 1234567)).toBe("x" + " ".repeat(34) + "=" + " ".repeat(12) + "1,234,567\n");
    const long = "1234 unused pools * 16384 bytes with more";
    expect(statLine(long, 0)).toBe(long + "=" + " ".repeat(20) + "0\n");
  });

  test("stats() agrees with the verifier's walk", () => {
    const heap = new Heap({ layout: "cpython311", maxBytes: 64 << 20 });
    const live: number[] = [];
    for (let i = 0; i < 30000; i++) live.push(heap.malloc((i * 31) % 1500));
    for (let i = 0; i < live.length; i += 2) heap.free(live[i]);
    const s = heap.stats();
    const v = heap.verify();
    expect(v.liveBlocks).toBe(s.pymallocBlocksInUse);
    expect(v.rawBlocks).toBe(s.raw.blocksInUse);
    expect(heap.allocatedBlocks()).toBe(s.allocatedBlocks);
    expect(s.allocatedBlocks).toBe(15000);
    expect(s.sizeClasses.reduce((n, c) => n + c.blocksInUse, 0)).toBe(s.pymallocBlocksInUse);
    expect(s.arenas.reduce((n, a) => n + a.blocksInUse, 0)).toBe(s.pymallocBlocksInUse);
  });
});
