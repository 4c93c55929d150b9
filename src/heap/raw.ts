/**
 * The raw allocator: CPython's PyMem_Raw* domain (the C library's malloc), simulated in the part
 * of the address space above the static region, which it shares with the arenas.
 *
 *   start                                                                              end
 *   ├───────┬──────────────┬───────────────────────────┬───────┬─────────────────────────┤
 *   │ block │  free chunk  │ span (an arena; no header) │ block │ free chunk (the rest)   │
 *   └───────┴──────────────┴───────────────────────────┴───────┴─────────────────────────┘
 *
 * The region is one sequence of chunks that tile it exactly. A *block* (in use) or *free chunk*
 * carries a 16-byte header; the block's payload follows it, 16-aligned:
 *
 *   +0   size | flags     size a multiple of 16, at least 32; flags INUSE, PREV_INUSE, OBJECT_DOMAIN
 *   +4   requested        bytes asked for (blocks)
 *   +8   next free        bin links (free chunks)
 *   +12  prev free
 *   +16  payload …        a free chunk repeats its size in its last word (the footer)
 *
 * A *span* is a fixed-size range (an arena) placed at `spanOffset` past a multiple of its own
 * size. Pymalloc owns every byte of it, so its bookkeeping is out of band: `spanStart[slot]`
 * holds the address of the span starting in that slot, `spanPrevInuse[slot]` its PREV_INUSE bit.
 * Asking "is there a span at a?" is one table load, which is how neighbours see spans.
 *
 * Free chunks sit in TLSF bins (Masmano et al.): 16 exact bins below 256 bytes, then 16 bins per
 * power of two; two bitmaps find the first non-empty bin that surely fits in O(1). Freeing
 * coalesces with both neighbours at once, so:
 *
 * Invariants (checked by verify.ts):
 *   - chunks and spans tile [start, end) with no gap or overlap;
 *   - no two free chunks are adjacent;
 *   - every chunk's PREV_INUSE bit (a span's spanPrevInuse) says whether the chunk before is in
 *     use (the first chunk's predecessor, the static region, counts as in use);
 *   - a free chunk's footer equals its size; it is in the bin for its size, and a bin's bitmap
 *     bits are set exactly when the bin is non-empty;
 *   - the counters equal the sums over the blocks in use.
 */
import { HeapError } from "./errors.js";
import { POISON_BYTE } from "./layout.js";

export const enum Chunk {
  HEADER = 16,
  MIN_SIZE = 32,
  ALIGN_MASK = 15,
  FOOTER_FROM_END = 4,
}

/** Header fields as Int32Array indices relative to `chunk >> 2`. */
export const enum ChunkWord {
  SIZE_FLAGS = 0,
  REQUESTED = 1,
  NEXT_FREE = 2,
  PREV_FREE = 3,
}

export const enum ChunkFlag {
  INUSE = 1,
  PREV_INUSE = 2,
  /** Allocated by the object domain's fallback (counted by sys.getallocatedblocks). */
  OBJECT_DOMAIN = 4,
  MASK = 15,
}

export const enum Tlsf {
  SL_BITS = 4,
  SL_MASK = 15,
  /** Sizes below this have exact bins (16-byte steps); 1 << (SL_BITS + 4). */
  SMALL_LIMIT = 256,
  /** log2(SMALL_LIMIT) - 1: first-level index of sizes in [2^k, 2^(k+1)) is k - FL_SHIFT. */
  FL_SHIFT = 7,
  /** Sizes below 2^31 reach first-level index 30 - FL_SHIFT = 23. */
  FL_COUNT = 24,
  BIN_COUNT = 384,
}

const SIZE_MASK = ~ChunkFlag.MASK;
/** Requests up to here round to a chunk size below 2^31. */
const LARGEST_REQUEST = 0x7fffffff - Chunk.HEADER - Chunk.ALIGN_MASK;

function ctz(x: number): number {
  return 31 - Math.clz32(x & -x);
}

