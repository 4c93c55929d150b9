/**
 * The `glasspy` command line, read as CPython reads its own: single-letter options may be
 * grouped (`-iq`) and take their argument attached or as the next word (`-c'code'`,
 * `-X dev`); `-c`, `-m`, `-`, a file name or `--` end the options, and everything after goes
 * to the program in sys.argv. Mistakes throw UsageError, which the caller reports with the
 * usage line and exit status 2, as CPython does.
 */
import type { InterpreterOptions } from "../index.js";

export const USAGE = "usage: glasspy [option] ... [-c cmd | -m mod | file | -] [arg] ...";

export const HELP = `${USAGE}
Options:
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script or -c; forces a prompt
         even if stdin does not appear to be a terminal
-m mod : run library module as a script (terminates option list); the module
         is looked for on sys.path: the current folder, then glasspy's lib/
-q     : don't print the version message on interactive startup
-V     : print the version number and exit (also --version)
-X opt : set implementation-specific option (sys._xoptions); -X name=value
         stores 'value', -X name stores True; any name is accepted
--heap-layout=classic|cpython311
       : the allocator's layout (default classic; see docs/heap.md)
--debug-heap
       : check reference counts on every decrement and poison freed blocks
--gc-every-allocation
       : run the cycle collector after every GC allocation (a debug mode)
--switch-every=N
       : switch threads every N check points instead of every switch
         interval: the same interleaving on every run (docs/threads.md)
Arguments:
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
`;

export class UsageError extends Error {}

/** What to run. */
export type Program =
  | { readonly kind: "command"; readonly code: string }
  | { readonly kind: "module"; readonly name: string }
  | { readonly kind: "file"; readonly path: string }
  /** Standard input: a program, or the REPL when it is a terminal (`-` forces a program). */
  | { readonly kind: "stdin"; readonly dash: boolean };

export interface CommandLine {
  readonly interpreter: InterpreterOptions;
  readonly program: Program;
  /** sys.argv as CPython sets it before the program starts (-m fixes argv[0] later). */
  readonly argv: readonly string[];
  /** -i: the REPL after the program. */
  readonly inspect: boolean;
  /** -q: no banner. */
  readonly quiet: boolean;
  /** -X options in order: name and value (true when given without `=`). */
  readonly xoptions: ReadonlyArray<readonly [string, string | true]>;
}

const FLAGS = new Set(["i", "q"]);
const WITH_ARGUMENT = new Set(["c", "m", "X"]);

