/**
 * The `glasspy` command.
 *
 *   glasspy [options] FILE [args...]     run a program
 *   glasspy [options] -c CODE [args...]  run a string
 *   glasspy [options] -m MODULE [args...] run a module found on sys.path as __main__
 *   glasspy [options] < FILE             run standard input
 *   glasspy [options]                    the REPL, on a terminal (or after a program with -i)
 *
 * Exit status as CPython's: 0, 1 after an uncaught exception, SystemExit's code, 2 for a
 * usage error; an uncaught KeyboardInterrupt ends the process by SIGINT, as CPython does
 * (a shell sees 130). docs/cli.md has the whole list of options.
 *
 * Code runs through the asynchronous driver (src/vm/driver.ts), which lets Node's event loop
 * run between slices: that is how a SIGINT reaches it.
 *
 * This module runs nothing when loaded: `startCommand` is called by whichever way the process
 * started (scripts/build.mjs makes both). From V8's start-up snapshot (snapshot.ts), it gets
 * the interpreter the snapshot holds, built before the process existed; from the plain bundle
 * (launcher.ts), it builds one.
 */
import * as fs from "../host/node-fs.js";
import * as os from "../host/node-os.js";
import * as path from "../host/node-path.js";
import { ProcessOutput } from "./output.js";
import { isTerminal } from "./is-terminal.js";
import { VERSION } from "./version.js";
import { HELP, USAGE, UsageError, parseCommandLine, tracemallocFrames, type CommandLine } from "./options.js";
import { Interpreter, type InterpreterOptions } from "../index.js";
import type { VM } from "../vm/vm.js";
import { Session, type Outcome } from "./session.js";
import { StdinReader } from "./stdin.js";
import { PipeLines, TerminalLines, type LineSource } from "./terminal.js";
import { runRepl } from "./repl.js";
import { complete, wordAtEnd } from "./completion.js";
import { findModule } from "./find-module.js";
import { PY_RAISED } from "../objects/errors.js";
import { lookupAttr } from "../objects/abstract.js";
import { RuntimeLocal } from "../objects/runtime-local.js";
// Last: the session above has loaded the object layer in its order.
import { startTracemalloc } from "../modules/tracemalloc-store.js";
import { startEvalLoopWork } from "../vm/eval-loop-tiering.js";

/** The heap of the interpreter rehearseCommand runs `pass` in. */
const REHEARSAL_HEAP_BYTES = 64 << 20;

/** The exit status, or "interrupted": end by SIGINT, as CPython after KeyboardInterrupt. */
type Status = number | "interrupted";

/**
 * Gives the interpreter built in advance, ready for this process, when it matches `options`
 * (the start-up snapshot's; undefined when there is none or it does not fit).
 */
export type PrebuiltVM = (options: InterpreterOptions) => VM | undefined;

async function main(prebuilt: PrebuiltVM | undefined, args: readonly string[]): Promise<Status> {
  let parsed: CommandLine | "help" | "version";
  try {
    parsed = parseCommandLine(args);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`${e.message}\n${USAGE}\nTry \`glasspy -h' for more information.\n`);
    return 2;
  }
  if (parsed === "help") {
    process.stdout.write(HELP);
    return 0;
  }
  if (parsed === "version") {
    process.stdout.write(`glasspy ${VERSION} (Python 3.11 semantics)\n`);
    return 0;
  }
  const cl = parsed;
  const tracemalloc = tracemallocFrames(cl.xoptions, process.env);
  if ("fatal" in tracemalloc) {
    process.stderr.write(tracemalloc.fatal);
    return 1;
  }
  const out = new ProcessOutput();
  const stdinReader = new StdinReader(() => out.flush());
  const stdin = () => {
    const line = stdinReader.readLine();
    out.lineEntered();
    return line;
  };
  const program = cl.program;
  // No program: the REPL, on a terminal or with -i (then prompts go to stderr).
  // isTerminal, not process.stdin.isTTY: making Node's stream objects costs a few milliseconds.
  const interactive = program.kind === "stdin" && !program.dash && (isTerminal(0) || cl.inspect);

  let scriptDir: string | undefined;
  let mainFile: string | undefined;
  if (program.kind === "file") {
    const file = path.resolve(program.path);
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
      out.stderr(`glasspy: can't open file '${file}': [Errno 2] No such file or directory\n`);
      return 2;
    }
    scriptDir = path.dirname(file);
    mainFile = file;
  } else if (program.kind === "module") {
    scriptDir = process.cwd();
  }
  const prebuiltVM = prebuilt?.(cl.interpreter);
  const session = new Session({ ...cl.interpreter, stdout: out.stdout, flushStdout: () => out.flush(), stderr: out.stderr, stdin, argv: cl.argv, prebuiltVM }, scriptDir, mainFile);
  session.setXOptions(cl.xoptions);
  session.readInputFrom(stdinReader);
  // -X tracemalloc / PYTHONTRACEMALLOC: trace from before the program's first line.
  if (tracemalloc.nframe > 0) startTracemalloc(session.vm.rt, tracemalloc.nframe);

  let lines: LineSource | undefined;
  const onSigint = () => {
    if (session.running) session.driver.interrupt();
    else lines?.interrupt();
  };
  process.on("SIGINT", onSigint);
  let status: Status = 0;
  try {
    let outcome: Outcome = { kind: "ok" };
    if (program.kind === "command") {
      outcome = await session.runProgram(program.code, "<string>", false, cl.inspect);
    } else if (program.kind === "file") {
      outcome = await session.runProgram(fs.readFileSync(mainFile!, "utf8"), mainFile!, true, cl.inspect);
    } else if (program.kind === "module") {
      outcome = await runModule(session, program.name, out, cl.inspect);
    } else if (!interactive) {
      outcome = await session.runProgram(stdinReader.readAll(), "<stdin>", false, cl.inspect);
    }
    status = outcome.kind === "exit" ? outcome.status : outcome.kind === "error" ? 1 : outcome.kind === "interrupted" ? "interrupted" : 0;
    // -i: the prompt after the program, whatever became of it.
    if (interactive || cl.inspect) {
      const terminal = isTerminal(0) && isTerminal(1);
      lines = terminal ? terminalLines(session) : new PipeLines(() => stdinReader.nextLine(), out.stderr);
      status = await runRepl(session, { lines, output: out, showBanner: !cl.quiet && interactive, eofNewlineOnStderr: !terminal, redrawsLine: terminal });
    }
  } finally {
    lines?.close();
    out.flush();
    // The process ends next: freeing the object world would be work nobody can observe.
    session.interpreter.closeFreesHeap = false;
    session.close();
    out.flush();
    process.removeListener("SIGINT", onSigint);
  }
  return status;
}

