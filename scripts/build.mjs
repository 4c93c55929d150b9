// Bundles the CLI and the embedding API with esbuild under dist/, then makes what lets the
// `glasspy` command start fast: V8's start-up snapshot of an initialised interpreter and, for
// when the snapshot cannot be used, V8's code cache of the plain CLI bundle.
//
//   dist/glasspy            the command (a shell script, scripts/command-script.mjs): the snapshot when it fits
//   dist/glasspy.blob       the start-up snapshot, from dist/glasspy-snapshot.cjs (src/cli/snapshot.ts),
//                           less Node's code cache of its own modules (scripts/snapshot-code-cache.mjs)
//   dist/glasspy-heap.image the snapshot's interpreter heap (src/cli/snapshot-heap.ts), which the snapshot reads
//   dist/glasspy.mjs        the command without the snapshot (src/cli/launcher.ts), which loads
//   dist/glasspy-cli.cjs    the plain CLI bundle (src/cli/start.ts) with
//   dist/glasspy-cli.cache  its code cache
//   dist/index.mjs          the embedding API (src/index.ts)
//   dist/glasspy-lib.code   lib/'s modules compiled, and their texts (src/vm/precompiled-lib.ts), for all of the above
//
// `node scripts/build.mjs` builds dist/; the CLI tests call buildDist() for a folder of their own.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { commandScript } from "./command-script.mjs";
import { DEFERRED_CODE_FILE, deferColdFunctions } from "./defer-cold-functions.mjs";
import { withoutBuiltinCodeCache } from "./snapshot-code-cache.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const requireHere = createRequire(import.meta.url);

