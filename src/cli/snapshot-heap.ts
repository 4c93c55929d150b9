/**
 * A heap's contents carried through V8's start-up snapshot (src/cli/snapshot.ts).
 *
 * The heap's address space is one ArrayBuffer of maxBytes (1 GiB by default) of which an
 * interpreter fresh from bootstrap has touched about a megabyte. V8 would write the whole
 * buffer into the snapshot, so the snapshot keeps only an image of the pages that are not all
 * zeros (found by looking, so no allocator detail is assumed), and the heap is parked on an
 * empty buffer while V8 serialises it. In the new process `unparkHeap` makes a full-size
 * buffer (its untouched pages still cost nothing), copies the image back and rebinds every
 * view (Heap.rebindBuffer, Runtime.rebindHeapViews).
 *
 * The command's snapshot does not carry the image's bytes: they go into a file beside it
 * (saveHeapImage) and are read from there straight into the new address space
 * (unparkHeapFromFile). In the snapshot they would be resident twice for the whole run — in
 * Node's copy of the snapshot's data and in the deserialised buffer — besides the address
 * space itself.
 */
import * as fs from "../host/node-fs.js";
import { newAddressSpace, type Heap } from "../heap/heap.js";
import { SYSTEM_PAGE_SIZE } from "../heap/layout.js";
import type { Runtime } from "../objects/runtime.js";

/** The non-zero pages of an address space, as runs of whole pages. */
export interface HeapImage {
  readonly maxBytes: number;
  /** [start, end) byte offsets of each run, in address order. */
  readonly runs: readonly (readonly [number, number])[];
  /** The runs' bytes, one after another. */
  readonly bytes: Uint8Array;
}

/** Chunks checked for zeros at once before looking page by page (most of the space is untouched). */
const COARSE_BYTES = 1 << 20;

/** [start, end) of every run of pages of `u8` holding a non-zero byte. */
export function nonZeroRuns(u8: Uint8Array): Array<[number, number]> {
  const zeros = Buffer.alloc(COARSE_BYTES);
  const isZero = (from: number, to: number) => Buffer.from(u8.buffer, u8.byteOffset + from, to - from).equals(zeros.subarray(0, to - from));
  const runs: Array<[number, number]> = [];
  let runStart = -1;
  const page = (p: number, nonZero: boolean) => {
    if (nonZero && runStart < 0) runStart = p;
    if (!nonZero && runStart >= 0) {
      runs.push([runStart, p]);
      runStart = -1;
    }
  };
  for (let chunk = 0; chunk < u8.length; chunk += COARSE_BYTES) {
    const chunkEnd = Math.min(u8.length, chunk + COARSE_BYTES);
    if (isZero(chunk, chunkEnd)) {
      page(chunk, false);
      continue;
    }
    for (let p = chunk; p < chunkEnd; p += SYSTEM_PAGE_SIZE) page(p, !isZero(p, Math.min(chunkEnd, p + SYSTEM_PAGE_SIZE)));
  }
  if (runStart >= 0) runs.push([runStart, u8.length]);
  return runs;
}

/** The image of `heap`'s address space (a copy; the heap is unchanged). */
export function captureHeapImage(heap: Heap): HeapImage {
  const runs = nonZeroRuns(heap.u8);
  const bytes = new Uint8Array(runs.reduce((n, [start, end]) => n + end - start, 0));
  let at = 0;
  for (const [start, end] of runs) {
    bytes.set(heap.u8.subarray(start, end), at);
    at += end - start;
  }
  return { maxBytes: heap.maxBytes, runs, bytes };
}

/**
 * Take the image of the runtime's heap and park the heap on an empty buffer (every access
 * misses until unparkHeap). Nothing may run on the runtime in between.
 */
export function parkHeap(rt: Runtime): HeapImage {
  const image = captureHeapImage(rt.heap);
  rt.heap.rebindBuffer(new ArrayBuffer(0));
  rt.rebindHeapViews();
  return image;
}

/** Give a parked heap a full-size address space holding `image` again. */
export function unparkHeap(rt: Runtime, image: HeapImage): void {
  if (image.maxBytes !== rt.heap.maxBytes) throw new Error(`unparkHeap: an image of ${image.maxBytes} bytes for a heap of ${rt.heap.maxBytes}`);
  const buffer = newAddressSpace(image.maxBytes);
  const u8 = new Uint8Array(buffer);
  let at = 0;
  for (const [start, end] of image.runs) {
    u8.set(image.bytes.subarray(at, at + end - start), start);
    at += end - start;
  }
  rt.heap.rebindBuffer(buffer);
  rt.rebindHeapViews();
}

/** An image whose bytes are in a file (saveHeapImage): what the snapshot keeps of it. */
export interface SavedHeapImage {
  readonly maxBytes: number;
  readonly runs: readonly (readonly [number, number])[];
  /** A token written into the file too, so that only this snapshot's file is used. */
  readonly tag: string;
}

/** The file's header: its length as a 32-bit word, then JSON of the SavedHeapImage. */
function headerBytes(saved: SavedHeapImage): Buffer {
  const json = Buffer.from(JSON.stringify(saved), "utf8");
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  return Buffer.concat([length, json]);
}

/** Write `image` to `file` (its header, then the runs' bytes); the image without its bytes. */
export function saveHeapImage(image: HeapImage, file: string, tag: string): SavedHeapImage {
  const saved: SavedHeapImage = { maxBytes: image.maxBytes, runs: image.runs, tag };
  fs.writeFileSync(file, Buffer.concat([headerBytes(saved), image.bytes]));
  return saved;
}

/**
 * Give a parked heap a full-size address space holding the image `saved` describes, its bytes
 * read from `file`. false, the heap still parked, when the file is missing, short or not the
 * one saveHeapImage wrote for `saved`.
 */
export function unparkHeapFromFile(rt: Runtime, saved: SavedHeapImage, file: string): boolean {
  if (saved.maxBytes !== rt.heap.maxBytes) throw new Error(`unparkHeapFromFile: an image of ${saved.maxBytes} bytes for a heap of ${rt.heap.maxBytes}`);
  const header = headerBytes(saved);
  let fd: number;
  try {
    fd = fs.openSync(file, "r");
  } catch {
    return false;
  }
  try {
    const found = Buffer.alloc(header.length);
    if (fs.readSync(fd, found, 0, header.length, 0) !== header.length || !found.equals(header)) return false;
    const buffer = newAddressSpace(saved.maxBytes);
    const u8 = new Uint8Array(buffer);
    let at = header.length;
    for (const [start, end] of saved.runs) {
      if (fs.readSync(fd, u8, start, end - start, at) !== end - start) return false;
      at += end - start;
    }
    rt.heap.rebindBuffer(buffer);
    rt.rebindHeapViews();
    return true;
  } catch {
    return false;
  } finally {
    fs.closeSync(fd);
  }
}
