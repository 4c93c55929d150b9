/**
 * The heap: one simulated CPython address space (static region, obmalloc arenas/pools/blocks,
 * raw blocks) and its statistics. Start with heap.ts; docs/heap.md has the pictures.
 */
export { Heap, DEFAULT_MAX_BYTES, DEFAULT_STATIC_BYTES, MAX_ADDRESS_SPACE, type HeapOptions } from "./heap.js";
export {
  LAYOUTS, DEFAULT_LAYOUT, SMALL_REQUEST_THRESHOLD, POISON_BYTE, FREE_LINK_BYTES, blockSize,
  type HeapLayout, type HeapLayoutName,
} from "./layout.js";
export { HeapError, HeapCorruption } from "./errors.js";
export { statLine } from "./format.js";
export type { HeapStats, SizeClassStats, ArenaStats, RawStats } from "./stats.js";
export type { VerifyResult } from "./verify.js";
export type { AllocationTracer } from "./trace-hook.js";
export type { ArenaInfo, PoolInfo, PoolState, BlockInfo } from "./query.js";
export { CLASS_SYMBOLS } from "./query.js";
