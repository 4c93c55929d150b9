// Takes Node's code cache of its own built-in modules out of a start-up snapshot blob
// (scripts/build.mjs runs it on dist/glasspy.blob).
//
// `node --build-snapshot` ends the blob with V8's code cache of every one of Node's built-in
// JavaScript modules (324 of them, 2.6 MB with Node 20). At start Node reads the blob and copies
// each of those caches into the C heap, where they stay for the life of the process, although
// nearly all of those modules are already in the snapshot's heap or never loaded by glasspy.
// Without them, a module loaded after start (node:tty when standard output is a character
// device) is compiled from its source, lazily, as Node does for a snapshot built with
// `"withoutCodeCache": true`. That option cannot be used instead: it also makes V8 drop the
// bytecode of the bundle's own functions from the snapshot (docs/performance.md, Memory).
//
// The layout read here is Node 20's SnapshotData::ToBlob (src/node_snapshotable.cc): a magic
// word, the metadata (a type byte, Node's version, arch and platform as length-prefixed
// strings, V8's cache version tag and the snapshot flags as 32-bit words), V8's own blob (a
// 32-bit size and its bytes), then Node's isolate and environment records, and last the code
// cache: a 64-bit count, then per module a length-prefixed id and a length-prefixed cache. The
// records between V8's blob and the cache are not parsed: the cache's start is the first offset
// after V8's blob from which the count's entries end exactly at the end of the file.

const MAGIC = 0x0143da19;
/** A sanity bound on the code cache's entries and on a module id's length. */
const MAX_ENTRIES = 10_000;
const MAX_ID_BYTES = 256;

/**
 * The end offset of a code cache that starts at `at` in `blob`, or -1 when the bytes there do
 * not read as one (a count, then that many id/cache pairs, with printable ids).
 */
function codeCacheEnd(blob, at) {
  if (at + 8 > blob.length) return -1;
  const entries = blob.readBigUInt64LE(at);
  if (entries === 0n || entries > BigInt(MAX_ENTRIES)) return -1;
  let offset = at + 8;
  for (let i = 0n; i < entries; i++) {
    if (offset + 8 > blob.length) return -1;
    const idBytes = Number(blob.readBigUInt64LE(offset));
    offset += 8;
    if (idBytes === 0 || idBytes > MAX_ID_BYTES || offset + idBytes + 8 > blob.length) return -1;
    for (let j = offset; j < offset + idBytes; j++) if (blob[j] < 0x20 || blob[j] > 0x7e) return -1;
    offset += idBytes;
    const cacheBytes = blob.readBigUInt64LE(offset);
    offset += 8;
    if (cacheBytes > BigInt(blob.length - offset)) return -1;
    offset += Number(cacheBytes);
  }
  return offset;
}

/** The offset just past V8's blob inside Node's snapshot `blob`, or -1 if it is not one. */
function endOfV8Blob(blob) {
  if (blob.length < 5 || blob.readUInt32LE(0) !== MAGIC) return -1;
  let offset = 5; // the magic word, the snapshot type
  for (let i = 0; i < 3; i++) {
    if (offset + 8 > blob.length) return -1;
    offset += 8 + Number(blob.readBigUInt64LE(offset)); // version, arch, platform
  }
  offset += 4 + 4; // V8's cache version tag, the snapshot flags
  if (offset + 4 > blob.length) return -1;
  const v8Bytes = blob.readInt32LE(offset);
  offset += 4 + v8Bytes;
  return v8Bytes > 0 && offset <= blob.length ? offset : -1;
}

/**
 * `blob` (a Buffer holding Node's snapshot) with an empty code cache, and the number of bytes
 * taken out; or undefined when its layout is not the one described above.
 */
export function withoutBuiltinCodeCache(blob) {
  const start = endOfV8Blob(blob);
  if (start < 0) return undefined;
  for (let at = start; at + 8 <= blob.length; at++) {
    if (codeCacheEnd(blob, at) !== blob.length) continue;
    const noEntries = Buffer.alloc(8);
    return { blob: Buffer.concat([blob.subarray(0, at), noEntries]), removed: blob.length - at - noEntries.length };
  }
  return undefined;
}
