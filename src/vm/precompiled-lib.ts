/**
 * glasspy's own modules (lib/) compiled at build time: CPython's .pyc files, for the bundles.
 *
 * Parsing and compiling a module is most of what importing it costs, and a fresh process runs
 * the parser and compiler cold: `import threading` took 0.35 s of CPU, nearly all of it there.
 * The build (scripts/build.mjs, through scripts/precompile-lib.ts) compiles every lib/ file
 * into one file beside the bundles, PRECOMPILED_LIB_FILE; VM.compile takes a module's code
 * from it when the module is a lib/ file whose text is the one that was compiled.
 *
 * The file: a 4-byte length, a JSON header (the build's id, and per module its offset, length
 * and the hash of its text, and the offset and length of the text itself), then each module's
 * code data written with v8.serialize, then the texts in UTF-8. The data
 * holds class instances and a symbol (tuple, frozenset, complex and Ellipsis constants) that
 * v8.serialize would lose, so it is written in a tagged form (encode/decode). A file from
 * another build (the id the build defines into the bundles as __GLASSPY_BUILD_ID__ differs), a
 * missing or unreadable one, or a changed module text means compiling as usual: the file only
 * saves time. Run from the TypeScript sources (vitest) there is no build id and no file.
 *
 * The file is not read whole: its header is read once and a module's parts when it is
 * imported. The command's start-up snapshot takes lib/'s texts from here too
 * (lib-sources.ts), rather than carrying them in its bundle.
 */
import * as fs from "../host/node-fs.js";
import * as path from "../host/node-path.js";
import { fileURLToPath } from "node:url";
import * as v8 from "../host/node-v8.js";
import { FrozensetConst, TupleConst, isCodeData, type CodeConst, type CodeData } from "../compile/code.js";
import { ComplexConst, Ellipsis } from "../parse/ast.js";

export const PRECOMPILED_LIB_FILE = "glasspy-lib.code";

declare const __GLASSPY_BUILD_ID__: string | undefined;
/** The id scripts/build.mjs gives each build of the bundles (undefined when not bundled). */
export const buildId: string | undefined = typeof __GLASSPY_BUILD_ID__ === "undefined" ? undefined : __GLASSPY_BUILD_ID__;

interface Header {
  readonly buildId: string;
  /**
   * Path relative to lib/ (with `/`) → [offset after the header, length, text hash, the text's
   * offset after the header, its length in bytes].
   */
  readonly modules: Readonly<Record<string, readonly [number, number, number, number, number]>>;
}

/** A module's text hash: FNV-1a over the UTF-16 units (a changed file is what it must notice). */
export function textHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

// ── the tagged form ─────────────────────────────────────────────────────────────────────

type Encoded = unknown;

function encodeConst(c: CodeConst): Encoded {
  if (c === Ellipsis) return { ellipsis: true };
  if (c instanceof ComplexConst) return { complex: [c.real, c.imag] };
  if (c instanceof TupleConst) return { tuple: c.items.map(encodeConst) };
  if (c instanceof FrozensetConst) return { frozenset: c.items.map(encodeConst) };
  if (isCodeData(c)) return { code: encodeCode(c) };
  return c;
}

/** The code data without its filename (set when it is loaded), constants tagged. */
function encodeCode(data: CodeData): Encoded {
  return { ...data, filename: "", consts: data.consts.map(encodeConst) };
}

function decodeConst(e: Encoded, filename: string): CodeConst {
  if (e === null || typeof e !== "object" || ArrayBuffer.isView(e)) return e as CodeConst;
  const tagged = e as { ellipsis?: true; complex?: [number, number]; tuple?: Encoded[]; frozenset?: Encoded[]; code?: Encoded };
  if (tagged.ellipsis) return Ellipsis;
  if (tagged.complex !== undefined) return new ComplexConst(tagged.complex[0], tagged.complex[1]);
  if (tagged.tuple !== undefined) return new TupleConst(tagged.tuple.map((x) => decodeConst(x, filename)));
  if (tagged.frozenset !== undefined) return new FrozensetConst(tagged.frozenset.map((x) => decodeConst(x, filename)));
  return decodeCode(tagged.code, filename);
}

function decodeCode(e: Encoded, filename: string): CodeData {
  const data = e as CodeData & { consts: Encoded[] };
  return { ...data, filename, consts: data.consts.map((c) => decodeConst(c, filename)) };
}

// ── writing (the build) ─────────────────────────────────────────────────────────────────

/**
 * The file's bytes for `modules` (path relative to lib/ → its text), compiled by `compile`
 * (compileSource, passed in so that reading the file needs no compiler).
 */
export function precompiledLibBytes(id: string, modules: Readonly<Record<string, string>>,
  compile: (source: string, filename: string) => CodeData): Buffer {
  const parts: Buffer[] = [];
  const index: Record<string, [number, number, number, number, number]> = {};
  let offset = 0;
  for (const [relative, source] of Object.entries(modules)) {
    const bytes = v8.serialize(encodeCode(compile(source, relative)));
    index[relative] = [offset, bytes.length, textHash(source), 0, 0];
    parts.push(bytes);
    offset += bytes.length;
  }
  for (const [relative, source] of Object.entries(modules)) {
    const text = Buffer.from(source, "utf8");
    index[relative][3] = offset;
    index[relative][4] = text.length;
    parts.push(text);
    offset += text.length;
  }
  const header = Buffer.from(JSON.stringify({ buildId: id, modules: index } satisfies Header));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  return Buffer.concat([length, header, ...parts]);
}

