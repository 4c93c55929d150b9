/**
 * The VM: one interpreter's state above the object layer.
 *
 * It owns the Runtime (heap and objects), the modules (`sys.modules`, the builtins), the
 * threads (today: the main thread), the source text of everything it compiled (for
 * tracebacks), and the ways in: running a module's code, calling a Python function from
 * native code, importing. `close()` tears everything down and reports what is left.
 */
import { newWeakref, weakrefObject } from "../objects/weakref.js";
import * as fs from "../host/node-fs.js";
import { Runtime, nullIO, type HostIO } from "../objects/runtime.js";
import type { DebugConfig } from "../config.js";
import type { HeapLayoutName } from "../heap/index.js";
import { bootstrap, shutdownObjects } from "../objects/bootstrap.js";
import { PY_RAISED, InternalError } from "../objects/errors.js";
import { newCode, Code } from "../objects/code.js";
import { newDict, dictGetItemStr, dictSetItem, dictEntryCount, dictEntryKey, dictEntryValue, dictClear } from "../objects/dict.js";
import { newModule, moduleDict } from "../objects/module.js";
import { createNativeModule, type NativeModuleDef } from "../modules/native-module.js";
import { builtinsInCPythonOrder, builtinsModuleDef, installBuiltinNames } from "../modules/builtins.js";
import { newBuiltinFunction } from "../objects/native-function.js";
import { sysModuleDef, sysSetArgv, sysSetModules, sysSetPath } from "../modules/sys.js";
import { mathModuleDef } from "../modules/math.js";
import { timeModuleDef } from "../modules/time.js";
import { stdlibModuleDefs } from "../modules/stdlib-modules.js";
import { introspectionModuleDefs } from "../modules/introspection-modules.js";
import { weakrefModuleDef } from "../modules/weakref.js";
import { atexitModuleDef, runAtexitCallbacks } from "../modules/atexit.js";
import { vmBuiltinsDef, vmSysMethods } from "./builtins-vm.js";
import { compileSource } from "../compile/compiler.js";
import { precompiledLibCode } from "./precompiled-lib.js";
import { PySyntaxError } from "../parse/errors.js";
import { reprText, getAttr, lookupAttr } from "../objects/abstract.js";
import { newTuple, tupleSetItem } from "../objects/tuple.js";
import { newInt } from "../objects/int.js";
import { F, FRESH_LASTI, frameSize } from "./frame.js";
import { clearFrame } from "./frame-ops.js";
import { Gen, GenState, genFrame } from "../objects/generator.js";
import { newTraceback } from "../objects/traceback.js";
import { VMThread } from "./thread.js";
import { evalFrame } from "./eval.js";
import { pushFunctionFrame } from "./call.js";
import { formatException, formatExceptionAlone } from "./traceback-print.js";
import { addTracebackEntry } from "./unwind.js";
import { holdLiteralConstants, releaseLiteralConstants } from "./literal-constants.js";
import { Importer } from "./import.js";
import { Exc } from "../objects/exceptions.js";
import { exitCollection, shutdownCollection, clearRemainingCycles } from "./teardown-gc.js";
import { teardownObservable } from "./exit-teardown.js";
import { gcModuleDef } from "../modules/gc.js";
import { runPendingCollection } from "../objects/gc-collect.js";
import { installSuperFrame } from "./super-frame.js";
import { genDelegate, genLeaveDelegation, generatorFrameObject, traverseGeneratorFrame } from "./gen-delegation.js";
import { Scheduler } from "./scheduler.js";
import { Jit, jitThresholdOf } from "../jit/tier.js";
import { threadModuleDef } from "../modules/thread.js";

/**
 * What a VM takes from the process that runs it. A VM restored from the start-up snapshot
 * (src/cli/snapshot.ts) was built in another process: it is given these again (setHost).
 */
