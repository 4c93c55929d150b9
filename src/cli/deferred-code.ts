/**
 * The start-up snapshot's deferred functions, read when first called.
 *
 * The build moves the functions of the snapshot's bundle that its builder never ran out of
 * the bundle, into DEFERRED_CODE_FILE beside it (scripts/defer-cold-functions.mjs says why and
 * how); each stays in the bundle as a stand-in whose first call asks, through the global set
 * here, for its source file's chunk, by number. The file: the build's id on a line of its own
 * (a file of another build is an error: its code would not fit the bundle; so is a missing
 * one, for the command cannot run without it), a line of each chunk's offset and length in
 * bytes, then the chunks. A chunk is the parameter list and body of a function that returns
 * its functions, given the bundle's bindings they use.
 */
import * as fs from "../host/node-fs.js";
import * as path from "../host/node-path.js";
import { fileURLToPath } from "node:url";
import { buildId } from "../vm/precompiled-lib.js";

export const DEFERRED_CODE_FILE = "glasspy-deferred.code";

/** The source files whose chunks this process loaded, in order (see loadedDeferredCode). */
const loaded: string[] = [];

/**
 * The source files of the chunks loaded so far. The snapshot's builder checks that it loaded
 * none: a chunk loaded there would be in the snapshot after all.
 */
export function loadedDeferredCode(): readonly string[] {
  return loaded;
}

/** The chunks' [offset, length, offset, length, ...], once read. */
let spans: number[] | undefined;

/** `length` bytes of the open file `fd` from `position` (fewer at the file's end). */
function readAt(fd: number, position: number, length: number): Buffer {
  const bytes = Buffer.alloc(length);
  return bytes.subarray(0, fs.readSync(fd, bytes, 0, length, position));
}

/** The file's two header lines, checked against this build's id. */
function readSpans(fd: number, file: string): number[] {
  for (let size = 4096; ; size *= 2) {
    const head = readAt(fd, 0, size).toString("latin1");
    const idEnd = head.indexOf("\n");
    const spansEnd = head.indexOf("\n", idEnd + 1);
    if (idEnd >= 0 && head.slice(0, idEnd) !== buildId) throw new Error(`${file}: written by another build (run npm run build)`);
    if (spansEnd >= 0) return head.slice(idEnd + 1, spansEnd).split(",").map(Number);
    if (head.length < size) throw new Error(`${file}: cut short (run npm run build)`);
  }
}

/**
 * The functions of chunk `chunk` of this build's deferred code, compiled with `values`: the
 * bundle's bindings they use, in the order the chunk's first line names them.
 */
function deferredCode(chunk: number, values: readonly unknown[]): unknown[] {
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), DEFERRED_CODE_FILE);
  const fd = fs.openSync(file, "r");
  let text: string;
  try {
    // (The header is checked at every load: a file rewritten by another build since the first
    // would not fit.)
    const read = readSpans(fd, file);
    if (spans === undefined) spans = read;
    else if (read.join(",") !== spans.join(",")) throw new Error(`${file}: rewritten by another build (run npm run build)`);
    const length = spans[2 * chunk + 1]!;
    const bytes = readAt(fd, spans[2 * chunk]!, length);
    if (bytes.length !== length) throw new Error(`${file}: cut short (run npm run build)`);
    text = bytes.toString("utf8");
  } finally {
    fs.closeSync(fd);
  }
  return compileChunk(text, values);
}

/**
 * The functions of a chunk's `text` (its first line the parameters, the rest the body of a
 * function returning them), compiled with `values`.
 */
export function compileChunk(text: string, values: readonly unknown[]): unknown[] {
  const lineEnd = text.indexOf("\n");
  const source = text.slice(lineEnd + 3, text.indexOf("\n", lineEnd + 1));
  loaded.push(source);
  if (process.env.GLASSPY_TRACE_DEFERRED === "1") {
    // (Written at once: the command may end the process before a pipe's queued writes.)
    fs.writeSync(2, `glasspy: deferred code loaded: ${source} (${text.length} bytes)\n`);
  }
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the build's own code, moved out of the bundle
  return new Function(text.slice(0, lineEnd), text.slice(lineEnd + 1))(...values) as unknown[];
}

(globalThis as { __glasspyDeferredCode?: typeof deferredCode }).__glasspyDeferredCode = deferredCode;
