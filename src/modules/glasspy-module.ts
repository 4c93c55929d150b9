/**
 * `glasspy`: the heap as data, for scripts (docs/introspection.md).
 *
 *   block(obj)        where obj's memory is: domain ('pymalloc', 'raw', 'static'), arena,
 *                     pool, size class, block size and index, block and object addresses
 *   arenas()          every live arena with its carved pools and their states
 *   pools()           every carved pool of every arena
 *   size_classes()    per size class: block size, blocks per pool, pools and blocks in use
 *   heap_map(width=64) a text map, one character per block (src/heap/query.ts)
 *   layout()          the heap layout's name and parameters
 *   gil_stats()       the GIL's switches and each thread's held and waited time (thread-stats.ts)
 *   source_line(filename, lineno), read_text_file(path), write_text_file(path, text)
 *                     small host services lib/ modules need while glasspy has no open()
 *
 * Facts come from src/heap's read-only queries; results are plain dicts, lists, ints and
 * strings built on demand.
 */
import * as fs from "../host/node-fs.js";
import type { Runtime } from "../objects/runtime.js";
import type { MethodDef } from "../objects/typedef.js";
import type { NativeModuleDef } from "./native-module.js";
import { arg, argSpec, checkArgs, parseArgs, argTypeName } from "../objects/args.js";
import { noArgsMethod } from "../objects/no-args-method.js";
import { newInt } from "../objects/int.js";
import { newList, listAppend } from "../objects/list.js";
import { newDict, dictSetItem } from "../objects/dict.js";
import { asCInt } from "./builtins-numeric.js";
import type { PoolInfo } from "../heap/query.js";
import { gilStatsMethod } from "./thread-stats.js";

type Data = number | string | boolean | null | readonly Data[] | { readonly [key: string]: Data };

/** A JavaScript value as a Python object (new reference). */
function toPython(rt: Runtime, v: Data): number {
  if (v === null) {
    rt.incref(rt.S.None);
    return rt.S.None;
  }
  if (typeof v === "boolean") {
    const b = v ? rt.S.True : rt.S.False;
    rt.incref(b);
    return b;
  }
  if (typeof v === "number") return newInt(rt, v);
  if (typeof v === "string") return rt.newStr(v);
  if (Array.isArray(v)) {
    const list = newList(rt, 0);
    try {
      for (const item of v as readonly Data[]) {
        const o = toPython(rt, item);
        try {
          listAppend(rt, list, o);
        } finally {
          rt.decref(o);
        }
      }
    } catch (e) {
      rt.decref(list);
      throw e;
    }
    return list;
  }
  const d = newDict(rt);
  try {
    for (const [key, value] of Object.entries(v as { readonly [key: string]: Data })) {
      const o = toPython(rt, value);
      try {
        dictSetItem(rt, d, rt.identifier(key), o);
      } finally {
        rt.decref(o);
      }
    }
  } catch (e) {
    rt.decref(d);
    throw e;
  }
  return d;
}

function poolData(p: PoolInfo): Data {
  return {
    address: p.address, arena: p.arenaIndex, state: p.state, size_class: p.sizeClass, block_size: p.blockSize,
    blocks: p.blocksPerPool, in_use: p.blocksInUse, free: p.freeBlocks, never_used: p.virginBlocks,
  };
}

function block(rt: Runtime, obj: number): Data {
  const pre = rt.preHeaderSize(rt.typeOf(obj));
  const info = rt.heap.describeBlock(obj - pre);
  const common = { object_address: obj, pre_header: pre };
  if (info === null) return { domain: "unknown", address: obj - pre, ...common };
  switch (info.domain) {
    case "pymalloc":
      return {
        domain: "pymalloc", arena: info.arenaIndex, arena_address: info.arenaAddress, pool: info.poolAddress,
        size_class: info.sizeClass, block_size: info.blockSize, block_index: info.blockIndex, address: info.blockAddress, ...common,
      };
    case "raw":
      return {
        domain: "raw", address: info.blockAddress, requested: info.requested, chunk_size: info.chunkSize,
        object_domain: info.objectDomain, ...common,
      };
    default:
      return { domain: "static", address: info.blockAddress, ...common };
  }
}

function layout(rt: Runtime): Data {
  const l = rt.heap.layout;
  return {
    name: l.name, alignment: l.alignment, small_request_threshold: l.smallRequestThreshold, size_classes: l.sizeClasses,
    pool_size: l.poolSize, pool_overhead: l.poolOverhead, arena_size: l.arenaSize, max_pools_in_arena: l.maxPoolsInArena,
    usable_pools_per_arena: l.usablePoolsPerArena, arena_alignment_loss: l.arenaAlignmentLoss, radix_tree: l.radixTree,
  };
}

