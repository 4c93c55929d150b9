/**
 * A measurement, not part of the product: how fast would int_loop's collatz_total run if each
 * code object were compiled to a JavaScript function, over the same heap, objects, reference
 * counts and int helpers as the eval loop?
 *
 *   npx esbuild bench/compiled-prototype.ts --bundle --platform=node --format=esm \
 *     --outfile=/tmp/compiled-prototype.mjs && node --stack-size=3900 /tmp/compiled-prototype.mjs [limit]
 *
 * It prints the CPU seconds of three versions, each making every int CPython makes (the same
 * allocations and frees, in the same order): the eval loop running the Python function; a
 * "naive" compilation, the value stack in JS locals but each instruction's increments,
 * decrements and type tests kept; "counts elided", the same without the increments and
 * decrements that cancel within a statement (borrowed operands of exact-int operations,
 * constants); and "elided", which also knows each operator and constant where it is compiled
 * and reads a one-digit value once. docs/performance.md records what it measured.
 */
import { spawnSync } from "node:child_process";
import { Interpreter } from "../src/index.js";
import { fastTypes, newUncachedInt, deallocFast, fastBinaryOp, fastCompare } from "../src/vm/fast-paths.js";
import type { Runtime } from "../src/objects/runtime.js";
import { BinaryOp } from "../src/compile/opcodes.js";

const SRC = `
def collatz_total(limit):
    total = 0
    for start in range(1, limit):
        n = start
        while n != 1:
            if n & 1:
                n = 3 * n + 1
            else:
                n >>= 1
            total += 1
    return total
import time
t = time.process_time()
r = collatz_total(LIMIT)
print("eval loop", r, round(time.process_time() - t, 3))
t = time.process_time()
r = collatz_total(LIMIT)
print("eval loop", r, round(time.process_time() - t, 3))
`;
const LIMIT = Number(process.argv[2] ?? 60000);

const py = new Interpreter({ stdout: (s: string) => process.stdout.write(s), stderr: (s: string) => process.stderr.write(s) });
py.runSource(SRC.replace(/LIMIT/g, String(LIMIT)));
const rt: Runtime = py.vm.rt;
const ty = fastTypes(rt);
const TYPE = 8, SIZE = 16, D0 = 24, MIN = -5;

/** One-digit int value or NaN. */
function val1(i32: Int32Array, o: number): number {
  if (i32[(o + TYPE) >> 2] !== ty.int || (i32[(o + SIZE) >> 2] + 1) >>> 0 > 2) return NaN;
  return i32[(o + SIZE) >> 2] * i32[(o + D0) >> 2];
}
function mk(v: number): number {
  if (v >= -5 && v <= 256) { const o = ty.smallInts[v - MIN]; rt.i32[o >> 2]++; return o; }
  return newUncachedInt(rt, ty, v);
}
function decref(o: number): void {
  if (--rt.i32[o >> 2] === 0) deallocFast(rt, ty, o);
}
/** BINARY_OP a b (both released) -> new reference. */
function binop(a: number, b: number, kind: number, arg: number): number {
  const i32 = rt.i32;
  const x = val1(i32, a), y = val1(i32, b);
  let r: number;
  if (x === x && y === y) {
    let v: number;
    if (kind === BinaryOp.ADD) v = x + y;
    else if (kind === BinaryOp.AND) v = x & y;
    else if (kind === BinaryOp.MULTIPLY) v = x * y;
    else if (kind === BinaryOp.RSHIFT) v = x >> y;
    else v = NaN;
    r = v === v ? mk(v) : fastBinaryOp(rt, ty, a, b, arg);
  } else r = fastBinaryOp(rt, ty, a, b, arg);
  decref(a);
  decref(b);
  return r;
}

/** collatz_total, as a per-code-object compiler might emit it: the value stack in JS locals. */
function collatzCompiled(limitObj: number): number {
  const i32 = rt.i32;
  const c0 = ty.smallInts[0 - MIN], c1 = ty.smallInts[1 - MIN], c3 = ty.smallInts[3 - MIN];
  let total = 0, start = 0, n = 0;
  // total = 0
  i32[c0 >> 2]++; total = c0;
  // for start in range(1, limit): (the range iterator makes each int)
  const limit = val1(i32, limitObj);
  for (let s = 1; s < limit; s++) {
    const item = mk(s);
    if (start !== 0) decref(start);
    start = item;
    // n = start
    i32[start >> 2]++;
    if (n !== 0) decref(n);
    n = start;
    for (;;) {
      // while n != 1  (LOAD_FAST n; LOAD_CONST 1; COMPARE_OP !=; POP_JUMP_IF_FALSE)
      i32[n >> 2]++; i32[c1 >> 2]++;
      const x = val1(i32, n);
      let ne: boolean;
      if (x === x) ne = x !== 1;
      else { const b = fastCompare(rt, ty, n, c1, 3); ne = b === rt.S.True; decref(b); }
      decref(n); decref(c1);
      if (!ne) break;
      // if n & 1:
      i32[n >> 2]++; i32[c1 >> 2]++;
      const t = binop(n, c1, BinaryOp.AND, BinaryOp.AND);
      const truth = t !== ty.smallInts[0 - MIN];
      decref(t);
      if (truth) {
        // n = 3 * n + 1
        i32[c3 >> 2]++; i32[n >> 2]++;
        const p = binop(c3, n, BinaryOp.MULTIPLY, BinaryOp.MULTIPLY);
        i32[c1 >> 2]++;
        const q = binop(p, c1, BinaryOp.ADD, BinaryOp.ADD);
        const old = n; n = q; decref(old);
      } else {
        // n >>= 1
        i32[n >> 2]++; i32[c1 >> 2]++;
        const q = binop(n, c1, BinaryOp.RSHIFT, BinaryOp.RSHIFT + 13);
        const old = n; n = q; decref(old);
      }
      // total += 1
      i32[total >> 2]++; i32[c1 >> 2]++;
      const q = binop(total, c1, BinaryOp.ADD, BinaryOp.ADD + 13);
      const old = total; total = q; decref(old);
    }
  }
  if (start !== 0) decref(start);
  if (n !== 0) decref(n);
  return total;
}