/**
 * V8 flags of a `glasspy` process started from the snapshot. The snapshot records the flags it
 * was built with and Node refuses it under others, so the same list goes to `--build-snapshot`
 * and into dist/glasspy. (The plain bundle runs without them: its code cache, which V8 also
 * ties to the flags, is made and used by plain `node`, as `node dist/glasspy.mjs` runs it.)
 *
 * (TurboFan compiles on a helper thread, V8's default: the command script sets glibc's
 *   MALLOC_ARENA_MAX to 1 so that the compiler's memory is freed to the one arena the main
 *   thread uses too, rather than kept in the helper's own; see scripts/command-script.mjs.
 *   Compiling on the main thread, `--no-concurrent-recompilation`, was these flags' first
 *   choice, when the eval loop's own compilations were most of V8's work; since the compiled
 *   tier, V8 compiles 100-600 ms of short functions per benchmark, and on the second core the
 *   suite took 0.75-0.93 of the time (geometric mean 2.16 → 1.94 against python3), its peak
 *   RSS 0-8 MB more: docs/performance.md.)
 * --no-rehash-snapshot: V8 keeps the hash seed of the snapshot's strings and tables instead of
 *   rehashing them all with a new one at every start (6 ms of 90). Python's own str hash is
 *   deterministic in glasspy anyway (src/objects/str-hash.ts).
 * --always-sparkplug: a function gets V8's baseline machine code on its first call instead of
 *   after a while in the bytecode interpreter. A fresh process runs the parser and compiler
 *   cold on every program: 7 % less CPU to compile nbody.py, 3 ms less for `-c pass`, the
 *   long benchmarks unchanged.
 * --invocation-count-for-osr=2000 (V8's default 500): a function stuck in a loop is compiled
 *   for on-stack replacement only after 4 times as much work. runSlice returns every slice and
 *   is optimised through ordinary calls; compiled by OSR after a deoptimisation in the middle of
 *   a long slice (threads_cpu), its graph took 16.5 MB of compiler memory instead of 8.8 MB, which
 *   was that program's peak RSS (80 MB instead of 72) and 17 % of its CPU time. The suite's
 *   other programs measured the same in time and memory (docs/performance.md, Memory).
 * --stack-size=3900 (KB; V8's default 984): the JavaScript stack. Python code that recurses
 *   through native code (a `__eq__` comparing with `==`, a `__repr__` calling repr()) nests a
 *   call of the eval loop per level, about 4 KB; with V8's default the JS stack ran out after
 *   about 240 levels, before the recursion limit CPython reaches (333 levels of `__eq__`
 *   through list.count). 3900 KB is what Node gives a worker thread by default (4 MB less its
 *   margin), and the command script passes it only where the process's stack allows it.
 * --no-turbo-escape: TurboFan without its escape analysis. The runtime and the compiled tier's
 *   texts work on typed arrays and allocate almost no JavaScript objects for the analysis to
 *   remove, but it ran over every graph: V8's compiler time on oo_shapes 176 → 142 ms
 *   (`--trace-opt`), and a program's first run waits for that thread. Paired against the build
 *   without it (6 pairs): the suite 0.977, oo_shapes 0.933, spectral_norm 0.956, threads_cpu
 *   0.959, fannkuch 0.962, alloc_churn 1.006 (within its noise), start-up 1.002.
 * --allow-natives-syntax: V8's `%` functions in code the runtime makes itself, for one use:
 *   the snapshot's builder marks the Python parser's functions never to be optimised
 *   (src/cli/parser-tiering.ts: a program is parsed once, and TurboFan compiled them after the
 *   parse, ahead of the program's own code; paired, the suite 0.993, fannkuch 0.959, list_ops
 *   0.932-0.967). No text the runtime makes uses `%` otherwise; Python code cannot reach it.
 * --turbo-filter=-runSlice: V8 optimises every function but the eval loop, until the eval
 *   loop itself has done a share of the program's work; src/vm/eval-loop-tiering.ts lifts the
 *   filter then (and says why: in the suite's programs the compiled tier's texts do the work,
 *   and runSlice's compilation was the compiler thread's longest and the largest zone).
 * --no-reset-ticks-on-ic-update, --no-reset-interrupt-on-ic-update: V8 counts a function's
 *   progress towards optimisation in ticks of its interrupt budget, and by default starts both
 *   again whenever one of its inline caches changes state. A compiled text is one long function
 *   whose rarer paths first run hundreds of iterations in, each a change, so its ticks kept
 *   starting over while it ran in baseline code, several times slower. Counted on, the texts
 *   and the helpers they call are optimised sooner: paired against the build without them (13
 *   pairs), the suite 0.985, comprehensions 0.94-0.96, list_ops 0.95-0.97; peaks unchanged.
 * --max-semi-space-size=1 (MB; V8's default 16 on 64-bit): each half of V8's new space stays
 *   at the 1 MB it starts with, which the suite's programs do not outgrow anyway. V8 sizes its
 *   number-to-string cache by it as well, and grows it to full size at the first collision, as
 *   every program that compiles texts makes (a text is written with its numbers): 256 KB by
 *   default, 32 KB so. Peak RSS 0.1-0.4 MB lower on all 13 programs (medians of 7), the
 *   suite's time 0.990 paired (8 pairs, every program within its noise); a program making
 *   strs of 2.4 MB in a loop (upper, replace, split, join) the same in both.
 * --max-inlined-bytecode-size-cumulative=690 (V8's default 920): TurboFan inlines a quarter
 *   less bytecode into one function. A program's peak is mostly its largest compilation's zone
 *   (docs/performance.md, Memory), and inlining is a third of it. At 460 (session 31) peak RSS
 *   was 0.2-0.8 MB lower than at 920 on 11 of 13 programs (alloc_churn 58.3 → 57.5, under its
 *   limit of 58.0), but its cost in time, 0.995 of the suite's when first measured, was 0.966
 *   on session 32's host (8 pairs; recursion_fib 0.905: its calls inline less deep). At 690
 *   the suite takes 0.974 of 460's time (two sets of 8 pairs) and peaks 0.1-0.5 MB higher
 *   than at 460 (medians of 7): alloc_churn 57.8, still under its limit.
 */
export const V8_FLAGS = [
  "--no-rehash-snapshot", "--always-sparkplug", "--invocation-count-for-osr=2000",
  "--stack-size=3900", "--no-turbo-escape", "--allow-natives-syntax", "--turbo-filter=-runSlice",
  "--no-reset-ticks-on-ic-update", "--no-reset-interrupt-on-ic-update", "--max-semi-space-size=1",
  "--max-inlined-bytecode-size-cumulative=690",
];