/** The bin a free chunk of `size` is filed in. */
export function binOf(size: number): number {
  if (size < Tlsf.SMALL_LIMIT) return size >>> 4;
  const log = 31 - Math.clz32(size);
  return ((log - Tlsf.FL_SHIFT) << Tlsf.SL_BITS) | ((size >>> (log - Tlsf.SL_BITS)) & Tlsf.SL_MASK);
}

/** The first bin whose every chunk holds at least `size` bytes (BIN_COUNT if none). */
function binAtLeast(size: number): number {
  if (size < Tlsf.SMALL_LIMIT) return size >>> 4;
  const rounded = size + (1 << (31 - Math.clz32(size) - Tlsf.SL_BITS)) - 1;
  return rounded > 0x7fffffff ? Tlsf.BIN_COUNT : binOf(rounded);
}

/** Chunk size for a request of n bytes. */
function chunkSizeFor(n: number): number {
  return n <= Chunk.MIN_SIZE - Chunk.HEADER ? Chunk.MIN_SIZE : (n + Chunk.HEADER + Chunk.ALIGN_MASK) & SIZE_MASK;
}

function assertRawConstants(): void {
  const fail = (what: string) => { throw new Error(`raw allocator constants: ${what}`); };
  if (Tlsf.SMALL_LIMIT !== 1 << (Tlsf.SL_BITS + 4) || Tlsf.FL_SHIFT !== Math.log2(Tlsf.SMALL_LIMIT) - 1) fail("small bins");
  if (Tlsf.SL_MASK !== (1 << Tlsf.SL_BITS) - 1 || Tlsf.BIN_COUNT !== Tlsf.FL_COUNT << Tlsf.SL_BITS) fail("bin counts");
  if (binOf(0x7fffffff & SIZE_MASK) !== Tlsf.BIN_COUNT - 1) fail("the largest chunk must map to the last bin");
  if (Chunk.HEADER !== (ChunkWord.PREV_FREE + 1) * 4 || Chunk.HEADER !== Chunk.ALIGN_MASK + 1) fail("header layout");
  if (Chunk.MIN_SIZE < Chunk.HEADER + Chunk.FOOTER_FROM_END) fail("a free chunk must hold its header and footer");
}

assertRawConstants();

export class RawAllocator {
  readonly bins = new Int32Array(Tlsf.BIN_COUNT);
  flBitmap = 0;
  readonly slBitmap = new Int32Array(Tlsf.FL_COUNT);

  /** Span bookkeeping, one entry per spanSize-aligned slot of the address space. */
  readonly spanStart: Int32Array;
  readonly spanPrevInuse: Uint8Array;

  blocksInUse = 0;
  objectBlocksInUse = 0;
  bytesRequested = 0;
  bytesInUse = 0;
  bytesInUseHighwater = 0;
  blocksHighwater = 0;
  spansInUse = 0;
  /** Highest chunk end ever handed out (blocks or spans): the touched part of the region. */
  topHighwater: number;
  /** Fill freed payloads with POISON_BYTE. */
  poison = false;

  constructor(private i32: Int32Array, private u8: Uint8Array,
              readonly start: number, readonly end: number,
              readonly spanSize: number, readonly spanShift: number, readonly spanOffset: number) {
    if ((start & Chunk.ALIGN_MASK) !== 0 || (end & Chunk.ALIGN_MASK) !== 0 || end - start < Chunk.MIN_SIZE) {
      throw new HeapError("raw region must be 16-aligned and hold a chunk");
    }
    this.spanStart = new Int32Array((end >>> spanShift) + 2);
    this.spanPrevInuse = new Uint8Array(this.spanStart.length);
    this.topHighwater = start;
    const size = end - start;
    i32[start >> 2] = size | ChunkFlag.PREV_INUSE;
    this.writeFooter(start, size);
    this.insert(start, size);
  }

  /** The heap moved to another buffer (Heap.rebindBuffer): use its views from now on. */
  rebind(i32: Int32Array, u8: Uint8Array): void {
    this.i32 = i32;
    this.u8 = u8;
  }

  // ── blocks ──────────────────────────────────────────────────────────────────────────────