function noArgs(name: string, fn: (rt: Runtime) => Data, doc: string): MethodDef {
  return noArgsMethod(name, name, (rt) => toPython(rt, fn(rt)), doc);
}

function stringArg(rt: Runtime, fname: string, o: number, what: string): string {
  if (!rt.isSubtype(rt.typeOf(o), rt.T.str)) {
    throw rt.raise(rt.E.TypeError, `${fname}() argument ${what} must be str, not ${argTypeName(rt, o)}`);
  }
  return rt.jsString(o);
}

const heapMapSpec = argSpec("heap_map", ["width="]);
const heapMapArgs = new Int32Array(1);

const methods: readonly MethodDef[] = [
  gilStatsMethod,
  {
    name: "block",
    fn: (rt, _m, args, nargs, kwnames) => {
      checkArgs(rt, "block", nargs, kwnames, 1, 1);
      return toPython(rt, block(rt, arg(rt, args, 0)));
    },
    doc: "block(obj) -> dict\n\nWhere obj's memory lies: allocation domain, arena, pool, size class, block.",
  },
  noArgs("arenas", (rt) => rt.heap.arenaInfos().map((a) => ({
    index: a.index, address: a.address, first_pool: a.firstPool, total_pools: a.totalPools, free_pools: a.freePools,
    pools_carved: a.poolsCarved, pools: a.pools.map(poolData),
  })), "arenas() -> list of dicts\n\nThe live arenas with their carved pools."),
  noArgs("pools", (rt) => rt.heap.arenaInfos().flatMap((a) => a.pools.map(poolData)), "pools() -> list of dicts\n\nEvery carved pool: address, arena, state, size class, blocks."),
  noArgs("size_classes", (rt) => rt.heap.stats().sizeClasses.map((c) => ({
    size_class: c.sizeClass, block_size: c.blockSize, blocks_per_pool: c.blocksPerPool, pools: c.pools,
    blocks_in_use: c.blocksInUse, available_blocks: c.availableBlocks,
  })), "size_classes() -> list of dicts\n\nPer size class: block size, blocks per pool, pools and blocks in use."),
  {
    name: "heap_map",
    fn: (rt, _m, args, nargs, kwnames) => {
      parseArgs(rt, heapMapSpec, args, nargs, kwnames, heapMapArgs);
      const width = heapMapArgs[0] === 0 ? 64 : asCInt(rt, heapMapArgs[0]);
      if (width < 1) throw rt.raise(rt.E.ValueError, "width must be positive");
      return rt.newStr(rt.heap.heapMap(width));
    },
    doc: "heap_map(width=64) -> str\n\nA map of every pool, one character per block.",
  },
  noArgs("layout", layout, "layout() -> dict\n\nThe heap layout ('classic' or 'cpython311') and its parameters."),
  {
    name: "source_line",
    fn: (rt, _m, args, nargs, kwnames) => {
      checkArgs(rt, "source_line", nargs, kwnames, 2, 2);
      const file = stringArg(rt, "source_line", arg(rt, args, 0), "1");
      const lineno = asCInt(rt, arg(rt, args, 1));
      let line = "";
      try {
        const lines = fs.readFileSync(file, "utf8").split("\n");
        if (lineno >= 1 && lineno <= lines.length) line = lines[lineno - 1] + "\n";
      } catch {
        line = "";
      }
      return rt.newStr(line);
    },
    doc: "source_line(filename, lineno) -> str\n\nThe line of a source file with its newline, or '' (as linecache.getline).",
  },
  {
    name: "read_text_file",
    fn: (rt, _m, args, nargs, kwnames) => {
      checkArgs(rt, "read_text_file", nargs, kwnames, 1, 1);
      const file = stringArg(rt, "read_text_file", arg(rt, args, 0), "1");
      try {
        return rt.newStr(fs.readFileSync(file, "utf8"));
      } catch {
        throw rt.raise(rt.E.OSError, `cannot read ${file}`);
      }
    },
    doc: "read_text_file(path) -> str",
  },
  {
    name: "write_text_file",
    fn: (rt, _m, args, nargs, kwnames) => {
      checkArgs(rt, "write_text_file", nargs, kwnames, 2, 2);
      const file = stringArg(rt, "write_text_file", arg(rt, args, 0), "1");
      const text = stringArg(rt, "write_text_file", arg(rt, args, 1), "2");
      try {
        fs.writeFileSync(file, text, "utf8");
      } catch {
        throw rt.raise(rt.E.OSError, `cannot write ${file}`);
      }
      rt.incref(rt.S.None);
      return rt.S.None;
    },
    doc: "write_text_file(path, text) -> None",
  },
];

export const glasspyModuleDef: NativeModuleDef = {
  name: "glasspy",
  doc: "The glasspy heap as data: blocks, pools, arenas, size classes and a heap map.",
  methods,
};
