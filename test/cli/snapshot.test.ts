// The `glasspy` command as users run it: the script dist/glasspy, which starts Node from the
// start-up snapshot (src/cli/snapshot.ts) when it fits and runs the plain bundle otherwise.
// Both must behave alike: argv, sys.path, standard input, exit statuses, what runs at exit.
// The build (scripts/build.mjs) makes a dist/ of its own in a temporary folder; `sh -x` shows
// which way the script went.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFile, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, renameSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { removeWork, root } from "./bundle.js";
import { discoverPrograms, programArgs, programStdin, recording, withPlaceholder, type Program } from "../programs/_harness/corpus.js";
import { EVAL_LOOP_FILTER } from "../../src/vm/eval-loop-tiering.js";
// @ts-expect-error: a JavaScript module without declarations
import { buildDist, nodeOptionsFor } from "../../scripts/build.mjs";
// @ts-expect-error: a JavaScript module without declarations
import { withoutBuiltinCodeCache } from "../../scripts/snapshot-code-cache.mjs";

let work = "";
let dist = "";
let command = "";
const warnings: string[] = [];

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "glasspy-snapshot-"));
  dist = path.join(work, "dist");
  command = path.join(dist, "glasspy");
  await buildDist({ dist, warn: (w: string) => warnings.push(w) });
}, 120_000);
afterAll(() => removeWork(work));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  /** "snapshot" or "plain": which exec line of the script ran. */
  way: string;
}

function run(args: string[], { input = "", env = {}, via = command }: { input?: string; env?: Record<string, string>; via?: string } = {}): Run {
  const r = spawnSync("sh", ["-x", via, ...args], { input, encoding: "utf8", cwd: work, env: { ...process.env, NODE_OPTIONS: "", ...env } });
  // The shell's trace ends with the exec line; what follows is the program's.
  const lines = r.stderr.split("\n");
  const at = lines.findIndex((l) => l.startsWith("+ exec "));
  const exec = at < 0 ? "" : lines[at];
  const way = exec.includes("--snapshot-blob") ? "snapshot" : exec.includes("glasspy.mjs") ? "plain" : `none: ${r.stderr}`;
  const stderr = lines.slice(at + 1).join("\n");
  return { status: r.status, stdout: r.stdout, stderr, way };
}

function script(name: string, text: string): string {
  const file = path.join(work, name);
  writeFileSync(file, text);
  return file;
}

/** A program whose output depends on everything the process must set after the snapshot loads. */
const PROCESS_PROGRAM = [
  "import sys, time, gc",
  "print(sys.argv)",
  "print(sys.path)",
  "print(sorted(sys.modules))",
  "print(abs(time.time() - float(sys.argv[1])) < 60)",
  "print(input(), input())",
  "print(sys.stdin.read(), end='')",
  "print(gc.get_count(), gc.get_threshold(), gc.isenabled(), sys.getrecursionlimit())",
].join("\n");

