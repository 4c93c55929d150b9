/**
 * The Heap: one address space holding every Python object, and the allocator domains over it.
 *
 *   0    16              staticBytes                                              maxBytes
 *   ├NULL┼── static ──────┼── raw region: raw blocks, free chunks and arenas ─────────┤
 *        │ bump-allocated │   ┌──────┬───────────────┬──────┬───────────────┬──────┐ │
 *        │ never freed    │   │ blk  │ arena         │ free │ arena         │ free │ │
 *                             └──────┴───────────────┴──────┴───────────────┴──────┘
 *                                     │ pool │ pool │ … (obmalloc.ts, arenas.ts)
 *
 * Domains, as in CPython 3.11:
 *   - object/mem (`malloc`, `calloc`, `realloc`, `free`): 1..512 bytes from pymalloc size
 *     classes; 0 and larger sizes from the raw allocator, counted as CPython's
 *     raw_allocated_blocks. If no arena can be had, small requests fall back to raw as well.
 *   - raw (`rawMalloc`, `rawRealloc`, `rawFree`): the raw allocator directly, not counted by
 *     allocatedBlocks() (CPython's PyMem_RawMalloc is not either).
 *   - static (`staticAlloc`): the data segment's stand-in, below every arena and raw block.
 *
 * `free` tells the domains apart in O(1): p is a pymalloc block exactly when
 * p >= poolStart[p >> arenaBits] (see arenas.ts). Running out of address space returns 0,
 * never throws; misuse (freeing something not allocated) throws HeapError.
 *
 * Debug switches cost one boolean test per free when off: with `poisonFreed` freed blocks are
 * filled with 0xDD past their link word; with `verifyHeap` the verifier runs after every free.
 *
 * Allocation tracing (tracemalloc, trace-hook.ts): `tracer` is null unless tracing, so the
 * public entry points pay one null test each. The hook sees what CPython's tracemalloc hooks
 * see: the size the caller requested and the address returned, at the domain's entry point
 * only — realloc's internal malloc/free go through the untraced `*Block` methods, as
 * CPython's reentrancy flag keeps pymalloc's forwarding to the raw domain out of the traces.
 */
import { defaultDebugConfig, type DebugConfig } from "../config.js";
import { Arenas } from "./arenas.js";
import { HeapError } from "./errors.js";
import { formatDebugMallocStats } from "./format.js";
import {
  DEFAULT_LAYOUT, FREE_LINK_BYTES, LAYOUTS, POISON_BYTE, SMALL_REQUEST_THRESHOLD, SYSTEM_PAGE_SIZE,
  type HeapLayout, type HeapLayoutName,
} from "./layout.js";
import { Obmalloc } from "./obmalloc.js";
import type { AllocationTracer } from "./trace-hook.js";
import { ChunkFlag, RawAllocator } from "./raw.js";
import { collectStats, pymallocBlocksInUse, type HeapStats } from "./stats.js";
import { arenaInfos, blockInfo, heapMap, type ArenaInfo, type BlockInfo, type HeapParts } from "./query.js";
import { verifyHeap, type VerifyResult } from "./verify.js";

export interface HeapOptions {
  /** Default "classic". */
  layout?: HeapLayoutName;
  /** Size of the address space; allocation past it fails. Default 1 GiB, at most 2 GiB − 4 KiB. */
  maxBytes?: number;
  /** Size of the static region at the bottom of the address space. Default 4 MiB. */
  staticBytes?: number;
  debug?: Partial<DebugConfig>;
}

export const DEFAULT_MAX_BYTES = 1 << 30;
export const DEFAULT_STATIC_BYTES = 4 << 20;
/** Addresses must stay below 2^31 so that `addr >> 2` indexes the Int32Array view. */
export const MAX_ADDRESS_SPACE = 0x80000000 - SYSTEM_PAGE_SIZE;
/** The first static address: 0 is NULL, and static blocks are 16-aligned. */
const STATIC_BASE = 16;
const STATIC_ALIGN_MASK = 15;

/**
 * A zeroed buffer for an address space of `bytes`. Its pages cost memory only once touched:
 * the space is reserved, not used. A SharedArrayBuffer when the host has one: V8 counts an
 * ArrayBuffer's whole size as external memory, and a gigabyte of it at once makes V8 start a
 * full collection of its own heap at once (and weighs on its later heuristics); a
 * SharedArrayBuffer is not counted, and typed arrays over it are as fast. (A start-up
 * snapshot's builder has no SharedArrayBuffer.)
 */
