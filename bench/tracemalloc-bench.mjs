// Tracing overhead: the same allocation-heavy workload (bench/tracing/alloc_workload.py) with
// tracemalloc off and on (`-X tracemalloc`, one frame per traceback), under python3 and under
// glasspy. Each round runs the four configurations one after the other, so a change in the
// machine's load touches them alike. The figure is the median of the workload's own CPU time
// (time.process_time around it, printed on stderr: start-up is left out) and, per
// interpreter, the overhead ratio traced / untraced. The goal is glasspy's ratio <= CPython's.
//
//   node bench/run.mjs tracemalloc          or   node bench/tracemalloc-bench.mjs [--runs N]
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const workload = path.join(root, "bench", "tracing", "alloc_workload.py");
const glasspyCli = path.join(root, "dist", "glasspy.mjs");

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** One run: the workload's CPU seconds and its stdout, or throws with the reason. */
function runOnce(command, args) {
  const child = spawnSync(command, args, { encoding: "utf8", input: "", timeout: 600_000, maxBuffer: 16 << 20 });
  if (child.error !== undefined) throw new Error(`${command}: ${child.error.message}`);
  if (child.status !== 0) throw new Error(`${command} ${args.join(" ")}: exit status ${child.status}: ${child.stderr.trim().split("\n").pop()}`);
  const match = /cpu ([0-9.]+)/.exec(child.stderr);
  if (match === null) throw new Error(`${command}: no cpu line on stderr`);
  return { cpu: Number(match[1]), stdout: child.stdout };
}

export async function runTracemallocBench({ runs = 5, log = console.log } = {}) {
  const python = execFileSync("python3", ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" }).trim();
  if (!existsSync(glasspyCli)) throw new Error(`${glasspyCli} does not exist (run npm run build)`);
  const configs = [
    { name: "python3 off", command: python, args: [workload] },
    { name: "python3 on", command: python, args: ["-X", "tracemalloc", workload] },
    { name: "glasspy off", command: process.execPath, args: [glasspyCli, workload] },
    { name: "glasspy on", command: process.execPath, args: [glasspyCli, "-X", "tracemalloc", workload] },
  ];
  const times = new Map(configs.map((c) => [c.name, []]));
  let expected;
  for (let round = 0; round < runs; round++) {
    for (const c of configs) {
      const r = runOnce(c.command, c.args);
      expected ??= r.stdout;
      if (r.stdout !== expected) throw new Error(`${c.name}: output ${JSON.stringify(r.stdout)} differs from ${JSON.stringify(expected)}`);
      times.get(c.name).push(r.cpu);
    }
  }
  const med = (name) => median(times.get(name));
  log(`\ntracemalloc overhead: workload CPU seconds, median of ${runs} rounds (every run in brackets)`);
  for (const c of configs) log(`  ${c.name.padEnd(12)} ${med(c.name).toFixed(3).padStart(8)} s   [${times.get(c.name).map((t) => t.toFixed(3)).join(" ")}]`);
  const pythonRatio = med("python3 on") / med("python3 off");
  const glasspyRatio = med("glasspy on") / med("glasspy off");
  log(`  overhead (on / off): python3 ${pythonRatio.toFixed(2)}x, glasspy ${glasspyRatio.toFixed(2)}x` +
    (glasspyRatio <= pythonRatio ? " (glasspy's is no larger)" : " (glasspy's is larger)"));
  return { pythonRatio, glasspyRatio, times: Object.fromEntries(times) };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const at = args.indexOf("--runs");
  await runTracemallocBench({ runs: at === -1 ? 5 : Number(args[at + 1]) });
}