describe("the glasspy script", () => {
  it("built a snapshot and the precompiled lib/", () => {
    expect(warnings).toEqual([]);
    expect(existsSync(path.join(dist, "glasspy.blob"))).toBe(true);
    expect(existsSync(path.join(dist, "glasspy-heap.image"))).toBe(true);
    expect(existsSync(path.join(dist, "glasspy-lib.code"))).toBe(true);
  });

  it("minifies the snapshot's identifiers but keeps the name the eval loop's V8 filter matches", () => {
    // V8 keeps the bundle's text twice (scripts/build.mjs); `--turbo-filter=-runSlice` holds the
    // eval loop back from TurboFan by its function's name (src/vm/eval-loop-tiering.ts).
    const text = readFileSync(path.join(dist, "glasspy-snapshot.cjs"), "utf8");
    expect(text).not.toMatch(/\bfunction evalSlice\(/);
    const name = EVAL_LOOP_FILTER.slice("--turbo-filter=-".length);
    expect(name).toBe("runSlice");
    expect(text).toMatch(new RegExp(`[{,]${name}\\([\\w$,]*\\)\\{`));
  });

  it("keeps the functions the command does not run for its warm-up out of the snapshot, and loads them on first use", () => {
    // scripts/defer-cold-functions.mjs: a cold function's text is in glasspy-deferred.code and
    // the bundle holds a stand-in; `-c pass` needs none of them.
    expect(existsSync(path.join(dist, "glasspy-deferred.code"))).toBe(true);
    const env = { GLASSPY_TRACE_DEFERRED: "1" };
    expect(run(["-c", "pass"], { env })).toMatchObject({ way: "snapshot", stdout: "", stderr: "", status: 0 });
    // Complex numbers, bytes methods and \N{} names are not in the builder's warm-up program
    // (the expected output is python3.11's).
    const code = "print(complex(1, 2) * (3 - 1j), b'a-b-c'.split(b'-'), bytearray(b'xy').hex(), '\\N{snowman}')";
    const r = run(["-c", code], { env });
    expect(r).toMatchObject({ way: "snapshot", stdout: "(5+5j) [b'a', b'b', b'c'] 7879 \u2603\n", status: 0 });
    expect(r.stderr).toMatch(/^glasspy: deferred code loaded: complex\.ts \(\d+ bytes\)$/m);
    expect(r.stderr).toMatch(/^glasspy: deferred code loaded: unicode-names\.ts \(\d+ bytes\)$/m);
    // Each chunk once.
    const loaded = r.stderr.split("\n").filter((l) => l !== "");
    expect(new Set(loaded).size).toBe(loaded.length);
    expect(run(["-c", code]).stderr).toBe("");
  });

  it("leaves Node's code cache of its own modules out of the snapshot", () => {
    // Node's debug output says how many module caches the snapshot brought (node_builtins.cc).
    const r = run(["-c", "print('cache')"], { env: { NODE_DEBUG_NATIVE: "CODE_CACHE" } });
    expect(r).toMatchObject({ way: "snapshot", stdout: "cache\n", status: 0 });
    expect(r.stderr).toContain("snapshot contains 0 code cache");
    const blob = readFileSync(path.join(dist, "glasspy.blob"));
    expect(withoutBuiltinCodeCache(blob)).toBeUndefined();
    expect(withoutBuiltinCodeCache(Buffer.from("not a snapshot blob"))).toBeUndefined();
  });

  it("does not load node:tty for standard streams on /dev/null", () => {
    // Node's debug output names each of its modules compiled after start (node_builtins.cc).
    const input = openSync("/dev/null", "r");
    const output = openSync("/dev/null", "w");
    const env = { ...process.env, NODE_OPTIONS: "", NODE_DEBUG_NATIVE: "CODE_CACHE" };
    const quiet = spawnSync(command, ["-c", "import sys; sys.exit(sys.stdout.isatty() + 2 * sys.stdin.isatty() + 4)"], { stdio: [input, output, "pipe"], env, encoding: "utf8" });
    closeSync(input);
    closeSync(output);
    expect(quiet.status).toBe(4);
    expect(quiet.stderr).toContain("snapshot contains");
    expect(quiet.stderr).not.toContain("Compiling tty");
  });

  it("runs a program from the snapshot with this process's argv, path, clock and stdin", () => {
    const f = script("process.py", PROCESS_PROGRAM);
    const now = String(Date.now() / 1000);
    const r = run([f, now, "-c", "x"], { input: "first\nsecond\nrest\nof it\n" });
    expect(r.way).toBe("snapshot");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const [argv, sysPath, modules, clock, lines, ...rest] = r.stdout.split("\n");
    expect(argv).toBe(`['${f}', '${now}', '-c', 'x']`);
    expect(sysPath).toBe(`['${work}', '${path.join(work, "lib")}']`);
    expect(modules).toBe("['__main__', 'builtins', 'gc', 'sys', 'time']");
    expect([clock, lines, rest.slice(0, 2).join("\n")]).toEqual(["True", "first second", "rest\nof it"]);
  });

  it("gives the same output from the snapshot and from the plain bundle", () => {
    const f = script("same.py", PROCESS_PROGRAM);
    const now = String(Date.now() / 1000);
    const input = "a\nb\nc\n";
    const fromSnapshot = run([f, now], { input });
    const plain = run([f, now], { input, env: { NODE_OPTIONS: "--no-warnings" } });
    expect([fromSnapshot.way, plain.way]).toEqual(["snapshot", "plain"]);
    expect(fromSnapshot.stdout).toBe(plain.stdout);
    expect(fromSnapshot.stdout).toContain("a b\nc\n");
  });

  it("starts each process afresh: random numbers differ between runs", () => {
    const code = "import random; print(random.random())";
    const a = run(["-c", code]);
    const b = run(["-c", code]);
    expect([a.way, b.way]).toEqual(["snapshot", "snapshot"]);
    expect(a.stdout).not.toBe(b.stdout);
  });

  it("runs standard input, -c and -m from the snapshot", () => {
    expect(run([], { input: "print(6 * 7)\n" })).toMatchObject({ way: "snapshot", stdout: "42\n", status: 0 });
    expect(run(["-c", "import sys; print(sys.argv, sys.path[0] == '')", "a"])).toMatchObject({ stdout: "['-c', 'a'] True\n" });
    mkdirSync(path.join(work, "pkg"), { recursive: true });
    writeFileSync(path.join(work, "pkg", "__init__.py"), "");
    writeFileSync(path.join(work, "pkg", "hello.py"), "import sys\nprint('hello', sys.argv[1:], __name__)\n");
    expect(run(["-m", "pkg.hello", "z"])).toMatchObject({ way: "snapshot", stdout: "hello ['z'] __main__\n", status: 0 });
  });

  it("imports glasspy's own modules (lib/, found from the snapshot's folder)", () => {
    const r = run(["-c", "import collections, keyword; print(collections.Counter('abca').most_common(1), keyword.iskeyword('if'))"]);
    expect(r).toMatchObject({ way: "snapshot", stdout: "[('a', 2)] True\n", stderr: "", status: 0 });
  });

  it("names lib/ files in tracebacks of precompiled modules, with their lines", () => {
    const code = "import random; random.randrange(0)";
    const lines = readFileSync(path.join(root, "lib", "random.py"), "utf8").split("\n");
    const at = lines.findIndex((l) => l.includes('raise ValueError("empty range for randrange()")'));
    const expected = `  File "${path.join(work, "lib", "random.py")}", line ${at + 1}, in randrange\n    ${lines[at].trim()}\n`;
    const fromSnapshot = run(["-c", code]);
    const plain = run(["-c", code], { env: { NODE_OPTIONS: "--no-warnings" } });
    expect([fromSnapshot.way, fromSnapshot.status, plain.way]).toEqual(["snapshot", 1, "plain"]);
    expect(fromSnapshot.stderr).toContain(expected);
    expect(plain.stderr).toBe(fromSnapshot.stderr);
  });

  it("keeps exit statuses, tracebacks and the work done at exit", () => {
    const f = script("boom.py", "def f():\n    return 1 / 0\nf()\n");
    const boom = run([f]);
    expect([boom.way, boom.status]).toEqual(["snapshot", 1]);
    expect(boom.stderr).toContain(`  File "${f}", line 2, in f\n    return 1 / 0\n           ~~^~~\nZeroDivisionError: division by zero\n`);
    expect(run(["-c", "import sys; sys.exit(3)"]).status).toBe(3);
    // Output as CPython's (python3 prints exactly this).
    const atExit = script("at_exit.py", [
      "import atexit",
      "class D:",
      "    def __init__(self, n): self.n = n",
      "    def __del__(self): print('del', self.n)",
      "a = D(1)",
      "b = D(2); b.me = b",
      "def g():",
      "    try:",
      "        yield 1",
      "    finally:",
      "        print('generator closed')",
      "it = g(); next(it)",
      "atexit.register(print, 'atexit')",
      "print('end', end='')",
    ].join("\n"));
    expect(run([atExit])).toMatchObject({ way: "snapshot", status: 0, stdout: "endatexit\ndel 1\ndel 2\ngenerator closed\n" });
  });

  // The command stops after the atexit functions when nothing left could run Python code
  // (src/vm/exit-teardown.ts); these need the rest. Expected output: python3's.
  const AT_EXIT: Record<string, [string, string]> = {
    "a class without GC whose instances have __del__": [
      "class A:\n    __slots__ = ()\n    def __del__(self): print('A.__del__')\nkeep = [A()]\nprint('end')\n",
      "end\nA.__del__\n",
    ],
    "a metaclass with __del__": [
      "class Meta(type):\n    def __del__(cls): print('Meta.__del__', cls.__name__)\nclass K(metaclass=Meta): pass\nK.me = K\nprint('end')\n",
      "end\nMeta.__del__ K\n",
    ],
    "a suspended generator": [
      "def gen():\n    try:\n        yield 1\n    finally:\n        print('finally')\ng = gen(); next(g)\nprint('end')\n",
      "end\nfinally\n",
    ],
    "weak references with callbacks": [
      "import weakref\nclass C: pass\nc = C(); c.me = c\nd = C()\n"
        + "keep = [weakref.ref(c, lambda w: print('cb c')), weakref.ref(d, lambda w: print('cb d'))]\nprint('end')\n",
      "end\n",
    ],
    "nothing to finalize": ["class P:\n    def __init__(self): self.me = self\nps = [P() for i in range(100)]\nprint('end')\n", "end\n"],
  };
  for (const [what, [program, expected]] of Object.entries(AT_EXIT)) {
    it(`finishes as python3 does at exit: ${what}`, () => {
      const f = script("exit.py", program);
      expect(run([f])).toMatchObject({ way: "snapshot", status: 0, stdout: expected, stderr: "" });
    });
  }

  it("builds a fresh interpreter for options the snapshot's was not built with", () => {
    const r = run(["--heap-layout=cpython311", "-c", "import sys; print(sys.argv, sum(range(10)))", "q"]);
    expect(r).toMatchObject({ way: "snapshot", stdout: "['-c', 'q'] 45\n", stderr: "", status: 0 });
  });

  it("works through a symbolic link, as npm installs it", () => {
    const bin = path.join(work, "bin");
    mkdirSync(bin, { recursive: true });
    symlinkSync(path.relative(bin, command), path.join(bin, "glasspy"));
    const r = run(["-c", "import sys; print(sys.path[-1])"], { via: path.join(bin, "glasspy") });
    expect(r).toMatchObject({ way: "snapshot", stdout: `${path.join(work, "lib")}\n`, status: 0 });
  });

  it("runs the REPL on a terminal from the snapshot: line editing, completion, Ctrl-C", () => {
    // test/cli/pty-driver.py, as in repl.test.ts; `sh -x` is left out (it would echo on the terminal).
    const home = mkdtempSync(path.join(work, "home-"));
    const steps = [
      { expect: "(Python 3.11 semantics)" }, { expect: ">>> " },
      { send: "x = 6\n" }, { expect: ">>> " },
      { send: "x * 7\n" }, { expect: "42\n" }, { expect: ">>> " },
      { send: "impo\t" }, { expect: "import " }, { send: "math\n" }, { expect: ">>> " },
      { send: "math.sq\t" }, { expect: "math.sqrt(" }, { send: "16)\n" }, { expect: "4.0\n" }, { expect: ">>> " },
      { send: "while True: pass\n" }, { expect: "... " }, { send: "\n" }, { sleep: 0.3 }, { send: "\x03" },
      { expect: "KeyboardInterrupt\n" }, { expect: ">>> " },
      { send: "\x04" },
    ];
    const r = spawnSync("python3", [path.join(root, "test/cli/pty-driver.py"), JSON.stringify(steps), "sh", command], {
      encoding: "utf8", cwd: work, env: { ...process.env, HOME: home, TERM: "xterm", NODE_OPTIONS: "" }, timeout: 90_000,
    });
    expect(r.status).toBe(0);
    const t = JSON.parse(r.stdout) as { ok: boolean; failed: number | null; output: string; status: number };
    expect({ ok: t.ok, failed: t.failed, status: t.status }).toEqual({ ok: true, failed: null, status: 0 });
  });

  it("runs the plain bundle when NODE_OPTIONS is set", () => {
    expect(run(["-c", "print('plain')"], { env: { NODE_OPTIONS: "--no-warnings" } })).toMatchObject({ way: "plain", stdout: "plain\n", status: 0 });
  });

  it("starts Node without NODE_EXTRA_CA_CERTS, both ways", () => {
    // Node would read the file at start and warn that it cannot (scripts/command-script.mjs).
    const missing = { NODE_EXTRA_CA_CERTS: path.join(work, "no-such-certificates.pem") };
    expect(run(["-c", "print('certs')"], { env: missing })).toMatchObject({ way: "snapshot", stdout: "certs\n", stderr: "", status: 0 });
    expect(run(["-c", "print('certs')"], { env: { ...missing, NODE_OPTIONS: "--no-deprecation" } })).toMatchObject({ way: "plain", stdout: "certs\n", stderr: "", status: 0 });
  });

  /** The value the command script gives glibc's `name` when the environment has `value` for it. */
  const mallocSetting = (name: string, value: string | undefined): string | undefined => {
    const env: Record<string, string | undefined> = { ...process.env, NODE_OPTIONS: "", [name]: value };
    if (value === undefined) delete env[name];
    const r = spawnSync("sh", ["-x", command, "-c", "print('malloc')"], { encoding: "utf8", cwd: work, env });
    expect(r.stdout).toBe("malloc\n");
    return new RegExp(`^\\+ ${name}=(\\S*)$`, "m").exec(r.stderr)?.[1];
  };

  it("gives Node one malloc arena unless the environment sets MALLOC_ARENA_MAX", () => {
    // (V8's compiler thread would keep its freed memory in an arena of its own: scripts/command-script.mjs.)
    expect(mallocSetting("MALLOC_ARENA_MAX", undefined)).toBe("1");
    expect(mallocSetting("MALLOC_ARENA_MAX", "4")).toBe("4");
  });

  it("sets glibc's trim threshold unless the environment sets MALLOC_TRIM_THRESHOLD_", () => {
    // (Once Node freed its first copy of the snapshot file, glibc would raise it and stop
    // trimming its heap: scripts/command-script.mjs.)
    expect(mallocSetting("MALLOC_TRIM_THRESHOLD_", undefined)).toBe("1048576");
    expect(mallocSetting("MALLOC_TRIM_THRESHOLD_", "65536")).toBe("65536");
  });

  it("gives V8 one compiler thread fewer than the machine has cores, both ways", () => {
    // (Optimised code is compiled beside the program; with as many compiler threads as cores,
    // compilations took the eval loop's core: scripts/build.mjs, nodeOptionsFor.)
    expect(nodeOptionsFor(1)).toEqual(["--v8-pool-size=1"]);
    expect(nodeOptionsFor(2)).toEqual(["--v8-pool-size=1"]);
    expect(nodeOptionsFor(3)).toEqual(["--v8-pool-size=2"]);
    expect(nodeOptionsFor(64)).toEqual(["--v8-pool-size=4"]);
    const expected = nodeOptionsFor(availableParallelism())[0];
    for (const [way, env] of [["snapshot", {}], ["plain", { NODE_OPTIONS: "--no-deprecation" }]] as const) {
      const r = spawnSync("sh", ["-x", command, "-c", "print('pool')"], { encoding: "utf8", cwd: work, env: { ...process.env, NODE_OPTIONS: "", ...env } });
      expect(r.stdout).toBe("pool\n");
      const exec = r.stderr.split("\n").find((l) => l.startsWith("+ exec "))!;
      expect(exec.includes("--snapshot-blob") ? "snapshot" : "plain").toBe(way);
      expect(exec.split(" ")).toContain(expected);
    }
  });

  it("runs the plain bundle when node is newer than the snapshot", () => {
    const blob = path.join(dist, "glasspy.blob");
    utimesSync(blob, new Date(0), new Date(0));
    try {
      expect(run(["-c", "print('stale')"])).toMatchObject({ way: "plain", stdout: "stale\n", status: 0 });
    } finally {
      utimesSync(blob, new Date(), new Date());
    }
  });

  it("runs the plain bundle when there is no snapshot", () => {
    const blob = path.join(dist, "glasspy.blob");
    renameSync(blob, `${blob}.away`);
    try {
      expect(run(["-c", "print('no snapshot')"])).toMatchObject({ way: "plain", stdout: "no snapshot\n", status: 0 });
    } finally {
      renameSync(`${blob}.away`, blob);
    }
  });

  it("builds an interpreter of its own when the heap image beside the snapshot is missing", () => {
    const image = path.join(dist, "glasspy-heap.image");
    renameSync(image, `${image}.away`);
    try {
      expect(run(["-c", "import collections; print(collections.Counter('abca').most_common(1))"])).toMatchObject({ way: "snapshot", stdout: "[('a', 2)]\n", stderr: "", status: 0 });
    } finally {
      renameSync(`${image}.away`, image);
    }
  });

  it("runs the plain bundle when node on PATH is another binary", () => {
    const other = path.join(work, "other-node");
    mkdirSync(other, { recursive: true });
    writeFileSync(path.join(other, "node"), `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} "$@"\n`, { mode: 0o755 });
    const r = run(["-c", "print('other')"], { env: { PATH: `${other}:${process.env.PATH}` } });
    expect(r).toMatchObject({ way: "plain", stdout: "other\n", status: 0 });
  });
});

// The corpus (test/programs, test/programs.test.ts) runs in-process; the command differs from
// that by all it does around a program (arguments, streams, exit, the teardown at exit) and by
// the snapshot's bundle, whose cold functions are loaded from a file on first call
// (scripts/defer-cold-functions.mjs): every program runs once more through dist/glasspy, as
// scripts/record-expected.py ran python3 (in its folder, by its file name).

/** How `program` run through the command differs from its recording ("" when it does not). */
function runCorpusProgram(program: Program): Promise<string> {
  const folder = path.dirname(program.file);
  const expected = recording(program);
  return new Promise((resolve) => {
    execFile(command, [path.basename(program.file), ...programArgs(program)], { cwd: folder, encoding: "utf8", timeout: 60_000, env: { ...process.env, NODE_OPTIONS: "" } }, (error, stdout, stderr) => {
      const status = error === null ? 0 : typeof error.code === "number" ? error.code : -1;
      const differences = [];
      if (withPlaceholder(stdout, folder) !== expected.stdout) differences.push("stdout");
      if (withPlaceholder(stderr, folder) !== expected.stderr) differences.push(`stderr ${JSON.stringify(stderr.slice(0, 300))}`);
      if (status !== expected.status) differences.push(`status ${status}`);
      resolve(differences.join(", "));
    }).stdin?.end(programStdin(program));
  });
}

describe("the behaviour corpus through the command", () => {
  it("gives python3's output, errors and status for every program", async () => {
    const programs = discoverPrograms().filter((p) => !p.pending);
    expect(programs.length).toBeGreaterThan(700);
    const failures: string[] = [];
    let next = 0;
    const worker = async () => {
      while (next < programs.length) {
        const program = programs[next++]!;
        const difference = await runCorpusProgram(program);
        if (difference !== "") failures.push(`${program.name}: ${difference}`);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, availableParallelism()) }, worker));
    expect(failures).toEqual([]);
  }, 600_000);
});