export function newAddressSpace(bytes: number): ArrayBuffer {
  return (typeof SharedArrayBuffer === "function" ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes)) as ArrayBuffer;
}

/** Heap.compiledCodePools: the pool level's arrays and constants. */
export interface CompiledCodePools {
  /** Obmalloc.usedpools: a size class's first used pool, 0 when none. */
  readonly usedpools: Int32Array;
  /** Arenas.poolStart: p is a pymalloc block exactly when p >= poolStart[p >> arenaBits]. */
  readonly poolStart: Int32Array;
  readonly poolMask: number;
  readonly arenaBits: number;
  readonly alignmentShift: number;
}

export class Heap {
  readonly layout: HeapLayout;
  /** The address space and its views; only rebindBuffer replaces them. */
  buffer: ArrayBuffer;
  u8: Uint8Array;
  u16: Uint16Array;
  i32: Int32Array;
  u32: Uint32Array;
  f64: Float64Array;
  readonly maxBytes: number;
  readonly staticBytes: number;

  private readonly ob: Obmalloc;
  private readonly arenas: Arenas;
  private readonly raw: RawAllocator;
  private readonly poolStart: Int32Array;
  private readonly arenaBits: number;
  private readonly checkedFree: boolean;
  private readonly poison: boolean;
  private readonly verifyEachFree: boolean;
  private staticTop = STATIC_BASE;
  /** The tracemalloc hook, or null (the normal case: one null test per allocator call). */
  tracer: AllocationTracer | null = null;

  constructor(options: HeapOptions = {}) {
    const layout = LAYOUTS[options.layout ?? DEFAULT_LAYOUT];
    if (layout === undefined) throw new HeapError(`unknown heap layout ${String(options.layout)}`);
    this.layout = layout;
    const maxBytes = Math.floor((options.maxBytes ?? DEFAULT_MAX_BYTES) / SYSTEM_PAGE_SIZE) * SYSTEM_PAGE_SIZE;
    const staticBytes = ((options.staticBytes ?? DEFAULT_STATIC_BYTES) + STATIC_ALIGN_MASK) & ~STATIC_ALIGN_MASK;
    if (!(maxBytes > 0 && maxBytes <= MAX_ADDRESS_SPACE)) throw new HeapError(`maxBytes must be in (0, ${MAX_ADDRESS_SPACE}]`);
    if (!(staticBytes >= STATIC_BASE && staticBytes + SYSTEM_PAGE_SIZE <= maxBytes)) {
      throw new HeapError("staticBytes must leave at least a page of the address space");
    }
    this.maxBytes = maxBytes;
    this.staticBytes = staticBytes;
    this.buffer = newAddressSpace(maxBytes);
    this.u8 = new Uint8Array(this.buffer);
    this.u16 = new Uint16Array(this.buffer);
    this.i32 = new Int32Array(this.buffer);
    this.u32 = new Uint32Array(this.buffer);
    this.f64 = new Float64Array(this.buffer);

    this.raw = new RawAllocator(this.i32, this.u8, staticBytes, maxBytes, layout.arenaSize, layout.arenaBits, layout.arenaBaseOffset);
    this.arenas = new Arenas(this.i32, layout, this.raw, maxBytes);
    this.ob = new Obmalloc(this.i32, layout, this.arenas);
    this.poolStart = this.arenas.poolStart;
    this.arenaBits = layout.arenaBits;

    const debug = { ...defaultDebugConfig, ...options.debug };
    this.poison = debug.poisonFreed;
    this.verifyEachFree = debug.verifyHeap;
    this.checkedFree = this.poison || this.verifyEachFree;
    this.raw.poison = this.poison;
  }

  /**
   * Move the address space to `buffer`: every view of it (this heap's and its allocators')
   * is remade over `buffer`, whose contents the caller has filled. The start-up snapshot
   * (src/cli/snapshot-heap.ts) parks the heap on an empty buffer while V8 serialises the
   * interpreter, so that the reserved gigabyte is not written into the snapshot, and moves it
   * back to a full-size buffer once the snapshot is loaded. An empty buffer makes every access
   * miss until the next rebind. The Runtime's copies of the views follow through
   * Runtime.rebindHeapViews; any other holder of a view would have to be rebound as well.
   */
  rebindBuffer(buffer: ArrayBuffer): void {
    if (buffer.byteLength !== 0 && buffer.byteLength !== this.maxBytes) {
      throw new HeapError(`rebindBuffer: the buffer must be empty or ${this.maxBytes} bytes, not ${buffer.byteLength}`);
    }
    this.buffer = buffer;
    this.u8 = new Uint8Array(buffer);
    this.u16 = new Uint16Array(buffer);
    this.i32 = new Int32Array(buffer);
    this.u32 = new Uint32Array(buffer);
    this.f64 = new Float64Array(buffer);
    this.raw.rebind(this.i32, this.u8);
    this.arenas.rebind(this.i32);
    this.ob.rebind(this.i32);
  }