  /** A block of at least n bytes (n ≥ 1), 16-aligned; 0 when no free range is large enough. */
  alloc(n: number, domain: number): number {
    if (!(n > 0)) throw new HeapError(`raw allocation of ${n} bytes`);
    if (n > LARGEST_REQUEST) return 0;
    const need = chunkSizeFor(n);
    const c = this.findChunk(need);
    if (c === 0) return 0;
    const i32 = this.i32;
    const sf = i32[c >> 2];
    this.remove(c, sf & SIZE_MASK);
    const size = this.place(c, sf & SIZE_MASK, need, (sf & ChunkFlag.PREV_INUSE) | domain);
    i32[(c >> 2) + ChunkWord.REQUESTED] = n;
    this.countIn(size, n, domain);
    this.noteHighwater(c + size);
    return c + Chunk.HEADER;
  }

  free(p: number): void {
    const c = this.blockChunk(p, "free");
    const i32 = this.i32;
    const sf = i32[c >> 2];
    const size = sf & SIZE_MASK;
    this.countOut(size, i32[(c >> 2) + ChunkWord.REQUESTED], sf & ChunkFlag.OBJECT_DOMAIN);
    if (this.poison) this.u8.fill(POISON_BYTE, p, c + size);
    this.release(c, size, (sf & ChunkFlag.PREV_INUSE) !== 0);
  }

  /**
   * Resize in place when the block shrinks or its right neighbour is free and large enough;
   * otherwise move. Returns 0 (the block untouched) when no range is large enough.
   */
  realloc(p: number, n: number): number {
    const c = this.blockChunk(p, "realloc");
    if (n > LARGEST_REQUEST) return 0;
    const i32 = this.i32;
    const sf = i32[c >> 2];
    const size = sf & SIZE_MASK;
    const flags = sf & ChunkFlag.MASK;
    const oldRequested = i32[(c >> 2) + ChunkWord.REQUESTED];
    const need = chunkSizeFor(n);
    if (need <= size) {
      const rest = size - need;
      if (rest >= Chunk.MIN_SIZE) {
        i32[c >> 2] = need | flags;
        this.bytesInUse -= rest;
        if (this.poison) this.u8.fill(POISON_BYTE, c + need, c + size);
        this.release(c + need, rest, true);
      }
      i32[(c >> 2) + ChunkWord.REQUESTED] = n;
      this.bytesRequested += n - oldRequested;
      return p;
    }
    const next = c + size;
    if (next < this.end && !this.spanAt(next)) {
      const nsf = i32[next >> 2];
      const total = size + (nsf & SIZE_MASK);
      if ((nsf & ChunkFlag.INUSE) === 0 && total >= need) {
        this.remove(next, nsf & SIZE_MASK);
        const grown = this.place(c, total, need, flags);
        i32[(c >> 2) + ChunkWord.REQUESTED] = n;
        this.bytesRequested += n - oldRequested;
        this.bytesInUse += grown - size;
        if (this.bytesInUse > this.bytesInUseHighwater) this.bytesInUseHighwater = this.bytesInUse;
        this.noteHighwater(c + grown);
        return p;
      }
    }
    const q = this.alloc(n, flags & ChunkFlag.OBJECT_DOMAIN);
    if (q === 0) return 0;
    this.u8.copyWithin(q, p, p + Math.min(oldRequested, n));
    this.free(p);
    return q;
  }

  /** Bytes the caller asked for when it allocated (or last resized) the block at p. */
  requestedSize(p: number): number {
    return this.i32[((p - Chunk.HEADER) >> 2) + ChunkWord.REQUESTED];
  }

  // ── spans ───────────────────────────────────────────────────────────────────────────────