export interface VMHost {
  io?: HostIO;
  argv?: readonly string[];
  /** Folders searched by `import` after the script's folder. */
  path?: readonly string[];
  /** The folder of glasspy's own Python modules (its files may be embedded in the bundle). */
  libDir?: string;
  /** Debug: ask for a cycle collection after every GC allocation (see docs/gc.md). */
  gcEveryAllocation?: boolean;
  /** Deterministic thread switching: hand the GIL over every N check points (docs/threads.md); 0 or absent: by sys.getswitchinterval(). */
  switchEvery?: number;
  /**
   * The compiled tier (src/jit/tier.ts): a loop is compiled after this many backward jumps to
   * its head; absent: Jit.DEFAULT_THRESHOLD; 0 or less: never.
   */
  jitThreshold?: number;
  /**
   * The compiled tier's segments (src/jit/emitter-base.ts's Segment): a block's text goes on in
   * a function of its own after this many characters; absent: Jit.SEGMENT_CHARS; 0 or less:
   * never.
   */
  jitSegmentChars?: number;
  /**
   * The compiled tier's groups (src/jit/block-groups.ts): a text's blocks run in functions of
   * about this many characters at most; absent: Jit.GROUP_CHARS; 0 or less: one function.
   */
  jitGroupChars?: number;
}

export interface VMOptions extends VMHost {
  heapLayout?: HeapLayoutName;
  maxHeapBytes?: number;
  debug?: Partial<DebugConfig>;
}

/** Native modules available to `import`. */
const nativeModules: readonly NativeModuleDef[] = [mathModuleDef, timeModuleDef, gcModuleDef, ...stdlibModuleDefs, ...introspectionModuleDefs, threadModuleDef, weakrefModuleDef, atexitModuleDef];

export class VM {
  readonly rt: Runtime;
  readonly main: VMThread;
  /** sys.modules (a dict; strong reference). */
  readonly modules: number;
  readonly builtinsModule: number;
  readonly builtins: number;
  readonly sys: number;
  /** Nonzero when the eval loop must stop at the next check point (see handleBreaker). */
  breaker = 0;
  /** Check points a slice of the eval loop runs (the scheduler shortens it while threads wait). */
  sliceBudget = 2_000;
  /** The check points runSlice's last expired slice passed (its budget, or fewer when the eval breaker ended it). */
  sliceSpent = 0;
  /** Backward jumps to a loop head before its code's loops are compiled (src/jit/tier.ts; Jit.NEVER: never). */
  jitThreshold: number = Jit.DEFAULT_THRESHOLD;
  /** VMHost.jitSegmentChars (0: blocks are not split). */
  jitSegmentChars: number = Jit.SEGMENT_CHARS;
  /** VMHost.jitGroupChars (0: a text's blocks are one function). */
  jitGroupChars: number = Jit.GROUP_CHARS;
  /** Green threads and the GIL (scheduler.ts). */
  readonly scheduler: Scheduler;
  /** The running thread (the GIL holder; `main` is the main thread). */
  get thread(): VMThread {
    return this.rt.ts as VMThread;
  }
  /** Set by RERAISE and bare `raise` so that unwinding adds no traceback entry. */
  reraising = false;
  /** Source lines of everything compiled, by filename, for tracebacks. */
  /** Each file's text, as remembered, or its lines once a traceback asked for them. */
  private readonly sources = new Map<string, string | readonly string[]>();
  readonly importer: Importer;
  /** The folder of glasspy's own Python modules (setHost). */
  libDir = "";
  private closed = false;

