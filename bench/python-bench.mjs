// glasspy against python3 on whole programs: bench/programs/*.py.
//
// Each program runs `runs` times under python3 and under glasspy (`dist/glasspy`, the command
// users run: from the start-up snapshot when it fits), alternately, so that a change in the
// machine's load touches both alike. The figures are the median wall time of each, and their
// ratio (glasspy / python3: how many times slower glasspy is); the summary is the geometric
// mean of the ratios. Both must print the same standard output: a program whose output differs
// is reported as a mismatch and not timed further, and one that fails under glasspy (exit
// status, crash, time-out, no build) is reported as failed. Neither ever stops the driver.
//
// Memory: every run's peak resident set size (the kernel's ru_maxrss for the child, through
// bench/measure-run.py, which also times the run). The memory table gives the medians of both,
// `node -e 0`'s (the cost of Node alone), and the limit glasspy is held to: python3's peak plus
// node's, plus 10 %.
//
// Programs in bench/programs/pending/ need features glasspy does not have yet; they are not run.
//
//   import { runPythonBench } from "./python-bench.mjs"; await runPythonBench({ runs: 5 });
//   node bench/python-bench.mjs [--runs N] [program ...]
//
// The tables go to the console and, with every run's figures, to bench/results/python-bench.json.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const programsDir = path.join(root, "bench", "programs");
const resultsFile = path.join(root, "bench", "results", "python-bench.json");
const glasspyCommand = path.join(root, "dist", "glasspy");
const measureRun = path.join(root, "bench", "measure-run.py");
/** The memory limit: python3's peak + node's + this share of their sum. */
const RSS_ALLOWANCE = 0.1;

/** The real interpreter behind `python3` (not a version manager's shim, which adds start-up time). */
function findPython() {
  const executable = execFileSync("python3", ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" }).trim();
  const version = execFileSync(executable, ["-c", "import sys; print(sys.version.split()[0])"], { encoding: "utf8" }).trim();
  return { executable, version };
}

function listPrograms(only) {
  const all = readdirSync(programsDir).filter((f) => f.endsWith(".py")).sort();
  if (only.length === 0) return all;
  const wanted = new Set(only.map((n) => (n.endsWith(".py") ? n : `${n}.py`)));
  return all.filter((f) => wanted.has(f));
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** One run: { seconds, maxRssKiB, stdout } or { error }. */
function timeRun(python, command, args, timeoutMs, env = process.env) {
  const child = spawnSync(python, [measureRun, command, ...args], {
    cwd: programsDir,
    encoding: "utf8",
    input: "",
    stdio: ["pipe", "pipe", "pipe", "pipe"],
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...env, PYTHONDONTWRITEBYTECODE: "1" },
  });
  if (child.error !== undefined) {
    const reason = child.error.code === "ETIMEDOUT" ? `timed out after ${timeoutMs / 1000} s` : child.error.message;
    return { error: reason };
  }
  let report;
  try {
    report = JSON.parse(child.output[3]);
  } catch {
    return { error: `no measurement (${child.stderr.trim().split("\n").pop() ?? ""})` };
  }
  if (report.status !== 0) {
    const last = child.stderr.trim().split("\n").pop() ?? "";
    const how = report.signal !== null ? `killed by signal ${report.signal}` : `exit status ${report.status}`;
    return { error: last === "" ? how : `${how}: ${last}` };
  }
  return { seconds: report.seconds, maxRssKiB: report.maxRssKiB, stdout: child.stdout };
}

/**
 * Median peak RSS (KiB) of `node -e 0`: what Node costs before glasspy does anything. Measured
 * without NODE_EXTRA_CA_CERTS, as the glasspy command starts Node (its certificates would add
 * about 2 MB to the baseline, and so to the limit).
 */
function nodeBaselineKiB(python, runs) {
  const peaks = [];
  const { NODE_EXTRA_CA_CERTS: _unused, ...env } = process.env;
  for (let i = 0; i < Math.max(runs, 3); i++) {
    const r = timeRun(python, process.execPath, ["-e", "0"], 60_000, env);
    if ("error" in r) throw new Error(`node -e 0: ${r.error}`);
    peaks.push(r.maxRssKiB);
  }
  return median(peaks);
}

function firstDifference(expected, actual) {
  const a = expected.split("\n");
  const b = actual.split("\n");
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `line ${i + 1}: python3 ${JSON.stringify(a[i] ?? "")}, glasspy ${JSON.stringify(b[i] ?? "")}`;
  }
  return "";
}