/**
 * Node's own options for the command (scripts/command-script.mjs), given the machine the build
 * runs on (`cores`: os.availableParallelism()):
 * --v8-pool-size: the threads on which V8 compiles optimised code, one core fewer than the
 *   machine has (at least 1; Node's default, 4, at most). TurboFan compiles the runtime's
 *   helpers and the compiled tier's texts there while the program runs: 0.3-1.5 s of compiler
 *   time in the suite's programs, against runs of 0.5-1.5 s. With four threads on two cores,
 *   compilations ran beside each other and took the eval loop's core from it; with one, the
 *   main thread keeps a core (two cores, medians of 6-10 paired runs: fannkuch 0.82 of the
 *   wall time, list_ops 0.81, dict_str 0.86, comprehensions 0.90, spectral_norm 0.93; oo_shapes
 *   and recursion_fib 1.02-1.05, within their noise; peak RSS up to 4 MB less).
 */
export function nodeOptionsFor(cores) {
  return [`--v8-pool-size=${Math.max(1, Math.min(4, cores - 1))}`];
}

/**
 * Node's built-in modules that Node does not vouch for in a snapshot (it warns when a snapshot's
 * builder loads them): in the snapshot's bundle each becomes a stand-in whose exports load the
 * real module on first use, which is after the snapshot is loaded (the REPL's terminal,
 * the driver's clock).
 */
const LAZY_IN_SNAPSHOT = ["node:readline", "node:perf_hooks", "node:tty"];

/**
 * The packages of the Python parser (Lezer's), whose functions the start-up snapshot marks
 * never to be optimised (src/cli/parser-tiering.ts says why).
 */
const PARSER_PACKAGES = /[\\/]node_modules[\\/]@lezer[\\/](lr|common|python)[\\/]dist[\\/]index\.js$/;

/**
 * The esbuild plugin for PARSER_PACKAGES: each of those modules, loaded, adds its top-level
 * functions and classes to `globalThis.__glasspyParserCode` (the snapshot's builder takes
 * the list and deletes it). Top-level declarations only, found by their `function NAME` or
 * `class NAME` at the start of a line, as the packages' dist files are written.
 */
function parserCodeList() {
  return {
    name: "parser-code-list",
    setup(b) {
      b.onLoad({ filter: PARSER_PACKAGES }, (args) => {
        const text = readFileSync(args.path, "utf8");
        // (Comments out of the search: their prose has lines that begin "class ...". A name
        // the search took wrongly is pushed as undefined.)
        const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
        const names = new Set([...code.matchAll(/^(?:export )?(?:function\*? |class )([A-Za-z_$][\w$]*)/gm)].map((m) => m[1]));
        const listed = [...names].map((n) => `typeof ${n} === "function" ? ${n} : undefined`).join(", ");
        return { contents: `${text}\n(globalThis.__glasspyParserCode ??= []).push(${listed});\n`, loader: "js" };
      });
    },
  };
}

/** The esbuild plugin for LAZY_IN_SNAPSHOT. */
function lazyBuiltins(names) {
  const wanted = new Set(names);
  return {
    name: "lazy-builtins",
    setup(b) {
      b.onResolve({ filter: /^node:/ }, (args) => {
        if (!wanted.has(args.path)) return undefined;
        // The stand-in's own require of the module is the real one.
        return args.namespace === "lazy-builtin" ? { path: args.path, external: true } : { path: args.path, namespace: "lazy-builtin" };
      });
      b.onLoad({ filter: /.*/, namespace: "lazy-builtin" }, (args) => {
        const load = `let loaded; const load = () => (loaded ??= require(${JSON.stringify(args.path)}));`;
        const getters = Object.keys(requireHere(args.path)).map((key) => {
          const k = JSON.stringify(key);
          return `Object.defineProperty(exports, ${k}, { enumerable: true, get: () => load()[${k}] });`;
        });
        return { contents: [load, ...getters].join("\n"), loader: "js" };
      });
    },
  };
}

/**
 * The largest start-up snapshot the build keeps (about 5.6 MB now): see the check after
 * `--build-snapshot`.
 */
const MAX_BLOB_BYTES = 16 << 20;

/** Every lib/**\/*.py file's text, keyed by its path relative to lib/ (see src/vm/lib-sources.ts). */
function libSources(dir, prefix = "") {
  const out = {};
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) Object.assign(out, libSources(full, `${prefix}${name}/`));
    else if (name.endsWith(".py")) out[`${prefix}${name}`] = readFileSync(full, "utf8");
  }
  return out;
}