  /** The lowest address a ≡ spanOffset (mod spanSize) with [a, a + spanSize) free; 0 if none. */
  allocSpan(): number {
    const best = this.findSpanRange();
    if (best === 0) return 0;
    const i32 = this.i32;
    const c = this.spanHostChunk;
    const sf = i32[c >> 2];
    const size = sf & SIZE_MASK;
    const end = c + size;
    const spanEnd = best + this.spanSize;
    this.remove(c, size);
    const k = best >>> this.spanShift;
    if (best > c) {
      i32[c >> 2] = (best - c) | (sf & ChunkFlag.PREV_INUSE);
      this.writeFooter(c, best - c);
      this.insert(c, best - c);
      this.spanPrevInuse[k] = 0;
    } else {
      this.spanPrevInuse[k] = (sf & ChunkFlag.PREV_INUSE) !== 0 ? 1 : 0;
    }
    this.spanStart[k] = best;
    if (end > spanEnd) {
      i32[spanEnd >> 2] = (end - spanEnd) | ChunkFlag.PREV_INUSE;
      this.writeFooter(spanEnd, end - spanEnd);
      this.insert(spanEnd, end - spanEnd);
    } else {
      this.setPrevInuse(spanEnd, true);
    }
    this.spansInUse++;
    this.noteHighwater(spanEnd);
    return best;
  }

  freeSpan(a: number): void {
    const k = a >>> this.spanShift;
    if (this.spanStart[k] !== a || a === 0) throw new HeapError(`no span at ${a}`);
    const prevInuse = this.spanPrevInuse[k] !== 0;
    this.spanStart[k] = 0;
    this.spanPrevInuse[k] = 0;
    this.spansInUse--;
    this.release(a, this.spanSize, prevInuse);
  }

  spanAt(a: number): boolean {
    return this.spanStart[a >>> this.spanShift] === a;
  }

  // ── chunk machinery ─────────────────────────────────────────────────────────────────────

  private spanHostChunk = 0;

  private findSpanRange(): number {
    const size = this.spanSize;
    const min = Chunk.MIN_SIZE;
    let best = 0;
    for (let bin = binOf(size); bin < Tlsf.BIN_COUNT; bin++) {
      for (let c = this.bins[bin]; c !== 0; c = this.i32[(c >> 2) + ChunkWord.NEXT_FREE]) {
        const csize = this.i32[c >> 2] & SIZE_MASK;
        if (csize < size) continue;
        let a = Math.ceil((c - this.spanOffset) / size) * size + this.spanOffset;
        if (a > c && a - c < min) a += size;
        const tail = c + csize - (a + size);
        if (tail < 0 || (tail > 0 && tail < min)) continue;
        if (best === 0 || a < best) { best = a; this.spanHostChunk = c; }
      }
    }
    return best;
  }

  /** A free chunk of at least `need` bytes, still in its bin; 0 if none. */
  private findChunk(need: number): number {
    const bin = binAtLeast(need);
    if (bin < Tlsf.BIN_COUNT) {
      let fl = bin >>> Tlsf.SL_BITS;
      let map = this.slBitmap[fl] & (-1 << (bin & Tlsf.SL_MASK));
      if (map === 0) {
        const flMap = this.flBitmap & (-1 << (fl + 1));
        if (flMap !== 0) {
          fl = ctz(flMap);
          map = this.slBitmap[fl];
        }
      }
      if (map !== 0) return this.bins[(fl << Tlsf.SL_BITS) | ctz(map)];
    }
    // Nearly out of space: a chunk in the request's own bin may still be large enough.
    for (let c = this.bins[binOf(need)]; c !== 0; c = this.i32[(c >> 2) + ChunkWord.NEXT_FREE]) {
      if ((this.i32[c >> 2] & SIZE_MASK) >= need) return c;
    }
    return 0;
  }

  /**
   * Turn the free chunk c of `size` (already out of its bin) into a block of `need` bytes,
   * splitting the rest off when it can stand as a chunk. Returns the block's size.
   */
  private place(c: number, size: number, need: number, flags: number): number {
    const rest = size - need;
    if (rest >= Chunk.MIN_SIZE) {
      const r = c + need;
      this.i32[r >> 2] = rest | ChunkFlag.PREV_INUSE;
      this.writeFooter(r, rest);
      this.insert(r, rest);
      size = need;
    } else {
      this.setPrevInuse(c + size, true);
    }
    this.i32[c >> 2] = size | ChunkFlag.INUSE | flags;
    return size;
  }