  constructor(options: VMOptions = {}) {
    // The runtime's own HostIO object, which setHost may refill (the caller's is not shared).
    const io: HostIO = { ...nullIO };
    this.rt = new Runtime({ heap: { layout: options.heapLayout, maxBytes: options.maxHeapBytes }, debug: options.debug, io });
    const rt = this.rt;
    bootstrap(rt);
    this.main = new VMThread(rt);
    rt.ts = this.main;
    this.scheduler = new Scheduler(this);
    rt.callPython = (f, args, nargs, kwnames) => this.callFunction(f, args, nargs, kwnames);
    rt.genResume = (gen, value, throwing) => this.genResume(gen, value, throwing);
    rt.clearGeneratorFrame = (gen) => {
      const f = genFrame(gen);
      if (rt.load(f + F.CODE) !== 0) clearFrame(rt, f, rt.i32[(f + F.STACKTOP) >> 2]);
    };
    rt.genDelegate = (gen) => genDelegate(rt, gen);
    rt.genLeaveDelegation = (gen) => genLeaveDelegation(rt, gen);
    rt.traverseGeneratorFrame = (gen, visit) => traverseGeneratorFrame(rt, gen, visit);
    rt.generatorFrameObject = (gen) => generatorFrameObject(rt, gen);
    rt.writeUnraisable = (message) => this.writeUnraisable(message);
    rt.currentGlobals = () => {
      const th = rt.ts as VMThread;
      return th.frame === 0 ? 0 : rt.load(th.frame + F.GLOBALS);
    };
    installSuperFrame(rt);
    // An allocation past the collector's threshold: collect at the loop's next check point.
    rt.gc.onRequest = () => {
      this.breaker = 1;
    };

    this.modules = newDict(rt);
    // The functions that need the VM (builtins-vm.ts) take their places among the others, in
    // CPython's order; exit and quit come after the constants and exceptions, where site adds them.
    const vmMethods = vmBuiltinsDef(this).methods;
    // (quit first: site's setquit.)
    const atEnd = ["quit", "exit"].map((name) => vmMethods.find((m) => m.name === name)!);
    const methods = builtinsInCPythonOrder([...builtinsModuleDef.methods, ...vmMethods.filter((m) => !atEnd.includes(m))]);
    this.builtinsModule = createNativeModule(rt, { ...builtinsModuleDef, methods });
    this.builtins = moduleDict(rt, this.builtinsModule);
    installBuiltinNames(rt, this.builtins);
    const moduleName = dictGetItemStr(rt, this.builtins, rt.identifier("__name__"));
    for (const m of atEnd) {
      const f = newBuiltinFunction(rt, m, this.builtinsModule, moduleName);
      dictSetItem(rt, this.builtins, rt.identifier(m.name), f);
      rt.decref(f);
    }
    // sys with the functions that read the VM's threads (exc_info, _getframe).
    this.sys = createNativeModule(rt, { ...sysModuleDef, methods: [...sysModuleDef.methods, ...vmSysMethods(this)] });
    sysSetModules(rt, this.sys, this.modules);
    dictSetItem(rt, this.modules, rt.identifier("builtins"), this.builtinsModule);
    dictSetItem(rt, this.modules, rt.identifier("sys"), this.sys);
    this.importer = new Importer(this, nativeModules);
    this.setHost(options);
  }

  /**
   * Take the process's settings: standard streams, sys.argv, sys.path, the lib/ folder and the
   * debugging switches. The constructor calls it; so does the start-up snapshot, on the VM it
   * restores in a new process (whatever the snapshot's builder had set is replaced). Absent
   * fields take their defaults.
   */
  setHost(host: VMHost): void {
    const rt = this.rt;
    Object.assign(rt.io, nullIO, host.io);
    this.libDir = host.libDir ?? "";
    sysSetArgv(rt, this.sys, host.argv ?? [""]);
    sysSetPath(rt, this.sys, host.path ?? []);
    rt.gc.stressEveryAllocation = host.gcEveryAllocation ?? false;
    this.scheduler.switchEvery = Math.max(0, Math.trunc(host.switchEvery ?? 0));
    this.jitThreshold = jitThresholdOf(host.jitThreshold);
    this.jitSegmentChars = Math.max(0, Math.trunc(host.jitSegmentChars ?? Jit.SEGMENT_CHARS));
    this.jitGroupChars = Math.max(0, Math.trunc(host.jitGroupChars ?? Jit.GROUP_CHARS));
    // The interpreter's own start-up allocations do not count toward the first collection
    // (nor does a collection they asked for).
    rt.gc.count0 = 0;
    rt.gc.pending = false;
  }