/**
 * Rewrite the snapshot `blob` without Node's code cache of its built-in modules
 * (scripts/snapshot-code-cache.mjs: 2.6 MB less to read at start and to keep in the C heap), if
 * the result starts glasspy; otherwise keep it as Node wrote it and warn.
 */
function dropBuiltinCodeCache(blob, dist, env, warn) {
  const original = readFileSync(blob);
  const stripped = withoutBuiltinCodeCache(original);
  if (stripped === undefined) {
    warn("build: warning: the start-up snapshot's layout is not Node 20's; its code cache of Node's modules stays in it");
    return;
  }
  writeFileSync(blob, stripped.blob);
  const check = spawnSync(process.execPath, [...V8_FLAGS, "--snapshot-blob", blob, dist, "-c", "print('ok')"], { env, encoding: "utf8" });
  if (check.status !== 0 || check.stdout !== "ok\n") {
    writeFileSync(blob, original);
    warn(`build: warning: the start-up snapshot without Node's code cache did not start (status ${check.status}); it keeps the cache:\n${check.stdout}${check.stderr}`);
  }
}

/**
 * Move the functions of the snapshot's bundle that glasspy does not run when it starts and
 * runs the warm-up program into DEFERRED_CODE_FILE (scripts/defer-cold-functions.mjs): text
 * the snapshot's process held twice, and for the functions only the snapshot's builder runs
 * (bootstrapping an interpreter, the warm-up's own paths) their bytecode too. Which they are
 * comes from V8's coverage of the warm-up program run from a first snapshot, thrown away; and
 * the functions the bundle's module initialisers call stay (a chunk loaded before the bundle
 * has set the bindings it uses would keep them unset in what it makes), which coverage of the
 * bundle run as a plain script says (it stops after them: it is not building a snapshot).
 * About 4 s. If a run fails the bundle stays as it is (the real build then fails the same way,
 * and says why). True when the first snapshot was built, which ran the warm-up program and
 * its checks.
 */