export function parseCommandLine(argv: readonly string[]): CommandLine | "help" | "version" {
  const interpreter: InterpreterOptions = {};
  const xoptions: Array<[string, string | true]> = [];
  let inspect = false;
  let quiet = false;
  const done = (program: Program, args: readonly string[]): CommandLine => ({ interpreter, program, argv: args, inspect, quiet, xoptions });
  let i = 0;
  while (i < argv.length) {
    const a = argv[i];
    if (a === "-") return done({ kind: "stdin", dash: true }, argv.slice(i));
    if (a === "--") {
      const rest = argv.slice(i + 1);
      return rest.length === 0 ? done({ kind: "stdin", dash: false }, [""]) : done({ kind: "file", path: rest[0] }, rest);
    }
    if (!a.startsWith("-")) return done({ kind: "file", path: a }, argv.slice(i));
    if (a.startsWith("--")) {
      const [name, inline] = a.includes("=") ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a, undefined];
      if (name === "--help") return "help";
      if (name === "--version") return "version";
      if (name === "--debug-heap" && inline === undefined) {
        interpreter.debugHeap = true;
        i++;
        continue;
      }
      if (name === "--gc-every-allocation" && inline === undefined) {
        interpreter.gcEveryAllocation = true;
        i++;
        continue;
      }
      if (name === "--switch-every") {
        const value = inline ?? argv[++i];
        if (value === undefined) throw new UsageError("Argument expected for the --switch-every option");
        if (!/^[1-9][0-9]*$/.test(value)) throw new UsageError(`--switch-every must be a positive integer, not ${value}`);
        interpreter.switchEvery = Number(value);
        i++;
        continue;
      }
      if (name === "--heap-layout") {
        const value = inline ?? argv[++i];
        if (value === undefined) throw new UsageError("Argument expected for the --heap-layout option");
        if (value !== "classic" && value !== "cpython311") throw new UsageError(`--heap-layout must be classic or cpython311, not ${value}`);
        interpreter.heapLayout = value;
        i++;
        continue;
      }
      throw new UsageError(`unknown option ${name}`);
    }
    // A group of single-letter options; one taking an argument ends the group.
    for (let k = 1; k < a.length; k++) {
      const letter = a[k];
      if (letter === "h" || letter === "?") return "help";
      if (letter === "V") return "version";
      if (FLAGS.has(letter)) {
        if (letter === "i") inspect = true;
        else quiet = true;
        continue;
      }
      if (!WITH_ARGUMENT.has(letter)) throw new UsageError(`Unknown option: -${letter}`);
      let value: string;
      if (k + 1 < a.length) value = a.slice(k + 1);
      else if (i + 1 < argv.length) value = argv[++i];
      else throw new UsageError(`Argument expected for the -${letter} option`);
      if (letter === "c") return done({ kind: "command", code: value }, ["-c", ...argv.slice(i + 1)]);
      if (letter === "m") return done({ kind: "module", name: value }, ["-m", ...argv.slice(i + 1)]);
      const eq = value.indexOf("=");
      xoptions.push(eq < 0 ? [value, true] : [value.slice(0, eq), value.slice(eq + 1)]);
      break;
    }
    i++;
  }
  return done({ kind: "stdin", dash: false }, [""]);
}

/** The largest traceback limit tracemalloc accepts (CPython's MAX_NFRAME). */
const TRACEMALLOC_MAX_NFRAME = 65535;

/**
 * Whether to start tracemalloc before the program, as CPython decides it: `-X tracemalloc`
 * (1 frame) or `-X tracemalloc=N` wins over `PYTHONTRACEMALLOC=N` (ignored when empty);
 * 0 frames means "do not trace". Returns the frame count, or the fatal error CPython prints
 * (status 1) for a value that is not a number of frames.
 */
export function tracemallocFrames(
  xoptions: CommandLine["xoptions"], env: Readonly<Record<string, string | undefined>>,
): { readonly nframe: number } | { readonly fatal: string } {
  const parse = (text: string): number | undefined => (/^\s*[+-]?\d+$/.test(text) ? Number(text.trim()) : undefined);
  let option: string | true | undefined;
  for (const [name, value] of xoptions) if (name === "tracemalloc") option = value;
  let nframe = 0;
  if (option !== undefined) {
    const n = option === true ? 1 : parse(option);
    if (n === undefined || n < 0) {
      return { fatal: "Fatal Python error: config_init_tracemalloc: -X tracemalloc=NFRAME: invalid number of frames\nPython runtime state: preinitialized\n\n" };
    }
    nframe = n;
  } else if (env.PYTHONTRACEMALLOC !== undefined && env.PYTHONTRACEMALLOC !== "") {
    const n = parse(env.PYTHONTRACEMALLOC);
    if (n === undefined || n < 0) {
      return { fatal: "Fatal Python error: config_init_tracemalloc: PYTHONTRACEMALLOC: invalid number of frames\nPython runtime state: preinitialized\n\n" };
    }
    nframe = n;
  }
  if (nframe > TRACEMALLOC_MAX_NFRAME) {
    return {
      fatal: "Fatal Python error: init_interp_main: can't initialize tracemalloc\nPython runtime state: core initialized\n"
        + `ValueError: the number of frames must be in range [1; ${TRACEMALLOC_MAX_NFRAME}]\n\n`,
    };
  }
  return { nframe };
}