  // ── running code ───────────────────────────────────────────────────────────────────

  /**
   * Remember a file's text for tracebacks. (Split into lines only when one asks: most
   * programs print none, and a start-up's first split compiles its regular expression.)
   */
  rememberSource(filename: string, source: string): void {
    this.sources.set(filename, source);
  }

  /** Source lines for tracebacks: remembered text, else the file on disk. */
  sourceLines = (filename: string): readonly string[] | undefined => {
    const remembered = this.sources.get(filename);
    if (typeof remembered === "string") {
      const split = remembered.split(/\r?\n/);
      this.sources.set(filename, split);
      return split;
    }
    let lines = remembered;
    if (lines === undefined && !filename.startsWith("<")) {
      try {
        lines = fs.readFileSync(filename, "utf8").split(/\r?\n/);
        this.sources.set(filename, lines);
      } catch {
        return undefined;
      }
    }
    return lines;
  };

  /**
   * Compile `source` (a PySyntaxError becomes a Python SyntaxError) and return a code object
   * (new reference).
   */
  compile(source: string, filename: string, mode: "exec" | "eval" | "single"): number {
    this.rememberSource(filename, source);
    // A lib/ module compiled at build time (precompiled-lib.ts).
    let data = mode === "exec" ? precompiledLibCode(this.libDir, filename, source) : undefined;
    if (data === undefined) {
      try {
        data = compileSource(source, filename, mode);
      } catch (e) {
        if (e instanceof PySyntaxError) throw this.raiseSyntaxError(e);
        throw e;
      }
    }
    return newCode(this.rt, data);
  }

  /** Raise a Python SyntaxError (or subclass) made from the parser's error. */
  raiseSyntaxError(e: PySyntaxError): typeof PY_RAISED {
    const rt = this.rt;
    const details = newTuple(rt, 6);
    const text = (s: string | undefined) => (s === undefined ? (rt.incref(rt.S.None), rt.S.None) : rt.newStr(s));
    tupleSetItem(rt, details, 0, rt.newStr(e.filename));
    tupleSetItem(rt, details, 1, newInt(rt, e.lineno));
    tupleSetItem(rt, details, 2, newInt(rt, e.offset));
    tupleSetItem(rt, details, 3, text(e.text));
    tupleSetItem(rt, details, 4, newInt(rt, e.end_lineno ?? e.lineno));
    tupleSetItem(rt, details, 5, newInt(rt, e.end_offset ?? e.offset));
    const args = newTuple(rt, 2);
    tupleSetItem(rt, args, 0, rt.newStr(e.msg));
    tupleSetItem(rt, args, 1, details);
    const type = e.type === "IndentationError" ? rt.E.IndentationError : e.type === "TabError" ? rt.E.TabError : rt.E.SyntaxError;
    const exc = rt.typeSlots(type).new!(rt, type, 0, 0, 0);
    const old = rt.load(exc + Exc.ARGS);
    rt.store(exc + Exc.ARGS, args);
    rt.xdecref(old);
    rt.setException(exc);
    return PY_RAISED;
  }

