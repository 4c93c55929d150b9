// Two builds of glasspy compared on the suite's programs, in pairs:
//
//   node bench/pair-builds.mjs <distA> <distB> [pairs] [program ...]
//
// Each pair runs A and B once each, the order alternating from pair to pair, and the ratio of
// their wall times (B / A) is kept; the medians of the ratios and their quartiles are printed.
// On a host whose speed moves in phases (docs/performance.md, "Reproducing"), a pair's two
// runs share a phase, so the ratio of a pair says more than the ratio of two medians taken
// minutes apart. Times are taken in the parent with a nanosecond clock around each run (the
// 10 ms steps of /usr/bin/time's %e are 1-3 % of a program here). A dist is a directory with
// the built `glasspy` command in it (`npm run build` writes dist/; copy it aside to keep it).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const programsDir = path.join(root, "bench", "programs");

function usage(message) {
  console.error(`${message}\nusage: node bench/pair-builds.mjs <distA> <distB> [pairs] [program ...]`);
  process.exit(2);
}

/** Wall time of one run of `program` under the glasspy command of `dist`, in ms; its exit status checked. */
function timeRun(dist, program) {
  const start = process.hrtime.bigint();
  const r = spawnSync(path.join(dist, "glasspy"), [program], { stdio: ["ignore", "ignore", "pipe"] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) {
    console.error(`${dist}: ${path.basename(program)} exited with status ${r.status}:\n${String(r.stderr).slice(0, 400)}`);
    process.exit(1);
  }
  return ms;
}

/** The value at fraction `q` of the sorted `values` (the lower middle for an even count at 0.5). */
function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1)))];
}

const [distA, distB, pairsArg, ...named] = process.argv.slice(2);
if (distA === undefined || distB === undefined) usage("two dist directories are needed");
for (const d of [distA, distB]) if (!existsSync(path.join(d, "glasspy"))) usage(`${d}: no glasspy command there`);
const pairs = pairsArg === undefined ? 10 : Number(pairsArg);
if (!Number.isInteger(pairs) || pairs < 1) usage(`pairs: ${pairsArg} is not a positive count`);
const programs = (named.length > 0 ? named : readdirSync(programsDir).filter((f) => f.endsWith(".py")).map((f) => f.slice(0, -3)))
  .map((p) => (p.endsWith(".py") ? path.resolve(p) : path.join(programsDir, `${p}.py`)));
for (const p of programs) if (!existsSync(p)) usage(`${p}: no such program`);

console.log(`B = ${distB} against A = ${distA}: wall time B / A, median of ${pairs} pairs [quartiles]; medians of A and B`);
let logSum = 0;
for (const program of programs) {
  const ratios = [];
  const a = [];
  const b = [];
  for (let i = 0; i < pairs; i++) {
    let ta, tb;
    if (i % 2 === 0) {
      ta = timeRun(distA, program);
      tb = timeRun(distB, program);
    } else {
      tb = timeRun(distB, program);
      ta = timeRun(distA, program);
    }
    a.push(ta);
    b.push(tb);
    ratios.push(tb / ta);
  }
  const median = quantile(ratios, 0.5);
  logSum += Math.log(median);
  console.log(
    `${path.basename(program, ".py").padEnd(16)} ${median.toFixed(3)} [${quantile(ratios, 0.25).toFixed(3)}-${quantile(ratios, 0.75).toFixed(3)}]` +
    `  A ${quantile(a, 0.5).toFixed(0)} ms  B ${quantile(b, 0.5).toFixed(0)} ms`,
  );
}
if (programs.length > 1) console.log(`geometric mean of the median ratios: ${Math.exp(logSum / programs.length).toFixed(3)}`);
