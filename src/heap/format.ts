/**
 * The pymalloc part of `sys._debugmallocstats()`, in CPython's layout, from HeapStats.
 *
 *   Small block threshold = 512, in 32 size classes.
 *   <blank>
 *   class   size   num pools   blocks in use  avail blocks       header, then one row per class
 *   -----   ----   ---------   -------------  ------------       with a non-empty pool:
 *       0     16           1             106           915       %5u %6u %11zu %15zu %13zu
 *   <blank>
 *   # arenas allocated total           =                    4    label padded to column 35,
 *   …                                                           "=", value right-aligned in 21
 *                                                                columns with thousands commas
 *
 * then the arena counts, the byte accounting (which sums to arenas × arena size), and for a
 * layout with a radix tree the "arena map counts" block. The free-list lines that follow in
 * CPython's output belong to the object layer, which appends them.
 */
import type { HeapStats } from "./stats.js";

/** Width of the label column, "=" included at this index. */
const LABEL_COLUMN = 35;
const VALUE_WIDTH = 21;

function withCommas(value: number): string {
  return Math.trunc(value).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** CPython's printone(): one "label = value" line. */
export function statLine(label: string, value: number): string {
  return label.padEnd(LABEL_COLUMN) + "=" + withCommas(value).padStart(VALUE_WIDTH) + "\n";
}

function row(i: number, size: number, pools: number, blocks: number, free: number): string {
  return `${String(i).padStart(5)} ${String(size).padStart(6)} ${String(pools).padStart(11)} ${String(blocks).padStart(15)} ${String(free).padStart(13)}\n`;
}

export function formatDebugMallocStats(s: HeapStats): string {
  let out = `Small block threshold = ${s.smallRequestThreshold}, in ${s.numSizeClasses} size classes.\n\n`;
  out += "class   size   num pools   blocks in use  avail blocks\n";
  out += "-----   ----   ---------   -------------  ------------\n";
  for (const c of s.sizeClasses) {
    if (c.pools !== 0) out += row(c.sizeClass, c.blockSize, c.pools, c.blocksInUse, c.availableBlocks);
  }
  out += "\n";
  out += statLine("# arenas allocated total", s.arenasAllocatedTotal);
  out += statLine("# arenas reclaimed", s.arenasReclaimed);
  out += statLine("# arenas highwater mark", s.arenasHighwater);
  out += statLine("# arenas allocated current", s.arenasCurrent);
  out += statLine(`${s.arenasCurrent} arenas * ${s.arenaSize} bytes/arena`, s.bytesInArenas);
  out += "\n";
  const parts: Array<[string, number]> = [
    ["# bytes in allocated blocks", s.bytesInAllocatedBlocks],
    ["# bytes in available blocks", s.bytesInAvailableBlocks],
    [`${s.unusedPools} unused pools * ${s.poolSize} bytes`, s.bytesInUnusedPools],
    ["# bytes lost to pool headers", s.bytesLostToPoolHeaders],
    ["# bytes lost to quantization", s.bytesLostToQuantization],
    ["# bytes lost to arena alignment", s.bytesLostToArenaAlignment],
  ];
  let total = 0;
  for (const [label, value] of parts) {
    out += statLine(label, value);
    total += value;
  }
  out += statLine("Total", total);
  if (s.arenaMap !== null) {
    const m = s.arenaMap;
    out += "\narena map counts\n";
    out += statLine("# arena map mid nodes", m.midNodes);
    out += statLine("# arena map bot nodes", m.botNodes);
    out += "\n";
    out += statLine("# bytes lost to arena map root", m.rootBytes);
    out += statLine("# bytes lost to arena map mid", m.midBytes);
    out += statLine("# bytes lost to arena map bot", m.botBytes);
    out += statLine("Total", m.rootBytes + m.midBytes + m.botBytes);
  }
  return out;
}
