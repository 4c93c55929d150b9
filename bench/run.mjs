// The `npm run bench` driver.
//
// A suite is a TypeScript module, bundled with esbuild into dist/bench/<suite>.mjs, exporting
//   listCases(): string[]                       the case names, in report order
//   runCase(name): { name, runs, median }       run one case (may be async)
// Each case runs in a fresh worker thread (its own V8 isolate), so the type feedback one case
// leaves behind cannot shape the machine code of the next. Add a suite by adding an entry to
// SUITES. `node bench/run.mjs heap` runs only the named suites.
//
// The `python` suite is different: it runs each bench/programs/*.py under glasspy (the built
// CLI) and under the real python3 binary, alternately, and reports medians and ratios
// (bench/python-bench.mjs). `node bench/run.mjs python nbody` runs only the named programs.
//
// `node bench/run.mjs tracemalloc` (only when named) measures tracemalloc's overhead in glasspy
// and in python3 on one workload (bench/tracemalloc-bench.mjs).
import { build } from "esbuild";
import { mkdir } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import path from "node:path";
import { runPythonBench } from "./python-bench.mjs";
import { runTracemallocBench } from "./tracemalloc-bench.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const outDir = path.join(root, "dist", "bench");

/** name → { entry: the suite's source, unit: what its figures measure } */
const SUITES = {
  heap: { entry: "bench/heap-bench.ts", unit: "M alloc+free pairs per CPU second" },
};

async function bundle(name, suite) {
  const outfile = path.join(outDir, `${name}.mjs`);
  await build({
    entryPoints: [path.join(root, suite.entry)], outfile, bundle: true, platform: "node", format: "esm",
    target: "node20", sourcemap: true, logLevel: "warning",
  });
  return pathToFileURL(outfile).href;
}

function runInWorker(url, caseName) {
  const source = `
    const { parentPort, workerData } = require("node:worker_threads");
    import(workerData.url)
      .then((m) => m.runCase(workerData.caseName))
      .then((result) => parentPort.postMessage({ result }), (e) => parentPort.postMessage({ error: String(e?.stack ?? e) }));
  `;
  return new Promise((resolve, reject) => {
    const worker = new Worker(source, { eval: true, workerData: { url, caseName } });
    worker.once("message", (m) => (m.error !== undefined ? reject(new Error(m.error)) : resolve(m.result)));
    worker.once("error", reject);
  });
}

function printCase(c) {
  const runs = c.runs.map((r) => r.toFixed(1)).join(" ");
  const best = Math.max(...c.runs);
  console.log(`  ${c.name.padEnd(44)} ${c.median.toFixed(1).padStart(7)} ${best.toFixed(1).padStart(7)}   [${runs}]`);
}

async function runSuite(name, suite) {
  const url = await bundle(name, suite);
  const mod = await import(url);
  console.log(`\n${name}: ${suite.unit} (median, best, then every run)`);
  for (const caseName of mod.listCases()) printCase(await runInWorker(url, caseName));
}

async function main() {
  const wanted = process.argv.slice(2);
  if (wanted[0] === "tracemalloc") {
    await runTracemallocBench({ runs: Number(process.env.BENCH_RUNS ?? 5) });
    return;
  }
  if (wanted[0] === "python") {
    await runPythonBench({ programs: wanted.slice(1), runs: Number(process.env.BENCH_RUNS ?? 5) });
    return;
  }
  const names = wanted.length > 0 ? wanted : [...Object.keys(SUITES), "python"];
  await mkdir(outDir, { recursive: true });
  for (const name of names) {
    if (name === "python") {
      await runPythonBench({ runs: Number(process.env.BENCH_RUNS ?? 5) });
      continue;
    }
    const suite = SUITES[name];
    if (suite === undefined) {
      console.error(`unknown bench suite ${name}; known: ${Object.keys(SUITES).join(", ")}`);
      process.exitCode = 2;
      return;
    }
    await runSuite(name, suite);
  }
}

await main();
