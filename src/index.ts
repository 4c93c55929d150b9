/**
 * The embedding API.
 *
 *   import { Interpreter } from "glasspy";
 *   const py = new Interpreter({ stdout: (s) => process.stdout.write(s) });
 *   const status = py.runSource("print(1 + 1)");
 *   const { liveBlocks } = py.close();   // 0: teardown freed every heap block
 *
 * One Interpreter is one Python world (its own heap); several can live in one process.
 */
import * as fs from "./host/node-fs.js";
import * as path from "./host/node-path.js";
import { fileURLToPath } from "node:url";
import { VM, type VMHost } from "./vm/vm.js";
import { DEFAULT_LAYOUT, type HeapLayoutName } from "./heap/index.js";
import { heapDebugConfig, type DebugConfig } from "./config.js";
import type { HostIO } from "./objects/runtime.js";
import { RuntimeLocal } from "./objects/runtime-local.js";

export interface InterpreterOptions {
  /** The allocator's layout: "classic" (default) or "cpython311". See docs/heap.md. */
  heapLayout?: HeapLayoutName;
  /** Size of the address space in bytes; allocation past it raises MemoryError. */
  maxHeapBytes?: number;
  /** The heap debug mode: refcount checks and poisoned frees (`--debug-heap`). */
  debugHeap?: boolean;
  /** Finer debug switches (see src/config.ts). */
  debug?: Partial<DebugConfig>;
  /** Debug: run the cycle collector after every GC allocation (`--gc-every-allocation`, docs/gc.md). */
  gcEveryAllocation?: boolean;
  /** Deterministic thread switching: hand the GIL over every N check points of a thread's outermost loop (docs/threads.md). */
  switchEvery?: number;
  /**
   * Backward jumps to a loop head before its code's loops are compiled to JavaScript
   * (src/jit/tier.ts); 0 or less: never. Default: the GLASSPY_JIT_THRESHOLD environment
   * variable, else the tier's own.
   */
  jitThreshold?: number;
  /**
   * Characters of a compiled block's text after which the rest goes into a function of its
   * own (src/jit/emitter-base.ts's Segment); 0 or less: never. Default: the GLASSPY_JIT_SEGMENT
   * environment variable, else the tier's own.
   */
  jitSegmentChars?: number;
  /**
   * Characters of a compiled text's blocks over which they run in several functions of about
   * this size at most, half of it for a text more than twice as long (src/jit/block-groups.ts);
   * 0 or less: never. Default: the GLASSPY_JIT_GROUP environment variable, else the tier's own.
   */
  jitGroupChars?: number;
  stdout?: (text: string) => void;
  /** Called by `sys.stdout.flush()` and `print(..., flush=True)` when the host buffers stdout. */
  flushStdout?: () => void;
  stderr?: (text: string) => void;
  /** The whole of standard input, or a function giving one line at a time (null at the end). */
  stdin?: string | (() => string | null);
  /** sys.argv. */
  argv?: readonly string[];
  /** Extra import folders, searched after the script's folder. */
  path?: readonly string[];
  /**
   * Internal (the `glasspy` command's start-up snapshot, src/cli/snapshot.ts): a VM built
   * beforehand with the default heap and debug options, adopted instead of building one; it
   * is given this interpreter's streams, argv and path. The heap and debug options above must
   * then be absent.
   */
  prebuiltVM?: VM;
}

/** glasspy's own Python modules: <package root>/lib, beside src/ and dist/. */
export function libDirectory(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  return path.resolve(here, "..", "lib");
}

function lineReader(stdin: InterpreterOptions["stdin"]): () => string | null {
  if (typeof stdin === "function") return stdin;
  const text = stdin ?? "";
  let pos = 0;
  return () => {
    if (pos >= text.length) return null;
    const nl = text.indexOf("\n", pos);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(pos, end);
    pos = nl < 0 ? text.length : nl + 1;
    return line;
  };
}

/** GLASSPY_JIT_THRESHOLD as a number, when set. */
function envJitThreshold(): number | undefined {
  return envNumber("GLASSPY_JIT_THRESHOLD");
}

/** The environment variable `name` as a number, when set to one. */
function envNumber(name: string): number | undefined {
  const text = typeof process === "undefined" ? undefined : process.env[name];
  return text === undefined || text === "" || Number.isNaN(Number(text)) ? undefined : Number(text);
}

/** Whether `options` leave the heap and the debug switches at their defaults (what a prebuilt VM has). */
export function usesDefaultWorld(options: InterpreterOptions): boolean {
  return (options.heapLayout ?? DEFAULT_LAYOUT) === DEFAULT_LAYOUT && options.maxHeapBytes === undefined && !options.debugHeap && options.debug === undefined;
}

export class Interpreter {
  readonly vm: VM;
  /**
   * false: close() does only what Python code can observe (atexit functions, finalizers, weak
   * reference callbacks) and leaves the object world in the heap; for a process that exits
   * right after, as the `glasspy` command does. Its liveBlocks then counts that world.
   */
  closeFreesHeap = true;

  constructor(options: InterpreterOptions = {}, scriptDir?: string) {
    const io: HostIO = {
      writeStdout: options.stdout ?? (() => {}),
      writeStderr: options.stderr ?? (() => {}),
      readLine: lineReader(options.stdin),
      flushStdout: options.flushStdout,
    };
    const host: VMHost = {
      io,
      argv: options.argv,
      path: [...(scriptDir !== undefined ? [scriptDir] : [""]), ...(options.path ?? []), libDirectory()],
      libDir: libDirectory(),
      gcEveryAllocation: options.gcEveryAllocation,
      switchEvery: options.switchEvery,
      jitThreshold: options.jitThreshold ?? envJitThreshold(),
      jitSegmentChars: options.jitSegmentChars ?? envNumber("GLASSPY_JIT_SEGMENT"),
      jitGroupChars: options.jitGroupChars ?? envNumber("GLASSPY_JIT_GROUP"),
    };
    if (options.prebuiltVM !== undefined) {
      if (!usesDefaultWorld(options)) throw new Error("Interpreter: a prebuilt VM takes no heap or debug options");
      this.vm = options.prebuiltVM;
      this.vm.setHost(host);
      return;
    }
    const debug = { ...(options.debugHeap ? heapDebugConfig() : {}), ...options.debug };
    this.vm = new VM({ ...host, heapLayout: options.heapLayout, maxHeapBytes: options.maxHeapBytes, debug });
  }

  /** Run a file as __main__; returns the exit status (0, 1 after an uncaught exception, SystemExit's code). */
  runFile(file: string): number {
    const absolute = path.resolve(file);
    const source = fs.readFileSync(absolute, "utf8");
    this.setScriptDir(path.dirname(absolute));
    return this.vm.runMain(source, absolute);
  }

  /** Run source text as __main__. */
  runSource(source: string, filename = "<string>"): number {
    return this.vm.runMain(source, filename);
  }

  private setScriptDir(dir: string): void {
    const sysPath = this.vm.sysPathList();
    if (sysPath !== 0) this.vm.setPathEntry(sysPath, 0, dir);
  }

  /** Tear down; returns the heap blocks still in use (0 unless something leaked). */
  close(): { liveBlocks: number } {
    if (!this.closeFreesHeap) {
      this.vm.closeForExit();
      // Counted only if asked for: it walks the heap, and an exiting process does not ask.
      const vm = this.vm;
      return { get liveBlocks() { return vm.liveBlocks(); } };
    }
    const result = this.vm.close();
    RuntimeLocal.forget(this.vm.rt);
    return result;
  }
}
