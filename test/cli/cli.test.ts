// The glasspy command through real processes and pipes: options, exit statuses, streams, the
// prompt when standard input is not a terminal (-i). The REPL on a terminal is in repl.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { bundleCli, removeWork, root } from "./bundle.js";

let cli = "";
let work = "";
beforeAll(async () => {
  ({ cli, work } = await bundleCli());
}, 60_000);
afterAll(() => removeWork(work));

function run(args: string[], input = "") {
  const r = spawnSync(process.execPath, [cli, ...args], { input, encoding: "utf8", cwd: work });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function script(name: string, text: string): string {
  const file = path.join(work, name);
  writeFileSync(file, text);
  return file;
}

describe("glasspy command", () => {
  it("runs a file with its arguments in sys.argv", () => {
    const f = script("args.py", "import sys\nprint(sys.argv[1:], len(sys.argv))\n");
    expect(run([f, "a", "b"])).toEqual({ status: 0, stdout: "['a', 'b'] 3\n", stderr: "" });
  });

  it("runs -c with the rest of the line as sys.argv", () => {
    expect(run(["-c", "import sys; print(sys.argv)", "x"]).stdout).toBe("['-c', 'x']\n");
  });

  it("reads a program from standard input when given no file", () => {
    expect(run([], "print(6 * 7)\n").stdout).toBe("42\n");
  });

  it("prints gc.set_debug's statistics for each of CPython's four collections at exit", () => {
    // python3.11 prog.py prints four "collecting generation 2" blocks after "end" (the counts
    // are its own); the collections are PyGC_Collect's and three _PyGC_CollectNoFail's.
    const f = script("gc_exit.py", "import gc\ngc.set_debug(gc.DEBUG_STATS)\nprint('end')\n");
    const r = run([f]);
    expect(r.stdout).toBe("end\n");
    expect(r.stderr.match(/^gc: collecting generation 2\.\.\.$/gm)?.length).toBe(4);
    expect(r.stderr.match(/^gc: done, \d+ unreachable, 0 uncollectable, \d+\.\d{4}s elapsed$/gm)?.length).toBe(4);
  });

  it("exits 1 after an uncaught exception, with the traceback on stderr", () => {
    const f = script("boom.py", "def f():\n    return 1 / 0\nf()\n");
    const r = run([f]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `Traceback (most recent call last):\n  File "${f}", line 3, in <module>\n    f()\n` +
        `  File "${f}", line 2, in f\n    return 1 / 0\n           ~~^~~\nZeroDivisionError: division by zero\n`,
    );
  });

  it("ends cleanly when a class whose creation failed lives on in a cycle until exit", () => {
    // The metaclass's mro() raises before the class has its slot table; the traceback kept in
    // `err` holds the half-made class until the collections at exit (python3.11: status 0).
    const f = script("failed_class.py", [
      "class Bad(type):",
      "    def mro(cls):",
      "        return [cls, 1, object]",
      "try:",
      "    class X(metaclass=Bad): pass",
      "except TypeError as e:",
      "    err = e",
      "print(err)",
    ].join("\n"));
    expect(run([f])).toEqual({ status: 0, stdout: "mro() returned a non-class ('int')\n", stderr: "" });
  });

  it("honours SystemExit codes and messages", () => {
    expect(run(["-c", "import sys; sys.exit(3)"]).status).toBe(3);
    const r = run(["-c", "raise SystemExit('bye')"]);
    expect([r.status, r.stderr]).toEqual([1, "bye\n"]);
  });

  it("reports a syntax error without running anything", () => {
    const f = script("bad.py", "print('first')\nx = (1,\n");
    const r = run([f]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`  File "${f}", line 2\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n`);
  });

  it("gives a usage error with status 2 for a mistaken option, in CPython's words", () => {
    const usage = "usage: glasspy [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `glasspy -h' for more information.\n";
    expect(run(["-Z"])).toEqual({ status: 2, stdout: "", stderr: `Unknown option: -Z\n${usage}` });
    expect(run(["-qZ"])).toEqual({ status: 2, stdout: "", stderr: `Unknown option: -Z\n${usage}` });
    expect(run(["--no-such-option"])).toEqual({ status: 2, stdout: "", stderr: `unknown option --no-such-option\n${usage}` });
    for (const option of ["-c", "-m", "-X"]) {
      expect(run([option])).toEqual({ status: 2, stdout: "", stderr: `Argument expected for the ${option} option\n${usage}` });
    }
  });

  it("lists every option with -h", () => {
    const r = run(["-h"]);
    expect(r.status).toBe(0);
    for (const option of ["-c cmd", "-h", "-i", "-m mod", "-q", "-V", "-X opt", "--heap-layout", "--debug-heap", "file", "-  "]) {
      expect(r.stdout).toContain(option);
    }
  });

  it("groups single-letter options and takes their arguments attached", () => {
    expect(run(["-qc", "print('grouped')"]).stdout).toBe("grouped\n");
    expect(run(["-cprint('attached')"]).stdout).toBe("attached\n");
  });

  it("keeps -X options in sys._xoptions", () => {
    const r = run(["-X", "tracemalloc", "-Xfrozen_modules=off", "-X", "whatever=a=b", "-c", "import sys; print(sys._xoptions)"]);
    expect(r.stdout).toBe("{'tracemalloc': True, 'frozen_modules': 'off', 'whatever': 'a=b'}\n");
  });

  it("runs a module or a package found on sys.path with -m", () => {
    mkdirSync(path.join(work, "mpkg"), { recursive: true });
    script("mhello.py", "import sys\nprint(__name__, sys.argv[1:], sys.argv[0] == __file__, __file__.endswith('mhello.py'))\n");
    script("mpkg/__init__.py", "print('init')\n");
    script("mpkg/__main__.py", "print('package main', __name__, __package__)\n");
    script("mpkg/sub.py", "print('sub', __name__, __package__)\n");
    expect(run(["-m", "mhello", "a", "b"])).toEqual({ status: 0, stdout: "__main__ ['a', 'b'] True True\n", stderr: "" });
    expect(run(["-m", "mpkg"]).stdout).toBe("init\npackage main __main__ mpkg\n");
    expect(run(["-m", "mpkg.sub"]).stdout).toBe("init\nsub __main__ mpkg\n");
    expect(run(["-m", "keyword"]).status).toBe(0);
    expect(run(["-m", "no_such_module"])).toEqual({ status: 1, stdout: "", stderr: "glasspy: No module named no_such_module\n" });
    expect(run(["-m", "math"]).stderr).toBe("glasspy: No code object available for math\n");
  });

  it("runs standard input as a program with '-' in sys.argv[0], showing no source lines", () => {
    expect(run(["-", "a"], "import sys; print(sys.argv)\n").stdout).toBe("['-', 'a']\n");
    expect(run([], "x = 1\n1 / 0\n").stderr).toBe(
      'Traceback (most recent call last):\n  File "<stdin>", line 2, in <module>\nZeroDivisionError: division by zero\n',
    );
  });

  it("gives status 2 for a missing file", () => {
    const r = run([path.join(work, "missing.py")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("can't open file");
  });

  it("prints its version and says which semantics it follows", () => {
    expect(run(["--version"]).stdout).toMatch(/^glasspy \d+\.\d+\.\d+ \(Python 3\.11 semantics\)\n$/);
  });

  it("chooses the heap layout from --heap-layout", () => {
    const code = "import sys; sys._debugmallocstats()";
    expect(run(["--heap-layout=cpython311", "-c", code]).stderr).toMatch(/^Small block threshold = 512, in 32 size classes\./);
    expect(run(["--heap-layout=classic", "-c", code]).stderr).toMatch(/^Small block threshold = 512, in 64 size classes\./);
    expect(run(["--heap-layout=tiny", "-c", "pass"]).status).toBe(2);
  });

  it("runs the same program in the heap debug mode", () => {
    const r = run(["--debug-heap", "-c", "x = [str(i) for i in range(100)]; del x; print('ok')"]);
    expect([r.status, r.stdout]).toEqual([0, "ok\n"]);
  });
});

describe("the prompt when standard input is not a terminal (-i)", () => {
  it("reads statements one at a time, as CPython does, prompts on stderr", () => {
    const input = "x = 1\nx\nif x:\n  print('a')\n\n1/0\nx+1\n_\nNone\nprint(_)\n1 +\n";
    const r = run(["-i", "-q"], input);
    expect(r.stdout).toBe("1\na\n2\n2\n2\n");
    expect(r.stderr).toBe(
      ">>> >>> >>> ... ... >>> Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n" +
        "ZeroDivisionError: division by zero\n>>> >>> >>> >>> >>>   File \"<stdin>\", line 1\n    1 +\n       ^\n" +
        "SyntaxError: invalid syntax\n>>> \n",
    );
    expect(r.status).toBe(0);
  });

  it("prints the banner unless -q", () => {
    expect(run(["-i"], "").stderr).toMatch(/^glasspy \d+\.\d+\.\d+ \(Python 3\.11 semantics\) on \w+\n/);
  });

  it("comes after a script or -c, with its names, even after an exception or SystemExit", () => {
    expect(run(["-i", "-c", "x = 5"], "x\n")).toEqual({ status: 0, stdout: "5\n", stderr: ">>> >>> \n" });
    const r = run(["-i", "-c", "import sys; sys.exit(3)"], "print('prompt')\n");
    expect(r).toEqual({
      status: 0, stdout: "prompt\n",
      stderr: 'Traceback (most recent call last):\n  File "<string>", line 1, in <module>\nSystemExit: 3\n>>> >>> \n',
    });
  });

  it("leaves with exit()'s status", () => {
    expect(run(["-i", "-q"], "exit(4)\nprint('not reached')\n")).toEqual({ status: 4, stdout: "", stderr: ">>> " });
  });
});

describe("version", () => {
  it("is the package's version", async () => {
    const { VERSION } = await import("../../src/cli/version.js");
    const pkg = JSON.parse((await import("node:fs")).readFileSync(path.join(root, "package.json"), "utf8"));
    expect(VERSION).toBe(pkg.version);
  });
});