function terminalLines(session: Session): TerminalLines {
  return new TerminalLines({
    completer: (line) => {
      const word = wordAtEnd(line);
      // Tab with nothing to complete indents, as CPython's completer does.
      if (word === "" && line.trim() === "") return [["    "], ""];
      return [complete(session.vm, session.globals, word), word];
    },
    historyFile: path.join(os.homedir(), ".glasspy_history"),
  });
}

/** -m NAME: sys.argv[0] and __main__.__file__ become the module's file, as in CPython. */
async function runModule(session: Session, name: string, out: ProcessOutput, inspecting: boolean): Promise<Outcome> {
  const found = findModule(session, name);
  if (found.kind === "raised") {
    session.vm.handleUncaught(PY_RAISED);
    return { kind: "error" };
  }
  if (found.kind === "missing") {
    out.stderr(`glasspy: ${found.message}\n`);
    return { kind: "error" };
  }
  const rt = session.vm.rt;
  const argv = lookupAttr(rt, session.vm.sys, rt.identifier("argv"));
  if (argv !== 0) {
    if (rt.typeOf(argv) === rt.T.list) session.vm.setPathEntry(argv, 0, found.file);
    rt.decref(argv);
  }
  session.setMainString("__file__", found.file);
  const dot = found.name.lastIndexOf(".");
  session.setMainString("__package__", dot < 0 ? "" : found.name.slice(0, dot));
  return session.runProgram(found.source, found.file, true, inspecting);
}

/** Run the command that process.argv gives, to the end; the exit status goes to process.exitCode. */
export function startCommand(prebuilt?: PrebuiltVM): void {
  startEvalLoopWork();
  main(prebuilt, process.argv.slice(2)).then(
    (status) => {
      if (status === "interrupted") {
        // CPython re-raises SIGINT with its default action, so that the parent sees it.
        process.kill(process.pid, "SIGINT");
        return;
      }
      process.exitCode = status;
      // Everything the command wrote is written (ProcessOutput writes synchronously, and so do
      // Node's standard streams on files, pipes and terminals): the process ends here rather
      // than when Node's event loop is empty, which spares a millisecond of tearing down
      // V8's heap and Node's environment for nobody to see.
      process.exit();
    },
    (error: unknown) => {
      process.stderr.write(`glasspy: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}

/**
 * The command's own path, run once by the start-up snapshot's builder (snapshot.ts) on a
 * program that prints nothing (`-c` with `source`, in an interpreter of its own): what every
 * start runs before and after the program (the command line, the session, the exit's
 * teardown), and what the program runs, then has its bytecode in the snapshot instead of
 * being compiled at each start.
 */
export async function rehearseCommand(source = "pass"): Promise<void> {
  // (A small heap, as the builder's warm-up interpreter's.)
  let vm: VM | undefined;
  const status = await main(() => (vm = new Interpreter({ maxHeapBytes: REHEARSAL_HEAP_BYTES }).vm), ["-c", source]);
  // The command leaves its interpreter as a process about to end may (closeForExit, not
  // freed): nothing may keep it, or its heap would be written into the snapshot.
  if (vm !== undefined) RuntimeLocal.forget(vm.rt);
  if (status !== 0) throw new Error(`the snapshot's rehearsal of the command failed (status ${status})`);
}
