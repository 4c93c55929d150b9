/**
 * Frames on the thread's data stack.
 *
 * A running Python frame is not an object: it is a run of pointer words on its thread's data
 * stack, in the heap (CPython 3.11's _PyInterpreterFrame):
 *
 *   frame ──▶ ┌──────────┬──────┬─────────┬──────────┬────────┬──────────┬───────┬──────────┐
 *             │ code     │ func │ globals │ builtins │ locals │ previous │ lasti │ stacktop │ ...
 *             └──────────┴──────┴─────────┴──────────┴────────┴──────────┴───────┴──────────┘
 *             then localsplus[co_nlocalsplus] (parameters, locals, cells, frees),
 *             then the value stack [co_stacksize].
 *
 * Every word holds a strong reference or 0 (NULL), except `previous` (a frame address),
 * `lasti` (index of the current code unit), `stacktop` (words in use on the value stack,
 * saved while the frame is not the one running), and, in a function's frame, `globals` and
 * `builtins`: those are borrowed from the function, which the frame holds (CPython 3.11's
 * frames do the same); a frame without a function (module and class bodies) owns them. Only
 * the low half of a word is meaningful: the eval loop writes localsplus and the value stack
 * 32 bits at a time. Frames are pushed and popped in LIFO order; a call from Python to Python
 * pushes one and the eval loop carries on without recursing in JavaScript.
 *
 * The data stack grows in chunks taken from the raw allocator; a frame never straddles two.
 */
import type { Runtime } from "../objects/runtime.js";
import { Code } from "../objects/code.js";

export const enum F {
  CODE = 0,
  FUNC = 8,
  GLOBALS = 16,
  BUILTINS = 24,
  LOCALS = 32,
  PREVIOUS = 40,
  LASTI = 48,
  STACKTOP = 52,
  /** FrameFlag bits: entered from JavaScript, owned by a generator. */
  FLAGS = 56,
  /** The frame object made for tracebacks and sys._getframe (a strong reference), or 0. */
  FRAMEOBJ = 60,
  HEADER = 64,
}

export const enum FrameFlag {
  /** evalFrame was called for this frame: returning from it returns to JavaScript. */
  ENTRY = 1,
  /** The frame lives inside a generator object, not on the data stack. */
  GENERATOR = 2,
  /**
   * `__init__` run by CALL for a class call (vm/construct.ts): its return value must be None,
   * and the instance already on the caller's stack is the call's result. The class call's
   * recursion level is counted with the frame's: the frame releases two when it ends
   * (`recursionLevels`).
   */
  INIT = 4,
}

/** The recursion levels a frame with these flags holds: its own, and an INIT frame's class call. */
export function recursionLevels(flags: number): number {
  return 1 + ((flags & FrameFlag.INIT) >> 2);
}

/** A frame that has not run yet starts at code unit 0 (LASTI is the last one executed). */
export const enum Lasti {
  FRESH = -1,
}
export const FRESH_LASTI = Lasti.FRESH;

const CHUNK_BYTES = 256 * 1024;

/** One thread's data stack: a list of chunks, the top one in use. */
export class DataStack {
  private chunks: number[] = [];
  private chunkEnds: number[] = [];
  /** Next free byte in the current chunk. */
  top = 0;
  private end = 0;
  private index = -1;

  constructor(private readonly rt: Runtime) {}

  /** Reserve `bytes` (a frame); returns its address. Raises MemoryError when the heap is full. */
  push(bytes: number): number {
    if (this.top + bytes > this.end) this.nextChunk(bytes);
    const p = this.top;
    this.top += bytes;
    return p;
  }

  /** Release the frame at `p` (the most recent push). */
  pop(p: number): void {
    if (this.index > 0 && p === this.chunks[this.index]) {
      // The frame was the first in its chunk: go back to the previous chunk.
      this.index--;
      this.top = this.savedTops[this.index];
      this.end = this.chunkEnds[this.index];
      return;
    }
    this.top = p;
  }

  private savedTops: number[] = [];

  private nextChunk(bytes: number): void {
    if (this.index >= 0) this.savedTops[this.index] = this.top;
    this.index++;
    if (this.index === this.chunks.length || this.chunkEnds[this.index] - this.chunks[this.index] < bytes) {
      const size = Math.max(CHUNK_BYTES, bytes);
      const chunk = this.rt.heap.rawMalloc(size);
      if (chunk === 0) {
        this.index--;
        throw this.rt.noMemory();
      }
      if (this.index < this.chunks.length) this.rt.heap.rawFree(this.chunks[this.index]);
      this.chunks[this.index] = chunk;
      this.chunkEnds[this.index] = chunk + size;
    }
    this.top = this.chunks[this.index];
    this.end = this.chunkEnds[this.index];
  }

  /** Free every chunk (thread exit / interpreter close). */
  release(): void {
    for (const c of this.chunks) this.rt.heap.rawFree(c);
    this.chunks = [];
    this.chunkEnds = [];
    this.savedTops = [];
    this.index = -1;
    this.top = this.end = 0;
  }
}

/** Bytes a frame for `code` needs. */
export function frameSize(rt: Runtime, code: number): number {
  const n = rt.i32[(code + Code.NLOCALSPLUS) >> 2] + rt.i32[(code + Code.STACKSIZE) >> 2];
  return F.HEADER + n * 8;
}

/** Address of localsplus[0]. */
export const localsplus = (frame: number): number => frame + F.HEADER;

/** Address of the value stack's bottom. */
export function stackBase(rt: Runtime, frame: number): number {
  return frame + F.HEADER + rt.i32[(rt.load(frame + F.CODE) + Code.NLOCALSPLUS) >> 2] * 8;
}
