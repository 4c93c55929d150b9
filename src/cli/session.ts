/**
 * One run of the `glasspy` command: an interpreter, its `__main__` module (kept for the
 * REPL after a program with -i), and the asynchronous driver that runs code in it a slice at
 * a time so that Ctrl-C can interrupt it (src/vm/driver.ts).
 */
import { holdLiteralConstants, releaseLiteralConstants } from "../vm/literal-constants.js";
import { Interpreter, type InterpreterOptions } from "../index.js";
import type { VM } from "../vm/vm.js";
import { SliceDriver } from "../vm/driver.js";
import { PY_RAISED } from "../objects/errors.js";
import { compileSource, type CompileMode } from "../compile/compiler.js";
import { PySyntaxError } from "../parse/errors.js";
import { newCode } from "../objects/code.js";
import { newDict, dictSetItem } from "../objects/dict.js";
import { moduleDict } from "../objects/module.js";
import { formatException } from "../vm/traceback-print.js";
import type { HostInput } from "../vm/thread.js";

/** How running some code ended (any exception was already printed). */
export type Outcome =
  | { readonly kind: "ok" }
  | { readonly kind: "error" }
  /** SystemExit, with the exit status it asks for. */
  | { readonly kind: "exit"; readonly status: number }
  | { readonly kind: "interrupted" };

export class Session {
  readonly interpreter: Interpreter;
  readonly vm: VM;
  readonly driver: SliceDriver;
  /** `__main__` (a strong reference) and its dict (borrowed from it). */
  private readonly main: number;
  readonly globals: number;
  /** True while Python code runs (a Ctrl-C is then a KeyboardInterrupt for it). */
  running = false;
  /** Standard input threads wait for (readInputFrom), or null. */
  private input: (HostInput & { close(): void }) | null = null;

  /** `mainFile`: `__main__.__file__` (undefined for -c, stdin and the REPL). */
  constructor(options: InterpreterOptions, scriptDir: string | undefined, mainFile: string | undefined) {
    this.interpreter = new Interpreter(options, scriptDir);
    this.vm = this.interpreter.vm;
    this.driver = new SliceDriver(this.vm);
    this.main = this.driver.mainModule(mainFile ?? "<main>");
    this.globals = moduleDict(this.vm.rt, this.main);
  }

  /**
   * Threads wait for standard input through `reader` (the CLI's StdinReader, which the
   * interpreter's `stdin` option reads too): a thread reading it parks and the others run
   * (docs/threads.md). Closed with the session.
   */
  readInputFrom(reader: HostInput & { close(): void }): void {
    this.input = reader;
    this.vm.scheduler.input = reader;
  }

  /** sys._xoptions = {name: value or True, ...}. */
  setXOptions(options: ReadonlyArray<readonly [string, string | true]>): void {
    const rt = this.vm.rt;
    const d = newDict(rt);
    try {
      for (const [name, value] of options) {
        const key = rt.newStr(name);
        const v = value === true ? (rt.incref(rt.S.True), rt.S.True) : rt.newStr(value);
        dictSetItem(rt, d, key, v);
        rt.decref(key);
        rt.decref(v);
      }
      dictSetItem(rt, moduleDict(rt, this.vm.sys), rt.identifier("_xoptions"), d);
    } finally {
      rt.decref(d);
    }
  }

  /** Set `name` in `__main__` to a str. */
  setMainString(name: string, value: string): void {
    const rt = this.vm.rt;
    const s = rt.newStr(value);
    dictSetItem(rt, this.globals, rt.identifier(name), s);
    rt.decref(s);
  }

  /**
   * Compile, or print the SyntaxError and give 0. `remember`: keep the text for tracebacks
   * (CPython shows no source lines for standard input and the REPL).
   */
  compile(source: string, filename: string, mode: CompileMode, remember: boolean): number {
    try {
      if (remember) return this.vm.compile(source, filename, mode);
      try {
        return newCode(this.vm.rt, compileSource(source, filename, mode));
      } catch (e) {
        if (e instanceof PySyntaxError) throw this.vm.raiseSyntaxError(e);
        throw e;
      }
    } catch (e) {
      this.vm.handleUncaught(e);
      return 0;
    }
  }

  /** Print a parser error as an uncaught SyntaxError. */
  reportSyntaxError(error: PySyntaxError): void {
    this.vm.handleUncaught(this.vm.raiseSyntaxError(error));
  }

  /**
   * Run a code object (borrowed) in `__main__`. With `inspecting` (the program before -i's
   * prompt) a SystemExit is only printed as a traceback, as CPython does.
   */
  async run(code: number, inspecting = false): Promise<Outcome> {
    const rt = this.vm.rt;
    this.running = true;
    // Every code run here was compiled from source just before (see literal-constants.ts).
    const literals = holdLiteralConstants(rt, code);
    try {
      rt.decref(await this.driver.execCode(code, this.globals, this.globals));
      return { kind: "ok" };
    } catch (e) {
      if (inspecting && e === PY_RAISED && rt.exceptionMatches(rt.E.SystemExit)) {
        const exc = rt.fetchException();
        try {
          rt.io.writeStderr(formatException(rt, exc, this.vm.sourceLines));
        } finally {
          rt.decref(exc);
        }
        return { kind: "error" };
      }
      const exit = e === PY_RAISED && rt.exceptionMatches(rt.E.SystemExit);
      const interrupted = e === PY_RAISED && rt.exceptionMatches(rt.E.KeyboardInterrupt);
      const status = this.vm.handleUncaught(e);
      return exit ? { kind: "exit", status } : interrupted ? { kind: "interrupted" } : { kind: "error" };
    } finally {
      releaseLiteralConstants(rt, literals);
      this.running = false;
    }
  }

  /** Compile and run a whole program in `__main__`. */
  async runProgram(source: string, filename: string, remember: boolean, inspecting = false): Promise<Outcome> {
    const code = this.compile(source, filename, "exec", remember);
    if (code === 0) return { kind: "error" };
    try {
      return await this.run(code, inspecting);
    } finally {
      this.vm.rt.decref(code);
    }
  }

  /** Tear the interpreter down; gives the heap blocks left in use (0 unless something leaked). */
  close(): { liveBlocks: number } {
    this.vm.rt.decref(this.main);
    try {
      return this.interpreter.close();
    } finally {
      // After the teardown: a daemon thread's wait for input is released by it.
      this.input?.close();
      this.vm.scheduler.input = null;
    }
  }
}