  /**
   * Push, on thread `th`, the frame that runs `code` (borrowed) with the given namespaces
   * (borrowed; `globals` gains `__builtins__` if it lacks it) and make it the thread's current
   * frame. Returns the frame, which owns its references.
   */
  pushCodeFrame(th: VMThread, code: number, globals: number, locals: number): number {
    const rt = this.rt;
    if (dictGetItemStr(rt, globals, rt.identifier("__builtins__")) === 0) {
      dictSetItem(rt, globals, rt.identifier("__builtins__"), this.builtinsModule);
    }
    const size = frameSize(rt, code);
    if (th.recursionDepth >= rt.recursionLimit) throw rt.raise(rt.E.RecursionError, "maximum recursion depth exceeded");
    const frame = th.stack.push(size);
    for (let p = frame >> 2, end = (frame + size) >> 2; p < end; p++) rt.i32[p] = 0;
    const own = (off: F, v: number) => {
      if (v !== 0) rt.incref(v);
      rt.store(frame + off, v);
    };
    own(F.CODE, code);
    own(F.GLOBALS, globals);
    own(F.BUILTINS, this.builtins);
    own(F.LOCALS, locals);
    rt.store(frame + F.PREVIOUS, th.frame);
    rt.i32[(frame + F.LASTI) >> 2] = FRESH_LASTI;
    th.recursionDepth++;
    th.frame = frame;
    return frame;
  }

  /** Run a code object with the given namespaces; returns its value (new reference). */
  execCode(code: number, globals: number, locals: number): number {
    const th = this.rt.ts as VMThread;
    const outermost = th.frame === 0 && th === this.main && !this.scheduler.active;
    const frame = this.pushCodeFrame(th, code, globals, locals);
    // The outermost run schedules the threads the program starts (scheduler.ts).
    if (outermost) return this.scheduler.runSync(frame);
    return evalFrame(this, th, frame);
  }

  /** rt.callPython: call a function object from native code. */
  callFunction(func: number, args: number, nargs: number, kwnames: number): number {
    const th = this.rt.ts as VMThread;
    const frame = pushFunctionFrame(this.rt, th, func, args, nargs, kwnames);
    th.frame = frame;
    return evalFrame(this, th, frame);
  }

  /**
   * Run a class body: `func` (the body compiled as a function, borrowed) with `locals` (the
   * class namespace, borrowed) as its frame's locals mapping. Returns the body's value (the
   * `__class__` cell or None; new reference).
   */
  runClassBody(func: number, locals: number): number {
    const rt = this.rt;
    const th = this.rt.ts as VMThread;
    const frame = pushFunctionFrame(rt, th, func, 0, 0, 0);
    rt.incref(locals);
    rt.store(frame + F.LOCALS, locals);
    th.frame = frame;
    return evalFrame(this, th, frame);
  }

  /** rt.genResume: run a generator's frame to its next yield (see objects/generator.ts). */
  genResume(gen: number, value: number, throwing: boolean): number {
    const rt = this.rt;
    const th = this.rt.ts as VMThread;
    const f = genFrame(gen);
    if (th.recursionDepth >= rt.recursionLimit) throw rt.raise(rt.E.RecursionError, "maximum recursion depth exceeded");
    if (!throwing) {
      const top = rt.i32[(f + F.STACKTOP) >> 2];
      const base = f + F.HEADER + 8 * rt.i32[(rt.load(f + F.CODE) + Code.NLOCALSPLUS) >> 2];
      rt.incref(value);
      rt.store(base + 8 * top, value);
      rt.i32[(f + F.STACKTOP) >> 2] = top + 1;
    }
    rt.i32[(gen + Gen.STATE) >> 2] = GenState.EXECUTING;
    rt.store(f + F.PREVIOUS, th.frame);
    th.frame = f;
    th.recursionDepth++;
    // The generator runs with its own handled exception (CPython's gi_exc_state).
    const callerHandled = th.handled;
    th.handled = rt.load(gen + Gen.HANDLED);
    rt.store(gen + Gen.HANDLED, 0);
    th.yielded = false;
    let result: number;
    try {
      result = evalFrame(this, th, f, throwing);
    } catch (e) {
      rt.i32[(gen + Gen.STATE) >> 2] = GenState.COMPLETED;
      if (th.handled !== 0) rt.decref(th.handled);
      th.handled = callerHandled;
      if (e === PY_RAISED && rt.exceptionMatches(rt.E.StopIteration)) this.stopIterationToRuntimeError();
      throw e;
    }
    rt.store(gen + Gen.HANDLED, th.handled);
    th.handled = callerHandled;
    if (th.yielded) {
      th.yielded = false;
      rt.i32[(gen + Gen.STATE) >> 2] = GenState.SUSPENDED;
      return result;
    }
    rt.i32[(gen + Gen.STATE) >> 2] = GenState.COMPLETED;
    rt.genReturnValue = result;
    return 0;
  }

