// The glasspy command through real processes: options, exit statuses, streams. The CLI is
// bundled once with esbuild into a temporary folder, as `npm run build` would.
import { beforeAll, describe, expect, it } from "vitest";
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(__dirname, "..", "..");
const work = mkdtempSync(path.join(tmpdir(), "glasspy-cli-"));
const cli = path.join(work, "glasspy.mjs");

beforeAll(async () => {
  await build({
    entryPoints: [path.join(root, "src/cli/main.ts")], outfile: cli, bundle: true, platform: "node", format: "esm",
    target: "node20", logLevel: "warning",
  });
  // The bundle looks for lib/ beside its own folder, as dist/ does.
}, 60_000);

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

  it("exits 1 after an uncaught exception, with the traceback on stderr", () => {
    const f = script("boom.py", "def f():\n    return 1 / 0\nf()\n");
    const r = run([f]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `Traceback (most recent call last):\n  File "${f}", line 3, in <module>\n    f()\n` +
        `  File "${f}", line 2, in f\n    return 1 / 0\n           ~~^~~\nZeroDivisionError: division by zero\n`,
    );
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

  it("gives a usage error with status 2 for an unknown option", () => {
    const r = run(["--no-such-option"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("usage: glasspy");
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

describe("version", () => {
  it("is the package's version", async () => {
    const { VERSION } = await import("../../src/cli/version.js");
    const pkg = JSON.parse((await import("node:fs")).readFileSync(path.join(root, "package.json"), "utf8"));
    expect(VERSION).toBe(pkg.version);
  });
});
