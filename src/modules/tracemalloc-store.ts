/**
 * tracemalloc's trace store: the AllocationTracer the heap calls while tracing.
 *
 * A trace is (requested size, traceback) keyed by the block's address — CPython's domain-0
 * traces table. A traceback is the Python stack at the allocation, most recent frame first,
 * at most `nframe` frames of (filename, lineno), plus the real depth (`totalNframe`, capped
 * at 65535). Tracebacks are interned (one JavaScript object per distinct stack), as CPython
 * interns them in its tracebacks table, and filenames are interned too.
 *
 * Everything here lives on the JavaScript side: recording an allocation must not allocate in
 * the heap being traced (that would recurse and would change what is measured). Python
 * objects (the tuples `_get_traces` returns) are built on demand by tracemalloc.ts.
 *
 * `tracemallocMemory()` reports what CPython's get_tracemalloc_memory() reports: the size of
 * its three hash tables (traces, tracebacks, filenames), each `80 + 8·buckets + 32·entries`
 * bytes, with CPython's bucket policy (16 at least, powers of two, grown past a 1/2 load and
 * shrunk below 1/10 to entries·10/3 rounded up). The tables' sizes are simulated; the
 * records are JavaScript Maps.
 */
import type { AllocationTracer } from "../heap/trace-hook.js";
import type { Runtime } from "../objects/runtime.js";
import { Code, codeInfo } from "../objects/code.js";
import { F } from "../vm/frame.js";
import type { VMThread } from "../vm/thread.js";

export const MAX_NFRAME = 65535;

/** One interned stack: frames most recent first. */
export interface TraceTraceback {
  readonly filenames: readonly string[];
  readonly linenos: readonly number[];
  readonly totalNframe: number;
}

export interface Trace {
  size: number;
  traceback: TraceTraceback;
}

/** CPython's _Py_hashtable_t size accounting (see the file comment). */
class TableSize {
  entries = 0;
  buckets = 16;

  added(): void {
    this.entries++;
    if (this.entries / this.buckets > 0.5) this.rehash();
  }

  removed(): void {
    this.entries--;
    if (this.entries / this.buckets < 0.1) this.rehash();
  }

  clear(): void {
    this.entries = 0;
    this.buckets = 16;
  }

  bytes(): number {
    return 80 + 8 * this.buckets + 32 * this.entries;
  }

  private rehash(): void {
    const wanted = Math.trunc((this.entries * 2) / 0.6);
    let size = 16;
    while (size < wanted) size *= 2;
    this.buckets = size;
  }
}

export class TraceStore implements AllocationTracer {
  tracing = false;
  /** Frames kept per traceback (start(nframe)); 1 until start() says otherwise. */
  nframe = 1;
  tracedMemory = 0;
  peakMemory = 0;
  readonly traces = new Map<number, Trace>();
  private readonly tracebacks = new Map<string, TraceTraceback>();
  private readonly filenames = new Set<string>();
  private readonly tracesTable = new TableSize();
  private readonly tracebacksTable = new TableSize();
  private readonly filenamesTable = new TableSize();

  constructor(private readonly rt: Runtime) {}

  start(nframe: number): void {
    if (this.tracing) return;
    this.nframe = nframe;
    this.tracing = true;
    this.rt.heap.tracer = this;
  }

  stop(): void {
    if (!this.tracing) return;
    this.tracing = false;
    this.rt.heap.tracer = null;
    this.clear();
  }

  clear(): void {
    this.traces.clear();
    this.tracebacks.clear();
    this.filenames.clear();
    this.tracesTable.clear();
    this.tracebacksTable.clear();
    this.filenamesTable.clear();
    this.tracedMemory = 0;
    this.peakMemory = 0;
  }

  tracemallocMemory(): number {
    return this.tracesTable.bytes() + this.tracebacksTable.bytes() + this.filenamesTable.bytes();
  }

  // ── the hook ────────────────────────────────────────────────────────────────────────────

  traceAlloc(p: number, size: number): void {
    this.addTrace(p, size);
  }

  traceRealloc(old: number, p: number, size: number): void {
    if (old !== 0 && old !== p) this.traceFree(old);
    this.addTrace(p, size);
  }

  traceFree(p: number): void {
    const trace = this.traces.get(p);
    if (trace === undefined) return;
    this.traces.delete(p);
    this.tracesTable.removed();
    this.tracedMemory -= trace.size;
  }

  /** Add the trace at p, or update it (a realloc in place): CPython's tracemalloc_add_trace. */
  private addTrace(p: number, size: number): void {
    const traceback = this.captureTraceback();
    const old = this.traces.get(p);
    if (old !== undefined) {
      this.tracedMemory -= old.size;
      old.size = size;
      old.traceback = traceback;
    } else {
      this.traces.set(p, { size, traceback });
      this.tracesTable.added();
    }
    this.tracedMemory += size;
    if (this.tracedMemory > this.peakMemory) this.peakMemory = this.tracedMemory;
  }

  /**
   * The current Python stack, most recent first, interned. A frame's line is that of its last
   * recorded instruction; a frame that has not recorded one yet (just entered) gets the line of
   * its first instruction (RESUME, the def or comprehension line).
   */
  private captureTraceback(): TraceTraceback {
    const rt = this.rt;
    const i32 = rt.i32;
    const filenames: string[] = [];
    const linenos: number[] = [];
    let total = 0;
    let key = "";
    for (let frame = (rt.ts as VMThread).frame; frame !== 0; frame = i32[(frame + F.PREVIOUS) >> 2]) {
      if (total < MAX_NFRAME) total++;
      if (filenames.length >= this.nframe) continue;
      const code = i32[(frame + F.CODE) >> 2];
      const filename = rt.jsString(i32[(code + Code.FILENAME) >> 2]);
      const lasti = i32[(frame + F.LASTI) >> 2];
      const positions = codeInfo(rt, code).positions;
      const index = lasti < 0 ? 0 : lasti;
      const lineno = index * 4 < positions.length ? Math.max(positions[index * 4], 0) : 0;
      filenames.push(filename);
      linenos.push(lineno);
      key += `${filename}\u0000${lineno}\u0000`;
    }
    if (filenames.length === 0) {
      filenames.push("<unknown>");
      linenos.push(0);
      key = "<unknown>\u00000\u0000";
    }
    key += total;
    let tb = this.tracebacks.get(key);
    if (tb === undefined) {
      tb = { filenames, linenos, totalNframe: total };
      this.tracebacks.set(key, tb);
      this.tracebacksTable.added();
      for (const f of filenames) {
        if (!this.filenames.has(f)) {
          this.filenames.add(f);
          this.filenamesTable.added();
        }
      }
    }
    return tb;
  }
}

const stores = new WeakMap<Runtime, TraceStore>();

/** The runtime's trace store, made on first use. */
export function traceStore(rt: Runtime): TraceStore {
  let s = stores.get(rt);
  if (s === undefined) {
    s = new TraceStore(rt);
    stores.set(rt, s);
  }
  return s;
}

/** Start tracing before a program runs (-X tracemalloc, PYTHONTRACEMALLOC). */
export function startTracemalloc(rt: Runtime, nframe: number): void {
  traceStore(rt).start(nframe);
}

/** Stop tracing and drop every trace (interpreter close). */
export function stopTracemalloc(rt: Runtime): void {
  stores.get(rt)?.stop();
}