  /** Make [c, c + size) free, merged with free neighbours. */
  private release(c: number, size: number, prevInuse: boolean): void {
    const i32 = this.i32;
    const next = c + size;
    if (next < this.end && !this.spanAt(next)) {
      const nsf = i32[next >> 2];
      if ((nsf & ChunkFlag.INUSE) === 0) {
        this.remove(next, nsf & SIZE_MASK);
        size += nsf & SIZE_MASK;
      }
    }
    if (!prevInuse) {
      const psize = i32[(c - Chunk.FOOTER_FROM_END) >> 2];
      c -= psize;
      this.remove(c, psize);
      size += psize;
    }
    i32[c >> 2] = size | ChunkFlag.PREV_INUSE;
    this.writeFooter(c, size);
    this.insert(c, size);
    this.setPrevInuse(c + size, false);
  }

  private setPrevInuse(a: number, inUse: boolean): void {
    if (a >= this.end) return;
    const k = a >>> this.spanShift;
    if (this.spanStart[k] === a) {
      this.spanPrevInuse[k] = inUse ? 1 : 0;
    } else {
      const w = a >> 2;
      this.i32[w] = inUse ? this.i32[w] | ChunkFlag.PREV_INUSE : this.i32[w] & ~ChunkFlag.PREV_INUSE;
    }
  }

  private writeFooter(c: number, size: number): void {
    this.i32[(c + size - Chunk.FOOTER_FROM_END) >> 2] = size;
  }

  private insert(c: number, size: number): void {
    const bin = binOf(size);
    const i32 = this.i32;
    const head = this.bins[bin];
    i32[(c >> 2) + ChunkWord.NEXT_FREE] = head;
    i32[(c >> 2) + ChunkWord.PREV_FREE] = 0;
    if (head !== 0) i32[(head >> 2) + ChunkWord.PREV_FREE] = c;
    this.bins[bin] = c;
    this.slBitmap[bin >>> Tlsf.SL_BITS] |= 1 << (bin & Tlsf.SL_MASK);
    this.flBitmap |= 1 << (bin >>> Tlsf.SL_BITS);
  }

  private remove(c: number, size: number): void {
    const bin = binOf(size);
    const i32 = this.i32;
    const next = i32[(c >> 2) + ChunkWord.NEXT_FREE];
    const prev = i32[(c >> 2) + ChunkWord.PREV_FREE];
    if (prev !== 0) i32[(prev >> 2) + ChunkWord.NEXT_FREE] = next;
    else this.bins[bin] = next;
    if (next !== 0) i32[(next >> 2) + ChunkWord.PREV_FREE] = prev;
    if (this.bins[bin] === 0) {
      const fl = bin >>> Tlsf.SL_BITS;
      this.slBitmap[fl] &= ~(1 << (bin & Tlsf.SL_MASK));
      if (this.slBitmap[fl] === 0) this.flBitmap &= ~(1 << fl);
    }
  }

  /** The chunk of block p, after checking that p is a block in use. */
  private blockChunk(p: number, what: string): number {
    const c = p - Chunk.HEADER;
    if (c < this.start || c >= this.end || (c & Chunk.ALIGN_MASK) !== 0 || this.spanAt(c) ||
        (this.i32[c >> 2] & ChunkFlag.INUSE) === 0) {
      throw new HeapError(`raw ${what} of ${p}, which is not a block in use`);
    }
    return c;
  }

  private countIn(size: number, requested: number, domain: number): void {
    this.blocksInUse++;
    if (domain !== 0) this.objectBlocksInUse++;
    this.bytesRequested += requested;
    this.bytesInUse += size;
    if (this.bytesInUse > this.bytesInUseHighwater) this.bytesInUseHighwater = this.bytesInUse;
    if (this.blocksInUse > this.blocksHighwater) this.blocksHighwater = this.blocksInUse;
  }

  private countOut(size: number, requested: number, domain: number): void {
    this.blocksInUse--;
    if (domain !== 0) this.objectBlocksInUse--;
    this.bytesRequested -= requested;
    this.bytesInUse -= size;
  }

  private noteHighwater(end: number): void {
    if (end > this.topHighwater) this.topHighwater = end;
  }
}
