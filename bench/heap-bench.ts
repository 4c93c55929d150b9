/**
 * Heap micro-benchmarks: a ring of live blocks; each step frees the oldest and allocates a new
 * block of a pseudo-random size (one alloc+free pair). This is the object churn of an
 * interpreter: the fast paths (pop from a used pool's free list, push back) dominate.
 *
 * - pymalloc: 16..512 bytes. With 1024 live blocks (~270 KB) the working set stays in the L2
 *   cache, as an interpreter's temporaries do; with 8192 (~2 MB) it does not, and cache misses
 *   set the pace.
 * - mixed: the same with one allocation in 16 of 0.5..8 KiB (list item arrays), so both the
 *   pymalloc and the raw paths are hot, as they are in the interpreter.
 * - raw: 1..16 KiB blocks, 64 live (a loop's temporaries) and 8192 live (~70 MB).
 *
 * bench/run.mjs runs each case in a fresh worker (its own V8 isolate), so no case's type
 * feedback shapes another's machine code. Each case runs several times on a fresh heap; rates
 * are per second of this process's CPU time (user + system), not wall time, so other load on a
 * shared machine does not halve them (the loops never block: on an idle machine both agree).
 */
import { Heap, type HeapLayoutName } from "../src/heap/index.js";

export interface BenchCase {
  readonly name: string;
  /** Million alloc+free pairs per second, one entry per run. */
  readonly runs: readonly number[];
  readonly median: number;
}

interface ChurnSpec {
  readonly layout: HeapLayoutName;
  readonly live: number;
  readonly steps: number;
  /** Sizes minSize + [0, spread); spread < 65536. */
  readonly minSize: number;
  readonly spread: number;
  /** When non-zero, allocations whose random bits & bigMask are 0 take bigMin + [0, bigSpread). */
  readonly bigMask: number;
  readonly bigMin: number;
  readonly bigSpread: number;
}

const RUNS = 7;

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

/** One timed run; returns alloc+free pairs per CPU second. */
function churn(spec: ChurnSpec): number {
  const { live, steps, minSize, spread, bigMask, bigMin, bigSpread } = spec;
  const biggest = Math.max(minSize + spread, bigMask !== 0 ? bigMin + bigSpread : 0);
  // Room for the ring at its largest, and small enough not to stress the host's memory.
  const heap = new Heap({ layout: spec.layout, maxBytes: Math.max(64 << 20, 2 * live * biggest) });
  const ring = new Int32Array(live);
  const mask = live - 1;
  let seed = 0x9e3779b9 | 0;
  const size = () => {
    seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5;
    if (bigMask !== 0 && (seed & bigMask) === 0) return bigMin + ((seed >>> 16) * bigSpread >>> 16);
    return minSize + ((seed >>> 16) * spread >>> 16);
  };
  for (let i = 0; i < live; i++) ring[i] = heap.malloc(size());
  const t0 = process.cpuUsage();
  let j = 0;
  for (let i = 0; i < steps; i++) {
    heap.free(ring[j]);
    ring[j] = heap.malloc(size());
    j = (j + 1) & mask;
  }
  const used = process.cpuUsage(t0);
  for (let i = 0; i < live; i++) heap.free(ring[i]);
  if (heap.allocatedBlocks() !== 0) throw new Error("benchmark leaked blocks");
  return steps / ((used.user + used.system) / 1e6);
}

const SMALL = { minSize: 16, spread: 497, bigMask: 0, bigMin: 0, bigSpread: 0 };
const MIXED = { minSize: 16, spread: 497, bigMask: 15, bigMin: 513, bigSpread: 8 * 1024 - 512 };
const RAW = { minSize: 1024, spread: 15 * 1024 + 1, bigMask: 0, bigMin: 0, bigSpread: 0 };

function specs(): Map<string, ChurnSpec> {
  const m = new Map<string, ChurnSpec>();
  for (const layout of ["classic", "cpython311"] as const) {
    for (const live of [1024, 8192]) m.set(`pymalloc 16..512 B, ${live} live, ${layout}`, { layout, live, steps: 20_000_000, ...SMALL });
    m.set(`mixed 1/16 raw, 1024 live, ${layout}`, { layout, live: 1024, steps: 10_000_000, ...MIXED });
    for (const live of [64, 8192]) m.set(`raw 1..16 KiB, ${live} live, ${layout}`, { layout, live, steps: 2_000_000, ...RAW });
  }
  return m;
}

export function listCases(): string[] {
  return [...specs().keys()];
}

export function runCase(name: string): BenchCase {
  const spec = specs().get(name);
  if (spec === undefined) throw new Error(`no heap bench case ${name}`);
  churn(spec);
  const runs: number[] = [];
  for (let r = 0; r < RUNS; r++) runs.push(churn(spec) / 1e6);
  return { name, runs, median: median(runs) };
}