  /** PEP 479: a StopIteration leaving a generator becomes RuntimeError, with it as the cause. */
  private stopIterationToRuntimeError(): void {
    const rt = this.rt;
    const stop = rt.fetchException();
    rt.raise(rt.E.RuntimeError, "generator raised StopIteration");
    const err = rt.ts.curexc;
    rt.incref(stop);
    rt.store(err + Exc.CAUSE, stop);
    const oldContext = rt.load(err + Exc.CONTEXT);
    rt.store(err + Exc.CONTEXT, stop);
    rt.xdecref(oldContext);
    rt.i32[(err + Exc.SUPPRESS_CONTEXT) >> 2] = 1;
  }

  /**
   * rt.writeUnraisable: "Exception ignored in: ..." and the traceback, on stderr, as CPython's
   * default unraisable hook prints them: the exception alone (not its __context__ chain), and
   * an exception raised before any Python frame ran gets the current frame as its traceback.
   */
  writeUnraisable(message: string): void {
    const rt = this.rt;
    const th = rt.ts as VMThread;
    const pending = th.curexc;
    if (pending === 0) return;
    if (rt.load(pending + Exc.TRACEBACK) === 0 && th.frame !== 0) {
      addTracebackEntry(this, th, th.frame, rt.i32[(th.frame + F.LASTI) >> 2]);
    }
    const exc = rt.fetchException();
    try {
      rt.io.writeStderr(message + "\n" + formatExceptionAlone(rt, exc, this.sourceLines));
    } finally {
      rt.decref(exc);
    }
  }

  /** A fresh module registered in sys.modules (new reference). */
  newModule(name: string, filename?: string): number {
    const rt = this.rt;
    const m = newModule(rt, name);
    const d = moduleDict(rt, m);
    if (filename !== undefined) {
      const f = rt.newStr(filename);
      dictSetItem(rt, d, rt.identifier("__file__"), f);
      rt.decref(f);
    }
    dictSetItem(rt, d, rt.identifier("__builtins__"), this.builtinsModule);
    const key = rt.newStr(name);
    dictSetItem(rt, this.modules, key, m);
    rt.decref(key);
    return m;
  }

  /**
   * Run a program as `__main__`. Returns the exit status as CPython's: 0, 1 after an uncaught
   * exception (printed to stderr), or SystemExit's code.
   */
  runMain(source: string, filename: string): number {
    const rt = this.rt;
    let main = 0;
    try {
      const code = this.compile(source, filename, "exec");
      try {
        main = this.newMainModule(filename);
        const globals = moduleDict(rt, main);
        const literals = holdLiteralConstants(rt, code);
        try {
          rt.decref(this.execCode(code, globals, globals));
        } finally {
          releaseLiteralConstants(rt, literals);
        }
      } finally {
        rt.decref(code);
      }
      return 0;
    } catch (e) {
      return this.handleUncaught(e);
    } finally {
      if (main !== 0) rt.decref(main);
    }
  }

  /**
   * A fresh `__main__` in sys.modules (new reference), as CPython makes it: with
   * `__annotations__`, and `__file__` and `__cached__` when the program is a file.
   */
  newMainModule(filename: string): number {
    const rt = this.rt;
    const fromFile = !filename.startsWith("<");
    const main = this.newModule("__main__", fromFile ? filename : undefined);
    const globals = moduleDict(rt, main);
    const annotations = newDict(rt);
    dictSetItem(rt, globals, rt.identifier("__annotations__"), annotations);
    rt.decref(annotations);
    if (fromFile) dictSetItem(rt, globals, rt.identifier("__cached__"), rt.S.None);
    return main;
  }