/** As collatzCompiled, with the increments and decrements that cancel within an instruction
 * sequence left out (borrowed operands of exact-int operations), and one-digit values read
 * once: the floor for a compiler that keeps every object and allocation CPython makes. */
function collatzOpt(limitObj: number): number {
  const i32 = rt.i32;
  const c0 = ty.smallInts[0 - MIN];
  let total = c0; i32[c0 >> 2]++;
  let start = 0, n = 0;
  const limit = val1(i32, limitObj);
  for (let s = 1; s < limit; s++) {
    const item = mk(s);
    if (start !== 0) decref(start);
    start = item;
    i32[start >> 2]++;
    if (n !== 0) decref(n);
    n = start;
    for (;;) {
      const x = val1(i32, n);
      if (x !== x) throw new Error("prototype: two-digit n");
      if (x === 1) break;
      let q: number;
      if (x & 1) {
        const p = mk(3 * x);
        const pv = val1(i32, p);
        q = pv === pv ? mk(pv + 1) : fastBinaryOp(rt, ty, p, ty.smallInts[1 - MIN], BinaryOp.ADD);
        decref(p);
      } else {
        q = mk(x >> 1);
      }
      const old = n; n = q; decref(old);
      const tv = val1(i32, total);
      const t2 = mk(tv + 1);
      const oldt = total; total = t2; decref(oldt);
    }
  }
  if (start !== 0) decref(start);
  if (n !== 0) decref(n);
  return total;
}

for (let round = 0; round < 3; round++) {
  const lim = mk(LIMIT);
  const t0 = process.cpuUsage();
  const r = collatzOpt(lim);
  const dt = process.cpuUsage(t0);
  console.log("compiled JS, elided", i32v(r), ((dt.user + dt.system) / 1e6).toFixed(3));
  decref(r); decref(lim);
}
for (let round = 0; round < 3; round++) {
  const lim = mk(LIMIT);
  const t0 = process.cpuUsage();
  const r = collatzCompiled(lim);
  const dt = process.cpuUsage(t0);
  console.log("compiled JS", i32v(r), ((dt.user + dt.system) / 1e6).toFixed(3));
  decref(r); decref(lim);
}
function i32v(o: number): number {
  return val1(rt.i32, o);
}

/** binop on borrowed operands: nothing released (the "counts elided" version). */
function binopB(a: number, b: number, kind: number, arg: number): number {
  const i32 = rt.i32;
  const x = val1(i32, a), y = val1(i32, b);
  if (x === x && y === y) {
    let v: number;
    if (kind === BinaryOp.ADD) v = x + y;
    else if (kind === BinaryOp.AND) v = x & y;
    else if (kind === BinaryOp.MULTIPLY) v = x * y;
    else if (kind === BinaryOp.RSHIFT) v = x >> y;
    else v = NaN;
    if (v === v) return mk(v);
  }
  return fastBinaryOp(rt, ty, a, b, arg);
}
/** The naive compilation without the increments and decrements that cancel: ops still generic. */
function collatzNoRc(limitObj: number): number {
  const i32 = rt.i32;
  const c0 = ty.smallInts[0 - MIN], c1 = ty.smallInts[1 - MIN], c3 = ty.smallInts[3 - MIN];
  let total = 0, start = 0, n = 0;
  i32[c0 >> 2]++; total = c0;
  const limit = val1(i32, limitObj);
  for (let s = 1; s < limit; s++) {
    const item = mk(s);
    if (start !== 0) decref(start);
    start = item;
    i32[start >> 2]++;
    if (n !== 0) decref(n);
    n = start;
    for (;;) {
      const x = val1(i32, n);
      let ne: boolean;
      if (x === x) ne = x !== 1;
      else { const b = fastCompare(rt, ty, n, c1, 3); ne = b === rt.S.True; decref(b); }
      if (!ne) break;
      const t = binopB(n, c1, BinaryOp.AND, BinaryOp.AND);
      const truth = t !== ty.smallInts[0 - MIN];
      decref(t);
      if (truth) {
        const p = binopB(c3, n, BinaryOp.MULTIPLY, BinaryOp.MULTIPLY);
        const q = binopB(p, c1, BinaryOp.ADD, BinaryOp.ADD);
        decref(p);
        const old = n; n = q; decref(old);
      } else {
        const q = binopB(n, c1, BinaryOp.RSHIFT, BinaryOp.RSHIFT + 13);
        const old = n; n = q; decref(old);
      }
      const q = binopB(total, c1, BinaryOp.ADD, BinaryOp.ADD + 13);
      const old = total; total = q; decref(old);
    }
  }
  if (start !== 0) decref(start);
  if (n !== 0) decref(n);
  return total;
}
for (let round = 0; round < 3; round++) {
  const lim = mk(LIMIT);
  const t0 = process.cpuUsage();
  const r = collatzNoRc(lim);
  const dt = process.cpuUsage(t0);
  console.log("compiled JS, counts elided, generic ops", i32v(r), ((dt.user + dt.system) / 1e6).toFixed(3));
  decref(r); decref(lim);
}
const pySource = SRC.replace(/LIMIT/g, String(LIMIT)).replace(/eval loop/g, "python3");
const python = spawnSync("python3", ["-c", pySource], { encoding: "utf8" });
process.stdout.write(python.stdout ?? "");