function benchProgram(name, { runs, python, glasspy, timeoutMs, nodeKiB }) {
  const file = path.join(programsDir, name);
  const row = { program: name.replace(/\.py$/, ""), status: "ok", detail: "", python: [], glasspy: [], pythonRssKiB: [], glasspyRssKiB: [] };
  let expected;
  // The two interpreters take turns, and which goes first alternates (python3 first in even
  // runs, glasspy first in odd ones): of two runs back to back, the second measured up to 8 %
  // faster on this machine, whichever program it was. The first run is python3's, so its
  // output is known before glasspy's is compared with it.
  const runOurs = () => {
    if (row.status !== "ok") return;
    const ours = timeRun(python, glasspy[0], [...glasspy.slice(1), file], timeoutMs);
    if ("error" in ours) {
      row.status = "failed";
      row.detail = ours.error;
    } else if (ours.stdout !== expected) {
      row.status = "mismatch";
      row.detail = firstDifference(expected, ours.stdout);
    } else {
      row.glasspy.push(ours.seconds);
      row.glasspyRssKiB.push(ours.maxRssKiB);
    }
  };
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 1) runOurs();
    const ref = timeRun(python, python, [file], timeoutMs);
    if ("error" in ref) return { ...row, status: "python3 failed", detail: ref.error };
    if (expected === undefined) expected = ref.stdout;
    row.python.push(ref.seconds);
    row.pythonRssKiB.push(ref.maxRssKiB);
    if (i % 2 === 0) runOurs();
  }
  const ok = row.status === "ok";
  const pythonMedian = median(row.python);
  const glasspyMedian = ok ? median(row.glasspy) : null;
  const pythonRssMedianKiB = median(row.pythonRssKiB);
  const glasspyRssMedianKiB = ok ? median(row.glasspyRssKiB) : null;
  const rssLimitKiB = (pythonRssMedianKiB + nodeKiB) * (1 + RSS_ALLOWANCE);
  return {
    ...row,
    pythonMedian,
    glasspyMedian,
    ratio: glasspyMedian === null ? null : glasspyMedian / pythonMedian,
    glasspy: ok ? row.glasspy : [],
    glasspyRssKiB: ok ? row.glasspyRssKiB : [],
    pythonRssMedianKiB,
    glasspyRssMedianKiB,
    rssLimitKiB,
    rssWithinLimit: glasspyRssMedianKiB === null ? null : glasspyRssMedianKiB <= rssLimitKiB,
  };
}

function printTable(rows, geomean, log) {
  const seconds = (s) => (s === null ? "-" : `${s.toFixed(3)} s`);
  log(`${"program".padEnd(18)} ${"python3".padStart(10)} ${"glasspy".padStart(10)} ${"ratio".padStart(8)}`);
  for (const r of rows) {
    const ours = r.status === "ok" ? seconds(r.glasspyMedian) : r.status;
    const ratio = r.ratio === null ? "-" : `${r.ratio.toFixed(2)}x`;
    log(`${r.program.padEnd(18)} ${seconds(r.pythonMedian).padStart(10)} ${ours.padStart(10)} ${ratio.padStart(8)}`);
  }
  const timed = rows.filter((r) => r.ratio !== null).length;
  log(`geometric mean of the ratios: ${geomean === null ? "-" : `${geomean.toFixed(2)}x`} (${timed} of ${rows.length} programs)`);
  for (const r of rows.filter((r) => r.detail !== "")) log(`  ${r.program}: ${r.status}: ${r.detail}`);
}

function printMemoryTable(rows, nodeKiB, log) {
  const mb = (kib) => (kib === null ? "-" : `${(kib / 1024).toFixed(1)} MB`);
  log(`\npeak RSS, median (limit: (python3 + node -e 0) x ${1 + RSS_ALLOWANCE}; node -e 0: ${mb(nodeKiB)})`);
  log(`${"program".padEnd(18)} ${"python3".padStart(10)} ${"glasspy".padStart(10)} ${"limit".padStart(10)}  ${"within"}`);
  for (const r of rows) {
    const within = r.rssWithinLimit === null ? "-" : r.rssWithinLimit ? "yes" : `no (+${mb(r.glasspyRssMedianKiB - r.rssLimitKiB)})`;
    log(`${r.program.padEnd(18)} ${mb(r.pythonRssMedianKiB).padStart(10)} ${mb(r.glasspyRssMedianKiB).padStart(10)} ${mb(r.rssLimitKiB).padStart(10)}  ${within}`);
  }
}

/**
 * Runs the suite and returns its results (also printed, and written as JSON).
 * @param {object} [options]
 * @param {number} [options.runs] runs per program and interpreter (default 5)
 * @param {string[]} [options.programs] program names to run (default: all)
 * @param {string[]} [options.glasspy] the glasspy command (default: dist/glasspy)
 * @param {number} [options.timeoutMs] limit for one run (default 10 minutes)
 * @param {(line: string) => void} [options.log] where the table goes (default console.log)
 */
export async function runPythonBench({
  runs = 5,
  programs = [],
  glasspy,
  timeoutMs = 600_000,
  log = console.log,
} = {}) {
  const python = findPython();
  const names = listPrograms(programs);
  log(`\npython programs: wall time, median of ${runs} alternating runs (python3 ${python.version} at ${python.executable})`);
  if (glasspy === undefined && !existsSync(glasspyCommand)) log(`note: ${glasspyCommand} does not exist (run npm run build)`);
  const command = glasspy ?? [glasspyCommand];
  const nodeKiB = nodeBaselineKiB(python.executable, runs);
  const rows = names.map((name) => benchProgram(name, { runs, python: python.executable, glasspy: command, timeoutMs, nodeKiB }));
  const ratios = rows.filter((r) => r.ratio !== null).map((r) => r.ratio);
  const geomean = ratios.length === 0 ? null : Math.exp(ratios.reduce((sum, r) => sum + Math.log(r), 0) / ratios.length);
  printTable(rows, geomean, log);
  printMemoryTable(rows, nodeKiB, log);
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    python: python.version,
    pythonExecutable: python.executable,
    glasspyCommand: command,
    runs,
    nodeBaselineRssKiB: nodeKiB,
    rssAllowance: RSS_ALLOWANCE,
    programs: rows,
    geomean,
  };
  mkdirSync(path.dirname(resultsFile), { recursive: true });
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  return results;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const at = args.indexOf("--runs");
  const runs = at === -1 ? 5 : Number(args.splice(at, 2)[1]);
  await runPythonBench({ runs, programs: args });
}