// ── reading ─────────────────────────────────────────────────────────────────────────────

/** A precompiled-lib file: its header, and its body's bytes on demand. */
export interface PrecompiledLib {
  readonly header: Header;
  /** `length` bytes of the body from `offset` (after the header). */
  readonly body: (offset: number, length: number) => Buffer;
}

/** The file's bytes, if they were written by build `id`; null otherwise. */
export function parsePrecompiledLib(bytes: Buffer, id: string): PrecompiledLib | null {
  const headerEnd = 4 + bytes.readUInt32LE(0);
  const header = JSON.parse(bytes.toString("utf8", 4, headerEnd)) as Header;
  return header.buildId === id ? { header, body: (offset, length) => bytes.subarray(headerEnd + offset, headerEnd + offset + length) } : null;
}

/** `length` bytes of the open file `fd` from `position`; throws if the file is shorter. */
function readAt(fd: number, position: number, length: number): Buffer {
  const bytes = Buffer.alloc(length);
  if (fs.readSync(fd, bytes, 0, length, position) !== length) throw new Error("precompiled lib/: the file is shorter than its header says");
  return bytes;
}

/** `use(fd)` with `file` open for reading. */
function withFile<T>(file: string, use: (fd: number) => T): T {
  const fd = fs.openSync(file, "r");
  try {
    return use(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The precompiled-lib `file`, its header read now and its body's parts when asked for, if it
 * was written by build `id`; null otherwise. Throws if it cannot be read, or if the file no
 * longer starts with the header read first (rewritten by another build since).
 */
export function openPrecompiledLib(file: string, id: string): PrecompiledLib | null {
  const headerBytes = withFile(file, (fd) => readAt(fd, 0, 4 + readAt(fd, 0, 4).readUInt32LE(0)));
  const header = JSON.parse(headerBytes.toString("utf8", 4)) as Header;
  if (header.buildId !== id) return null;
  const body = (offset: number, length: number) => withFile(file, (fd) => {
    if (!readAt(fd, 0, headerBytes.length).equals(headerBytes)) throw new Error(`${file}: rewritten by another build`);
    return readAt(fd, headerBytes.length + offset, length);
  });
  return { header, body };
}

/** The text of module `relative` (path under lib/, with `/`) in `lib`; undefined if it has none. */
export function precompiledText(lib: PrecompiledLib, relative: string): string | undefined {
  const entry = lib.header.modules[relative];
  return entry === undefined ? undefined : lib.body(entry[3], entry[4]).toString("utf8");
}

/**
 * The code data of module `relative` (path under lib/, with `/`) for `file`, if `source` is the
 * text that was compiled; undefined otherwise.
 */
export function precompiledModule(lib: PrecompiledLib, relative: string, source: string, file: string): CodeData | undefined {
  const entry = lib.header.modules[relative];
  if (entry === undefined) return undefined;
  const [offset, length, hash] = entry;
  if (hash !== textHash(source)) return undefined;
  return decodeCode(v8.deserialize(lib.body(offset, length)), file);
}

/** This build's file, its header once read; null when there is none (or it belongs to another build). */
let loaded: PrecompiledLib | null | undefined;

function load(): PrecompiledLib | null {
  if (loaded !== undefined) return loaded;
  if (buildId === undefined) return null;
  let lib: PrecompiledLib | null = null;
  try {
    lib = openPrecompiledLib(path.join(path.dirname(fileURLToPath(import.meta.url)), PRECOMPILED_LIB_FILE), buildId);
  } catch {
    // No file: compile as usual.
  }
  // A start-up snapshot's builder does not keep it: the snapshot would hold this build's header.
  if (!v8.startupSnapshot.isBuildingSnapshot()) loaded = lib;
  return lib;
}

/** `file`'s path under lib/ with `/`, or undefined when it is not under `libDir`. */
function libRelative(libDir: string, file: string): string | undefined {
  if (libDir === "") return undefined;
  const relative = path.relative(libDir, file);
  return relative.startsWith("..") || path.isAbsolute(relative) ? undefined : relative.split(path.sep).join("/");
}

/** The text of lib/ module `file` as the build found it, if this build's file is there; else undefined. */
export function precompiledLibText(libDir: string, file: string): string | undefined {
  const relative = libRelative(libDir, file);
  if (relative === undefined) return undefined;
  const lib = load();
  if (lib === null) return undefined;
  try {
    return precompiledText(lib, relative);
  } catch {
    return undefined;
  }
}

/**
 * The code data of lib/ module `file` compiled at build time, if `source` is the text that was
 * compiled; undefined otherwise. `libDir`: glasspy's lib/ folder as the VM knows it.
 */
export function precompiledLibCode(libDir: string, file: string, source: string): CodeData | undefined {
  // A start-up snapshot's builder compiles lib/ itself, so that its warm-up runs the compiler.
  if (v8.startupSnapshot.isBuildingSnapshot()) return undefined;
  const relative = libRelative(libDir, file);
  if (relative === undefined) return undefined;
  const lib = load();
  if (lib === null) return undefined;
  try {
    return precompiledModule(lib, relative, source, file);
  } catch {
    return undefined;
  }
}