function deferSnapshotColdCode(dist, warmUpProgram, buildId, env, warn) {
  const out = (file) => path.join(dist, file);
  const probe = mkdtempSync(path.join(tmpdir(), "glasspy-probe-"));
  try {
    const blob = path.join(probe, "probe.blob");
    const coverage = (name) => ({ ...env, NODE_V8_COVERAGE: path.join(probe, name) });
    const runs = [
      // The module initialisers only (exit status 2: not building a snapshot).
      { args: [out("glasspy-snapshot.cjs")], env: coverage("init"), status: 2 },
      { args: [...V8_FLAGS, "--snapshot-blob", blob, "--build-snapshot", out("glasspy-snapshot.cjs"), "--warm-up", warmUpProgram], env, status: 0 },
      // The command from that snapshot, as dist/glasspy starts it (the heap image is the one
      // that snapshot's builder wrote in `dist`).
      { args: [...V8_FLAGS, "--snapshot-blob", blob, dist, warmUpProgram], env: coverage("run"), status: 0 },
    ];
    for (const run of runs) {
      const r = spawnSync(process.execPath, run.args, { env: run.env, encoding: "utf8" });
      if (r.status !== run.status) {
        warn(`build: warning: a run measuring which functions glasspy uses failed (status ${r.status}); no function deferred:\n${r.stderr}`);
        return false;
      }
    }
    // A function either run counted stays.
    const counts = new Map();
    for (const dir of ["init", "run"]) {
      for (const name of readdirSync(path.join(probe, dir))) {
        const report = JSON.parse(readFileSync(path.join(probe, dir, name), "utf8"));
        for (const script of report.result) {
          if (!script.url.endsWith("/glasspy-snapshot.cjs")) continue;
          for (const fn of script.functions) counts.set(fn.ranges[0].startOffset, (counts.get(fn.ranges[0].startOffset) ?? 0) + fn.ranges[0].count);
        }
      }
    }
    const code = readFileSync(out("glasspy-snapshot.cjs"), "utf8");
    const map = JSON.parse(readFileSync(out("glasspy-snapshot.cjs.map"), "utf8"));
    const result = deferColdFunctions({ code, map, counts, buildId });
    writeFileSync(out("glasspy-snapshot.cjs"), result.code);
    writeFileSync(out("glasspy-snapshot.cjs.map"), JSON.stringify(result.map));
    writeFileSync(out(DEFERRED_CODE_FILE), result.deferred);
    return true;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

/**
 * Build everything listed above into `dist` (glasspy's lib/ is expected at `dist`/../lib, but
 * the bundles embed its files). Problems with the code cache or the snapshot are warnings
 * (`warn`): glasspy then only starts slower.
 */
export async function buildDist({ dist = path.join(root, "dist"), warn = console.warn } = {}) {
  const src = (file) => path.join(root, file);
  const out = (file) => path.join(dist, file);
  const lib = libSources(src("lib"));
  // Ties the bundles to this build's precompiled lib/ (a file from another build is ignored).
  const buildId = randomUUID();
  const common = {
    bundle: true, platform: "node", format: "esm", target: "node20", sourcemap: true, logLevel: "warning",
    define: { __GLASSPY_LIB__: JSON.stringify(lib), __GLASSPY_BUILD_ID__: JSON.stringify(buildId) },
  };
  // The CLI bundles are CommonJS: V8's code cache applies to scripts, not ES modules, and a
  // snapshot's entry point is a script. They find their own location through a global their
  // loader sets instead of import.meta.url.
  const cli = { ...common, format: "cjs", define: { ...common.define, "import.meta.url": "globalThis.__glasspyBundleUrl" } };
  // The plain bundle comes wrapped as Node's loader wraps a CommonJS module, so that the
  // launcher compiles the file's text as it is.
  await build({
    ...cli, entryPoints: [src("src/cli/start.ts")], outfile: out("glasspy-cli.cjs"),
    banner: { js: "(function (exports, require, module, __filename, __dirname) {" }, footer: { js: "})" },
  });
  // The snapshot's bundle has its whitespace and identifiers minified: V8 keeps a script's
  // text in the snapshot and again in its heap once started (1.49 MB of text with the
  // whitespace minified, 1.12 with the identifiers too: peak RSS 0.6-0.8 MB lower in every
  // program). Not its syntax (1.07 MB): fannkuch then took 1.048 of its time (14 pairs).
  // GLASSPY_BUILD_READABLE=1 keeps the names, for profiles (the source map has them too);
  // runSlice's name, which a V8 flag matches, survives either way (run-slice.ts). No comments:
  // one non-ASCII character in a comment would make the text a two-byte string of twice the
  // size. A snapshot's entry point has `require` but no `module`: the bundle exports nothing.
  const readable = process.env.GLASSPY_BUILD_READABLE === "1";
  await build({
    ...cli, format: "iife", entryPoints: [src("src/cli/snapshot.ts")], outfile: out("glasspy-snapshot.cjs"),
    minifyWhitespace: true, minifyIdentifiers: !readable,
    // lib/'s texts come from dist/glasspy-lib.code (src/vm/lib-sources.ts).
    define: { ...cli.define, __GLASSPY_LIB__: "null" },
    plugins: [lazyBuiltins(LAZY_IN_SNAPSHOT), parserCodeList()],
  });
  await build({ ...common, entryPoints: [src("src/cli/launcher.ts")], outfile: out("glasspy.mjs"), banner: { js: "#!/usr/bin/env node" } });
  await build({ ...common, entryPoints: [src("src/index.ts")], outfile: out("index.mjs") });

  // lib/ compiled, as CPython's .pyc files: by the compiler of these very bundles.
  const precompiler = path.join(mkdtempSync(path.join(tmpdir(), "glasspy-build-")), "precompile-lib.cjs");
  await build({ ...common, format: "cjs", entryPoints: [src("scripts/precompile-lib.ts")], outfile: precompiler, sourcemap: false });
  const precompiled = spawnSync(process.execPath, [precompiler, buildId, out("glasspy-lib.code")], { input: JSON.stringify(lib), encoding: "utf8" });
  rmSync(path.dirname(precompiler), { recursive: true, force: true });
  if (precompiled.status !== 0) {
    rmSync(out("glasspy-lib.code"), { force: true });
    warn(`build: warning: lib/ could not be precompiled (status ${precompiled.status}); imports compile it:\n${precompiled.stdout}${precompiled.stderr}`);
  }

  // The code cache: V8's compiled bytecode of every function a warm-up run used. It must be
  // made by the same Node binary that will run glasspy; a cache from another version is ignored.
  const warmUpProgram = src("scripts/code-cache-warmup.py");
  const env = { ...process.env, NODE_OPTIONS: "" };
  const warmup = spawnSync(process.execPath, [out("glasspy.mjs"), warmUpProgram], {
    env: { ...env, GLASSPY_WRITE_CODE_CACHE: "1" }, encoding: "utf8",
  });
  if (warmup.status !== 0) {
    // Without a cache glasspy only starts slower; a stale one would be rejected by V8 anyway.
    rmSync(out("glasspy-cli.cache"), { force: true });
    warn(`build: warning: the code-cache warm-up failed (status ${warmup.status}); no code cache:\n${warmup.stdout}${warmup.stderr}`);
  }

  // (GLASSPY_BUILD_DEFER=0 leaves them in, to measure what deferring them saves.)
  rmSync(out(DEFERRED_CODE_FILE), { force: true });
  const probed = process.env.GLASSPY_BUILD_DEFER !== "0" && deferSnapshotColdCode(dist, warmUpProgram, buildId, env, warn);

  // The start-up snapshot, made by this Node binary: dist/glasspy uses it only under the same
  // one. Its builder runs the warm-up program only if the first snapshot's did not (that run
  // checks the move of the interpreter's heap, src/cli/snapshot.ts): compiled there, the
  // warm-up's bytecode would be in the snapshot, twice resident in every process, for the
  // functions a program uses and for those it does not. It rehearses the command on a small
  // typical program instead (scripts/snapshot-rehearsal.py), whose bytecode every program
  // needs. Blob 5.04 -> 4.45 MB; peak RSS 0.4-1.1 MB lower in every program but start-up
  // (+0.8); the suite's time 0.96 (geometric mean, 6 pairs). With `-c pass` rehearsed only,
  // the blob was 4.07 MB but the programs took 1.007 of their time, and with nothing rehearsed
  // start-up peaked higher, 1.3 times slower.
  rmSync(out("glasspy.blob"), { force: true });
  rmSync(out("glasspy-heap.image"), { force: true });
  const snapshot = spawnSync(process.execPath, [
    ...V8_FLAGS, "--snapshot-blob", out("glasspy.blob"), "--build-snapshot", out("glasspy-snapshot.cjs"),
    ...(probed ? ["--rehearse", src("scripts/snapshot-rehearsal.py")] : ["--warm-up", warmUpProgram]),
  ], { env, encoding: "utf8" });
  if (snapshot.status !== 0) {
    rmSync(out("glasspy.blob"), { force: true });
    rmSync(out("glasspy-heap.image"), { force: true });
    warn(`build: warning: no start-up snapshot (status ${snapshot.status}); glasspy starts without it:\n${snapshot.stdout}${snapshot.stderr}`);
  } else if (statSync(out("glasspy.blob")).size > MAX_BLOB_BYTES) {
    // A heap the builder's warm-up made and something kept reachable (a module-level cache
    // holding a closed interpreter's runtime) is written into the blob with its buffer: every
    // start would then read it.
    const size = statSync(out("glasspy.blob")).size;
    rmSync(out("glasspy.blob"), { force: true });
    rmSync(out("glasspy-heap.image"), { force: true });
    warn(`build: warning: no start-up snapshot: its blob came out at ${size} bytes (a closed interpreter's heap kept reachable?); glasspy starts without it`);
  } else {
    if (snapshot.stderr !== "") {
      // Node's warnings about modules it does not vouch for in a snapshot (see LAZY_IN_SNAPSHOT).
      warn(`build: the start-up snapshot's builder said:\n${snapshot.stderr}`);
    }
    dropBuiltinCodeCache(out("glasspy.blob"), dist, env, warn);
  }

  writeFileSync(out("glasspy"), commandScript(process.execPath, V8_FLAGS, nodeOptionsFor(availableParallelism())));
  chmodSync(out("glasspy"), 0o755);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await buildDist();
}