  /** Report an exception that reached the top level; returns the exit status. */
  handleUncaught(e: unknown): number {
    const rt = this.rt;
    if (e !== PY_RAISED) this.internalErrorToPython(e);
    const exc = rt.fetchException();
    try {
      if (rt.isInstance(exc, rt.E.SystemExit)) return this.systemExitStatus(exc);
      rt.io.writeStderr(formatException(rt, exc, this.sourceLines));
      return 1;
    } catch (inner) {
      if (inner !== PY_RAISED) throw inner;
      rt.setException(0);
      rt.io.writeStderr("Error in sys.excepthook\n");
      return 1;
    } finally {
      rt.decref(exc);
    }
  }

  private systemExitStatus(exc: number): number {
    const rt = this.rt;
    const code = getAttr(rt, exc, rt.identifier("code"));
    try {
      if (code === rt.S.None) return 0;
      if (rt.typeOf(code) === rt.T.int || rt.typeOf(code) === rt.T.bool) {
        return rt.i32[(code + 16) >> 2] * rt.i32[(code + 24) >> 2];
      }
      const text = rt.typeOf(code) === rt.T.str ? rt.jsString(code) : reprText(rt, code);
      rt.io.writeStderr(text + "\n");
      return 1;
    } finally {
      rt.decref(code);
    }
  }

  /**
   * An error that is not a Python exception reached the eval loop: a JS stack overflow
   * becomes RecursionError, anything else SystemError naming the internal error. Either way
   * it becomes the current Python exception.
   */
  internalErrorToPython(error: unknown): void {
    const rt = this.rt;
    if (error instanceof RangeError && error.message.includes("call stack")) {
      rt.raise(rt.E.RecursionError, "maximum recursion depth exceeded");
      return;
    }
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    if (error instanceof InternalError || error instanceof Error) {
      if (process.env.GLASSPY_DEBUG_INTERNAL) rt.io.writeStderr(String((error as Error).stack) + "\n");
    }
    rt.raise(rt.E.SystemError, `glasspy internal error: ${message}`);
  }

  /** Called from the eval loop's check points when `breaker` is nonzero. */
  handleBreaker(_th: VMThread): void {
    this.breaker = 0;
    if (this.rt.gc.pending) runPendingCollection(this.rt);
  }

  /** sys.path (borrowed), or 0. */
  sysPathList(): number {
    const d = moduleDict(this.rt, this.sys);
    return dictGetItemStr(this.rt, d, this.rt.identifier("path"));
  }

  /** Replace entry `i` of a list of str with `text`. */
  setPathEntry(list: number, i: number, text: string): void {
    const rt = this.rt;
    const s = rt.newStr(text);
    const key = newInt(rt, i);
    try {
      rt.slotsOf(list).assSubscript!(rt, list, key, s);
    } finally {
      rt.decref(key);
      rt.decref(s);
    }
  }

  // ── imports and the REPL hook ──────────────────────────────────────────────────────

  importName(name: number, globals: number, fromlist: number, level: number): number {
    return this.importer.importName(name, globals, fromlist, level);
  }

  importFrom(module: number, name: number): number {
    return this.importer.importFrom(module, name);
  }

  importStar(module: number, locals: number): void {
    this.importer.importStar(module, locals);
  }

  /** sys.displayhook: print repr(v) unless None, and keep it in builtins._ */
  displayHook(v: number): void {
    const rt = this.rt;
    if (v === rt.S.None) return;
    dictSetItem(rt, this.builtins, rt.identifier("_"), rt.S.None);
    rt.io.writeStdout(reprText(rt, v) + "\n");
    dictSetItem(rt, this.builtins, rt.identifier("_"), v);
  }

  // ── teardown ───────────────────────────────────────────────────────────────────────