  // ── object/mem domain ───────────────────────────────────────────────────────────────────

  /** A block of at least `size` bytes, not zeroed; 0 when the address space is exhausted. */
  malloc(size: number): number {
    const p = this.mallocBlock(size);
    if (this.tracer !== null && p !== 0) this.tracer.traceAlloc(p, size);
    return p;
  }

  calloc(size: number): number {
    const p = this.mallocBlock(size);
    if (p !== 0) {
      this.u8.fill(0, p, p + (size === 0 ? 1 : size));
      if (this.tracer !== null) this.tracer.traceAlloc(p, size);
    }
    return p;
  }

  /**
   * CPython's pymalloc_realloc: a pymalloc block is kept when the new size fits it and is more
   * than 3/4 of it; otherwise the data moves to a new block (pymalloc or raw by size). A raw
   * block stays raw whatever the new size. 0 on failure, the old block intact.
   */
  realloc(p: number, size: number): number {
    const q = this.reallocBlock(p, size);
    if (this.tracer !== null && q !== 0) this.tracer.traceRealloc(p, q, size);
    return q;
  }

  free(p: number): void {
    if (this.tracer !== null && p !== 0) this.tracer.traceFree(p);
    this.freeBlock(p);
  }

  /**
   * What compiled code needs to take a block from a pool's free list and give one back itself
   * (src/jit/emitter-base.ts), as pymalloc_alloc and pymalloc_free do in their common cases;
   * null when every free must be checked (the debug options poisonFreed and verifyHeap).
   */
  compiledCodePools(): CompiledCodePools | null {
    if (this.checkedFree) return null;
    return {
      usedpools: this.ob.usedpools, poolStart: this.poolStart, poolMask: ~(this.layout.poolSize - 1),
      arenaBits: this.arenaBits, alignmentShift: this.layout.alignmentShift,
    };
  }

  private mallocBlock(size: number): number {
    if (size > 0 && size <= SMALL_REQUEST_THRESHOLD) {
      const p = this.ob.alloc(size);
      if (p !== 0) return p;
    }
    return this.raw.alloc(size === 0 ? 1 : size, ChunkFlag.OBJECT_DOMAIN);
  }

  private reallocBlock(p: number, size: number): number {
    if (p === 0) return this.mallocBlock(size);
    if (p >= this.poolStart[p >> this.arenaBits]) {
      const old = this.ob.blockSizeOf(p);
      let keep = old;
      if (size <= old) {
        if (4 * size > 3 * old) return p;
        keep = size;
      }
      const q = this.mallocBlock(size);
      if (q !== 0) {
        this.copySmall(q, p, keep);
        this.freeBlock(p);
      }
      return q;
    }
    const q = this.raw.realloc(p, size === 0 ? 1 : size);
    if (this.verifyEachFree) this.verify();
    return q;
  }

  /**
   * Copy `n` ≤ 512 bytes from pymalloc block p to q (both 8-aligned): whole words, then the
   * odd bytes. For the few words a small block holds, a loop beats copyWithin's call.
   */
  private copySmall(q: number, p: number, n: number): void {
    const i32 = this.i32;
    const words = n >> 2;
    for (let i = 0, from = p >> 2, to = q >> 2; i < words; i++) i32[to + i] = i32[from + i];
    const u8 = this.u8;
    for (let i = words << 2; i < n; i++) u8[q + i] = u8[p + i];
  }

  private freeBlock(p: number): void {
    if (this.checkedFree) {
      this.freeChecked(p);
    } else if (p >= this.poolStart[p >> this.arenaBits]) {
      this.ob.free(p);
    } else if (p !== 0) {
      this.raw.free(p);
    }
  }

  // ── raw domain ──────────────────────────────────────────────────────────────────────────

  rawMalloc(size: number): number {
    const p = this.raw.alloc(size === 0 ? 1 : size, 0);
    if (this.tracer !== null && p !== 0) this.tracer.traceAlloc(p, size);
    return p;
  }

