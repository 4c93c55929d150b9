/**
 * Leak finder for development: runs a program and lists the heap blocks still in use after
 * close, each with the JavaScript stack that allocated it.
 *
 *   node scripts/leaks.mjs program.py      (bundled by `node scripts/build-tool.mjs leaks`)
 */
import { Heap } from "../src/heap/index.js";
import { Interpreter } from "../src/index.js";

const live = new Map<number, string>();
const proto = Heap.prototype as unknown as Record<string, (...args: number[]) => number>;
for (const name of ["malloc", "calloc", "rawMalloc"]) {
  const original = proto[name];
  proto[name] = function (this: Heap, size: number) {
    const p = original.call(this, size);
    if (p !== 0) live.set(p, `${name}(${size})` + (new Error().stack ?? "").split("\n").slice(2, 9).join("\n"));
    return p;
  };
}
for (const name of ["realloc", "rawRealloc"]) {
  const original = proto[name];
  proto[name] = function (this: Heap, p: number, size: number) {
    const q = original.call(this, p, size);
    if (q !== 0) {
      const where = live.get(p) ?? "";
      live.delete(p);
      live.set(q, `${name}(${size}) ` + where);
    }
    return q;
  };
}
for (const name of ["free", "rawFree"]) {
  const original = proto[name];
  proto[name] = function (this: Heap, p: number) {
    live.delete(p);
    return original.call(this, p);
  };
}

const py = new Interpreter({ stdout: () => {}, stderr: (s) => process.stderr.write(s) });
const status = py.runFile(process.argv[2]);
const { liveBlocks } = py.close();
console.log(`status ${status}, live blocks ${liveBlocks}`);
const counts = new Map<string, number>();
for (const where of live.values()) counts.set(where, (counts.get(where) ?? 0) + 1);
for (const [where, n] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${n} x ${where}\n`);