  /**
   * Tear the interpreter down: clear modules as CPython's finalisation does (each module's
   * dict emptied, then the modules themselves), release the threads' stacks and the object
   * world. Returns the number of heap blocks still in use (0 unless something leaked).
   */
  close(): { liveBlocks: number } {
    if (this.closed) return { liveBlocks: this.liveBlocks() };
    this.finalize();
    this.importer.close();
    this.main.stack.release();
    shutdownObjects(this.rt);
    return { liveBlocks: this.liveBlocks() };
  }

  /**
   * For a process that exits next (the `glasspy` command): the part of close() that Python code
   * can observe — atexit functions, finalizers, weak reference callbacks, the modules' teardown —
   * and not the freeing of the builtin types and the rest of the object world, which nothing
   * could see. The VM cannot be used afterwards.
   */
  closeForExit(): void {
    if (!this.closed) this.finalize(true);
  }

  /**
   * Py_FinalizeEx's observable part: everything up to the last collection (see close()).
   * `exiting` (closeForExit): stop after the atexit functions when the rest could not be seen
   * (exit-teardown.ts).
   */
  private finalize(exiting = false): void {
    this.closed = true;
    const rt = this.rt;
    rt.setException(0);
    // atexit functions (weakref.finalize's among them) run first, as in Py_FinalizeEx.
    runAtexitCallbacks(rt);
    // Daemon threads still alive at exit: their frames are freed (CPython just abandons them).
    this.scheduler.close();
    if (this.main.handled !== 0) {
      rt.decref(this.main.handled);
      this.main.handled = 0;
    }
    // (gc.set_debug's output makes even a collection that frees nothing observable.)
    if (exiting && rt.gc.debug === 0 && !teardownObservable(rt)) return;
    exitCollection(rt);
    // CPython's finalize_remove_modules: every sys.modules entry becomes None, remembered only
    // through a weak reference, so a module nothing else holds dies, and its dict (kept alive
    // by the cycle through its functions' __globals__) is garbage for the collection that
    // follows: its objects' __del__ methods run, but callbacks of weak references that die
    // with them do not.
    const weakModules: number[] = [];
    for (let i = 0, n = dictEntryCount(rt, this.modules); i < n; i++) {
      const key = dictEntryKey(rt, this.modules, i);
      const m = dictEntryValue(rt, this.modules, i);
      if (key === 0 || m === 0 || m === this.builtinsModule || m === this.sys || rt.typeOf(m) !== rt.T.module) continue;
      weakModules.push(newWeakref(rt, rt.T.weakref_ref, m, 0));
      dictSetItem(rt, this.modules, key, rt.S.None);
    }
    shutdownCollection(rt);
    // The modules still alive, newest first: their dicts are cleared (finalize_modules_clear_weaklist).
    for (const wr of weakModules.reverse()) {
      const m = weakrefObject(rt, wr);
      if (m !== 0 && m !== rt.S.None) {
        rt.incref(m);
        const d = lookupAttr(rt, m, rt.identifier("__dict__"));
        if (d !== 0) {
          if (rt.typeOf(d) === rt.T.dict) dictClear(rt, d);
          rt.decref(d);
        }
        rt.decref(m);
      }
      rt.decref(wr);
    }
    dictClear(rt, moduleDict(rt, this.sys));
    dictClear(rt, this.builtins);
    dictClear(rt, this.modules);
    rt.decref(this.modules);
    rt.decref(this.sys);
    rt.decref(this.builtinsModule);
    clearRemainingCycles(rt);
  }

  /**
   * Heap blocks in use: what sys.getallocatedblocks() counts plus the raw allocator's direct
   * users (data-stack chunks), which CPython does not count there but a leak would leave.
   */
  liveBlocks(): number {
    const heap = this.rt.heap;
    const raw = heap.stats().raw;
    return heap.allocatedBlocks() + raw.blocksInUse - raw.objectBlocksInUse;
  }
}