  rawRealloc(p: number, size: number): number {
    if (p === 0) return this.rawMalloc(size);
    this.notPymalloc(p, "rawRealloc");
    const q = this.raw.realloc(p, size === 0 ? 1 : size);
    if (this.verifyEachFree) this.verify();
    if (this.tracer !== null && q !== 0) this.tracer.traceRealloc(p, q, size);
    return q;
  }

  rawFree(p: number): void {
    if (p === 0) return;
    this.notPymalloc(p, "rawFree");
    if (this.tracer !== null) this.tracer.traceFree(p);
    this.raw.free(p);
    if (this.verifyEachFree) this.verify();
  }

  /**
   * Memory that is not a Python allocation at all — CPython's arena allocator
   * (_PyObject_VirtualAlloc), which the data stack of frames uses — from the raw region but
   * never traced. `virtualFree` releases it.
   */
  virtualAlloc(size: number): number {
    return this.raw.alloc(size === 0 ? 1 : size, 0);
  }

  virtualFree(p: number): void {
    if (p === 0) return;
    this.notPymalloc(p, "virtualFree");
    this.raw.free(p);
    if (this.verifyEachFree) this.verify();
  }

  // ── static region ───────────────────────────────────────────────────────────────────────

  /** Zeroed, 16-aligned, never freed. Throws HeapError when the static region is full. */
  staticAlloc(size: number): number {
    const p = this.staticTop;
    const n = (Math.max(size, 1) + STATIC_ALIGN_MASK) & ~STATIC_ALIGN_MASK;
    if (!(size >= 0) || p + n > this.staticBytes) {
      throw new HeapError(`static region full: ${size} bytes requested, ${this.staticBytes - p} left`);
    }
    this.staticTop = p + n;
    this.u8.fill(0, p, p + n);
    return p;
  }

  isStatic(addr: number): boolean {
    return addr >= STATIC_BASE && addr < this.staticBytes;
  }

  // ── introspection ───────────────────────────────────────────────────────────────────────

  /** Whether addr lies in an arena's pools (a pymalloc block if it was handed out). */
  isPymalloc(addr: number): boolean {
    return addr > 0 && addr < this.maxBytes && addr >= this.poolStart[addr >> this.arenaBits];
  }

  /** sys.getallocatedblocks(): pymalloc blocks in use + the object domain's raw blocks. */
  allocatedBlocks(): number {
    return pymallocBlocksInUse(this.arenas, this.i32) + this.raw.objectBlocksInUse;
  }

  stats(): HeapStats {
    return collectStats(this.arenas, this.raw, this.i32, { used: this.staticTop, total: this.staticBytes }, this.maxBytes);
  }

  /** Which arena, pool and block (or raw block) `addr` lies in; null if none (query.ts). */
  describeBlock(addr: number): BlockInfo | null {
    return blockInfo(this.parts(), addr, this.isPymalloc(addr));
  }

  /** Every live arena with its carved pools and their states (query.ts). */
  arenaInfos(): ArenaInfo[] {
    return arenaInfos(this.parts());
  }

  /** A text map of the pools, one character per block (query.ts). */
  heapMap(width?: number): string {
    return heapMap(this.parts(), width);
  }

  private parts(): HeapParts {
    return { layout: this.layout, i32: this.i32, arenas: this.arenas, raw: this.raw, staticBytes: this.staticBytes };
  }

  formatDebugMallocStats(): string {
    return formatDebugMallocStats(this.stats());
  }

  /** Walk everything; throws HeapCorruption on the first inconsistency. */
  verify(): VerifyResult {
    return verifyHeap({
      layout: this.layout, i32: this.i32, arenas: this.arenas, ob: this.ob, raw: this.raw,
      staticTop: this.staticTop, staticBytes: this.staticBytes, stats: this.stats(),
    });
  }

  private freeChecked(p: number): void {
    if (p === 0) return;
    if (p >= this.poolStart[p >> this.arenaBits]) {
      if (this.poison) this.u8.fill(POISON_BYTE, p + FREE_LINK_BYTES, p + this.ob.blockSizeOf(p));
      this.ob.free(p);
    } else {
      this.raw.free(p);
    }
    if (this.verifyEachFree) this.verify();
  }

  private notPymalloc(p: number, what: string): void {
    if (p >= this.poolStart[p >> this.arenaBits]) throw new HeapError(`${what} of pymalloc block ${p}`);
  }
}
