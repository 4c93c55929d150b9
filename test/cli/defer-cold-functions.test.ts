// The build's deferral of the snapshot bundle's cold functions (scripts/defer-cold-functions.mjs):
// a small bundle rewritten as the snapshot's is, its deferred chunks read from a file beside it
// by the command's loader (src/cli/deferred-code.ts), must behave as before and map as before.
import { afterEach, describe, expect, it } from "vitest";
import { build } from "esbuild";
import { SourceMap } from "node:module";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { DEFERRED_CODE_FILE, forgetDeferredCode } from "../../src/cli/deferred-code.js";
// @ts-expect-error: a JavaScript module without declarations
import { deferColdFunctions } from "../../scripts/defer-cold-functions.mjs";

// Functions of 160 characters or more are deferred; the padding makes them so.
const PAD = `"${"x".repeat(120)}"`;
const SOURCE = `
let counter = 0;
export function bump(): number { counter++; return counter; }
function readsCounter(): number { const pad = ${PAD}; return counter + pad.length * 0; }
function square(n: number): number { const pad = ${PAD}; return n * n + pad.length * 0; }
function factorial(n: number): number { const pad = ${PAD}; return n <= 1 ? 1 : n * factorial(n - 1) + pad.length * 0; }
function isItself(f: unknown): boolean { const pad = ${PAD}; return f === isItself && pad.length > 0; }
function describeThis(this: { name: string }, greeting: string): string { const pad = ${PAD}; return greeting + " " + this.name + pad.slice(0, 0); }
function sumAll(...xs: number[]): number { const pad = ${PAD}; return xs.reduce((a, b) => a + b, 0) + pad.length * 0; }
function hot(n: number): number { const pad = ${PAD}; return n + 1 + pad.length * 0; }
function usesGlobal(): string { const pad = ${PAD}; return typeof Math.max + pad.slice(0, 0); }
const table = [square, isItself];
hot(1);
(globalThis as any).__deferTest = { bump, readsCounter, square, factorial, isItself, describeThis, sumAll, hot, usesGlobal, table };
`;

/** The source bundled as the snapshot's bundle is (an IIFE, whitespace minified), with its map. */
async function bundle(): Promise<{ code: string; map: Record<string, unknown> }> {
  const result = await build({
    stdin: { contents: SOURCE, loader: "ts", sourcefile: "sample.ts" }, bundle: true, format: "iife", minifyWhitespace: true,
    sourcemap: "external", outfile: "out.js", write: false, logLevel: "silent",
  });
  const js = result.outputFiles.find((f) => f.path.endsWith(".js"))!.text;
  const map = JSON.parse(result.outputFiles.find((f) => f.path.endsWith(".map"))!.text) as Record<string, unknown>;
  return { code: js, map };
}

