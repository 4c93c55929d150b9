/**
 * The `glasspy` command.
 *
 *   glasspy [options] FILE [args...]     run a program
 *   glasspy [options] -c CODE [args...]  run a string
 *   glasspy [options] < FILE             run standard input
 *
 * Exit status as CPython's: 0, 1 after an uncaught exception, SystemExit's code, 2 for a
 * usage error. docs/cli.md has the whole list of options.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { Interpreter, type InterpreterOptions } from "../index.js";
import { ProcessOutput } from "./output.js";
import { VERSION } from "./version.js";

const USAGE = "usage: glasspy [option] ... [-c cmd | file | -] [arg] ...";

const HELP = `${USAGE}
Options:
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-V     : print the version number and exit (also --version)
--heap-layout=classic|cpython311
       : the allocator's layout (default classic; see docs/heap.md)
--debug-heap
       : check reference counts on every decrement and poison freed blocks
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
`;

interface Parsed {
  options: InterpreterOptions;
  command?: string;
  file?: string;
  args: string[];
}

class UsageError extends Error {}

function parseCommandLine(argv: string[]): Parsed | "help" | "version" {
  const options: InterpreterOptions = {};
  let i = 0;
  while (i < argv.length) {
    const a = argv[i];
    if (a === "-h" || a === "--help" || a === "-?") return "help";
    if (a === "-V" || a === "--version") return "version";
    if (a === "--debug-heap") {
      options.debugHeap = true;
      i++;
      continue;
    }
    if (a.startsWith("--heap-layout")) {
      const value = a.includes("=") ? a.slice(a.indexOf("=") + 1) : argv[++i];
      if (value !== "classic" && value !== "cpython311") throw new UsageError(`--heap-layout must be classic or cpython311, not ${value}`);
      options.heapLayout = value;
      i++;
      continue;
    }
    if (a === "-c") {
      if (i + 1 >= argv.length) throw new UsageError("Argument expected for the -c option");
      return { options, command: argv[i + 1], args: ["-c", ...argv.slice(i + 2)] };
    }
    if (a === "-") return { options, file: "-", args: argv.slice(i) };
    if (a.startsWith("-") && a.length > 1) throw new UsageError(`Unknown option: ${a}`);
    return { options, file: a, args: argv.slice(i) };
  }
  return { options, file: "-", args: [""] };
}

function main(): number {
  let parsed: Parsed | "help" | "version";
  try {
    parsed = parseCommandLine(process.argv.slice(2));
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
  const out = new ProcessOutput();
  const options: InterpreterOptions = { ...parsed.options, stdout: out.stdout, stderr: out.stderr, argv: parsed.args };
  let status: number;
  if (parsed.command !== undefined) {
    const py = new Interpreter({ ...options, stdin: readStdinLines() }, "");
    status = py.runSource(parsed.command, "<string>");
    py.close();
  } else if (parsed.file === "-") {
    const source = fs.readFileSync(0, "utf8");
    const py = new Interpreter({ ...options, argv: parsed.args.length ? parsed.args : [""] }, "");
    status = py.runSource(source, "<stdin>");
    py.close();
  } else {
    const file = parsed.file!;
    if (!fs.existsSync(file)) {
      out.stderr(`glasspy: can't open file '${path.resolve(file)}': [Errno 2] No such file or directory\n`);
      return 2;
    }
    const py = new Interpreter({ ...options, stdin: readStdinLines() }, path.dirname(path.resolve(file)));
    status = py.runFile(file);
    py.close();
  }
  out.flush();
  return status;
}

/** Standard input read lazily, one line per call (synchronously, as input() blocks). */
function readStdinLines(): () => string | null {
  let buffered = "";
  let done = false;
  const chunk = Buffer.alloc(65536);
  return () => {
    for (;;) {
      const nl = buffered.indexOf("\n");
      if (nl >= 0) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        return line;
      }
      if (done) {
        if (buffered === "") return null;
        const line = buffered;
        buffered = "";
        return line;
      }
      let n = 0;
      try {
        n = fs.readSync(0, chunk, 0, chunk.length, null);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "EAGAIN") continue;
        n = 0;
      }
      if (n === 0) done = true;
      else buffered += chunk.toString("utf8", 0, n);
    }
  };
}

process.exitCode = main();
