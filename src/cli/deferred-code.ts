/**
 * The start-up snapshot's deferred functions, read when first called.
 *
 * The build moves the functions of the snapshot's bundle that the command does not run when it
 * starts and runs the warm-up program out of the bundle, into DEFERRED_CODE_FILE beside it
 * (scripts/defer-cold-functions.mjs says why and how); each stays in the bundle as a stand-in
 * whose first call asks, through the global set here, for its source file's chunk, by number. The file: the build's id on a line of its own
 * (a file of another build is an error: its code would not fit the bundle; so is a missing
 * one, for the command cannot run without it), a line of each chunk's offset and length in
 * bytes, then the chunks. A chunk is the parameter list and body of a function that returns
 * its functions, given the bundle's bindings they use.
 */
import * as fs from "../host/node-fs.js";
import * as path from "../host/node-path.js";
import { fileURLToPath } from "node:url";
import * as v8 from "../host/node-v8.js";

export const DEFERRED_CODE_FILE = "glasspy-deferred.code";

// (The build's id as precompiled-lib.ts reads it: this module imports only Node's modules, so
// that the snapshot's bundle can initialise it before any other, whose initialisers might call
// a deferred function.)
declare const __GLASSPY_BUILD_ID__: string | undefined;
const buildId: string | undefined = typeof __GLASSPY_BUILD_ID__ === "undefined" ? undefined : __GLASSPY_BUILD_ID__;

/**
 * The deferred code's file: beside the bundle, whose location the command sets (snapshot.ts),
 * or, while the snapshot is being built and before that, the bundle Node was started with.
 */
function codeFile(): string {
  const url = (globalThis as { __glasspyBundleUrl?: string }).__glasspyBundleUrl;
  const bundle = url !== undefined ? fileURLToPath(url) : path.resolve(process.argv[1]!);
  return path.join(path.dirname(bundle), DEFERRED_CODE_FILE);
}

/** The bundle's table of loaded chunks (its stand-ins look there first), once one is loaded. */
let chunkTable: unknown[] | undefined;
/** The chunks' [offset, length, offset, length, ...], once read. */
let spans: number[] | undefined;

/**
 * Forget every chunk loaded so far: the stand-ins load them again when called. The snapshot's
 * builder does this last, so that the snapshot holds neither the text nor the bytecode of the
 * functions only the builder ran.
 */
export function forgetDeferredCode(): void {
  if (chunkTable !== undefined) chunkTable.length = 0;
  spans = undefined;
}

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
    // (Run from the TypeScript sources, in tests, there is no build id to check.)
    if (idEnd >= 0 && buildId !== undefined && head.slice(0, idEnd) !== buildId) throw new Error(`${file}: written by another build (run npm run build)`);
    if (spansEnd >= 0) return head.slice(idEnd + 1, spansEnd).split(",").map(Number);
    if (head.length < size) throw new Error(`${file}: cut short (run npm run build)`);
  }
}

/**
 * The functions of chunk `chunk` of this build's deferred code, compiled with `values`: the
 * bundle's bindings they use, in the order the chunk's first line names them. `table` is
 * where the bundle keeps them.
 */
function deferredCode(chunk: number, values: readonly unknown[], table: unknown[]): unknown[] {
  chunkTable = table;
  const file = codeFile();
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
  // A chunk gets the values of the bundle's bindings it uses, which are set once the bundle's
  // modules are initialised: the build defers no function their initialisers call, for a chunk
  // loaded earlier would keep an unset binding in what it makes. The snapshot's builder checks
  // (a binding that is undefined on purpose would fail the build, not a user's program).
  const unset = v8.startupSnapshot.isBuildingSnapshot() ? values.indexOf(undefined) : -1;
  if (unset >= 0) throw new Error(`deferred code (chunk ${chunk}) loaded before the bundle set the binding it names ${text.slice(0, text.indexOf("\n")).split(",")[unset]}`);
  return (table[chunk] = compileChunk(text, values));
}

/**
 * The functions of a chunk's `text` (its first line the parameters, the rest the body of a
 * function returning them), compiled with `values`.
 */
function compileChunk(text: string, values: readonly unknown[]): unknown[] {
  const lineEnd = text.indexOf("\n");
  if (process.env.GLASSPY_TRACE_DEFERRED === "1") {
    // (The chunk's second line names its source file. Written at once: the command may end the
    // process before a pipe's queued writes.)
    fs.writeSync(2, `glasspy: deferred code loaded: ${text.slice(lineEnd + 3, text.indexOf("\n", lineEnd + 1))} (${text.length} bytes)\n`);
  }
  // (The build's own code, moved out of the bundle: compiled outside its scope, hence the values.)
  return new Function(text.slice(0, lineEnd), text.slice(lineEnd + 1))(...values) as unknown[];
}

(globalThis as { __glasspyDeferredCode?: typeof deferredCode }).__glasspyDeferredCode = deferredCode;