/** Coverage as V8 gives it: the functions named `ran` were called, the others not. */
function countsFor(code: string, ran: string[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const m of code.matchAll(/function ([\w$]+)\(/g)) counts.set(m.index!, ran.includes(m[1]!) ? 1 : 0);
  return counts;
}

/**
 * Run the rewritten bundle as the snapshot's runs: its chunks in a deferred-code file beside it,
 * read by src/cli/deferred-code.ts's loader; `loads` lists the chunks as they are loaded.
 */
function runRewritten(result: { code: string; deferred: string }): { loads: number[] } {
  const dir = mkdtempSync(path.join(tmpdir(), "glasspy-defer-"));
  work.push(dir);
  writeFileSync(path.join(dir, DEFERRED_CODE_FILE), result.deferred);
  const g = globalThis as Record<string, unknown>;
  g.__glasspyBundleUrl = pathToFileURL(path.join(dir, "bundle.cjs")).href;
  const loads: number[] = [];
  const load = installedLoader;
  g.__glasspyDeferredCode = (chunk: number, values: unknown[], table: unknown[]) => {
    loads.push(chunk);
    return load(chunk, values, table);
  };
  new Function(result.code)();
  return { loads };
}

const installedLoader = (globalThis as Record<string, unknown>).__glasspyDeferredCode as (chunk: number, values: unknown[], table: unknown[]) => unknown[];
const work: string[] = [];

afterEach(() => {
  const g = globalThis as Record<string, unknown>;
  delete g.__deferTest;
  delete g.__glasspyBundleUrl;
  g.__glasspyDeferredCode = installedLoader;
  forgetDeferredCode();
  for (const dir of work.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("deferring the snapshot's cold functions", () => {
  it("moves the cold functions out and keeps their behaviour, names and identities", async () => {
    const { code, map } = await bundle();
    const result = deferColdFunctions({ code, map, counts: countsFor(code, ["hot", "bump"]), buildId: "test-build" });
    expect(result.deferred.startsWith("test-build\n")).toBe(true);
    // The cold functions' bodies left the bundle; the hot one and the one using a variable the
    // bundle assigns (readsCounter: a chunk gets values, not bindings) stayed.
    expect(result.code).not.toMatch(/n\*factorial\(n-1\)/);
    expect(result.deferred).toMatch(/n\*factorial\(n-1\)/);
    expect(result.code).toMatch(/function hot\(n\)\{const pad/);
    expect(result.code).toMatch(/function readsCounter\(\)\{const pad/);
    expect(result.stats.functions).toBe(6);

    const { loads } = runRewritten(result);
    const t = (globalThis as any).__deferTest;
    expect(loads).toEqual([]);
    expect(t.square(7)).toBe(49);
    expect(loads).toEqual([0]);
    expect(t.factorial(10)).toBe(3628800);
    expect(t.sumAll(1, 2, 3, 4)).toBe(10);
    expect(t.describeThis.call({ name: "glasspy" }, "hello")).toBe("hello glasspy");
    expect(t.usesGlobal()).toBe("function");
    // One chunk per source file, loaded once.
    expect(loads).toEqual([0]);
    // A stand-in is the function: tables built before the load hold it, comparisons keep their
    // meaning, and it keeps its name and parameter count.
    expect(t.table[0]).toBe(t.square);
    expect(t.isItself(t.isItself)).toBe(true);
    expect(t.isItself(t.table[1])).toBe(true);
    expect([t.square.name, t.square.length, t.describeThis.length]).toEqual(["square", 1, 1]);
    expect(t.bump()).toBe(1);
    expect(t.readsCounter()).toBe(1);
    // Forgotten (as the snapshot's builder forgets the chunks it loaded), a chunk is loaded again
    // on the next call, and its functions are still the stand-ins'.
    forgetDeferredCode();
    expect(t.factorial(6)).toBe(720);
    expect(loads).toEqual([0, 0]);
    expect(t.isItself(t.table[1])).toBe(true);
  });

  it("changes nothing when every function ran", async () => {
    const { code, map } = await bundle();
    const ran = [...code.matchAll(/function ([\w$]+)\(/g)].map((m) => m[1]!);
    const result = deferColdFunctions({ code, map, counts: countsFor(code, ran), buildId: "b" });
    expect(result.stats.functions).toBe(0);
    runRewritten(result);
    expect((globalThis as any).__deferTest.factorial(5)).toBe(120);
  });

  it("keeps the source map's positions for the code that stays", async () => {
    const { code, map } = await bundle();
    const result = deferColdFunctions({ code, map, counts: countsFor(code, ["hot", "bump"]), buildId: "b" });
    // (Node's own reader of source maps.)
    const before = new SourceMap(map as never);
    const after = new SourceMap(result.map as never);
    const at = (text: string, offset: number) => {
      const lines = text.slice(0, offset).split("\n");
      return [lines.length - 1, lines[lines.length - 1]!.length] as const;
    };
    const origin = (sourceMap: SourceMap, text: string, needle: string) => {
      const entry = sourceMap.findEntry(...at(text, text.indexOf(needle))) as { originalSource?: string; originalLine?: number; originalColumn?: number };
      return `${entry.originalSource}:${entry.originalLine}:${entry.originalColumn}`;
    };
    for (const needle of ["function hot(", "function readsCounter(", "function bump(", "var table="]) {
      expect(origin(after, result.code, needle)).toBe(origin(before, code, needle));
      expect(origin(after, result.code, needle)).toMatch(/sample\.ts:\d+:\d+$/);
    }
    // The moved code's mappings went with it: within a stand-in, every position maps by the
    // mapping at its start.
    const stubs = [...result.code.matchAll(/function (square|factorial|isItself)\([^)]*\)\{return [^}]*\}/g)];
    expect(stubs.length).toBe(3);
    for (const stub of stubs) {
      const [line, column] = at(result.code, stub.index!);
      for (let i = 1; i < stub[0].length; i++) {
        expect((after.findEntry(line, column + i) as { generatedColumn?: number }).generatedColumn).toBe(column);
      }
    }
  });
});
