/**
 * `node dist/glasspy.mjs`: the `glasspy` command without the start-up snapshot. The script
 * dist/glasspy runs the snapshot (snapshot.ts) when it fits the Node binary and falls back to
 * this file otherwise; profiling (`node --cpu-prof dist/glasspy.mjs ...`) goes through here too.
 *
 * It loads the CLI bundle through V8's code cache. Compiling the 1.9 MB bundle would be a third
 * of this path's start-up: the build (scripts/build.mjs) runs the CLI once on a warm-up program
 * and saves V8's code cache for it beside the bundle; here the bundle is compiled with that
 * cache, so V8 deserialises the bytecode of every function the warm-up used instead of parsing
 * and compiling them again. When the cache is missing or V8 rejects it (another Node version,
 * other V8 flags), the bundle is simply compiled from source: the cache changes start-up time,
 * never behaviour.
 *
 * With GLASSPY_WRITE_CODE_CACHE set, the cache is (re)written at exit: that is how the build
 * makes it.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import vm from "node:vm";

const STAMP_BYTES = 64;

/**
 * Compile and run the bundle. Its text and the cache are locals: once V8 has compiled the
 * script, the only copy of the source left is the one V8 keeps, and the cache is garbage.
 */
function loadBundle(): void {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const bundlePath = path.join(here, "glasspy-cli.cjs");
  const cachePath = path.join(here, "glasspy-cli.cache");
  const writeCache = process.env.GLASSPY_WRITE_CODE_CACHE !== undefined;
  // V8 accepts a code cache for any source of the same length, so the cache file starts with
  // the bundle's size and modification time as they were when the cache was made: a cache left
  // from another build is never used for this bundle.
  const stat = statSync(bundlePath);
  const bundleStamp = Buffer.from(JSON.stringify([stat.size, stat.mtimeMs]).padEnd(STAMP_BYTES));
  let cachedData: Buffer | undefined;
  if (!writeCache && existsSync(cachePath)) {
    const file = readFileSync(cachePath);
    if (file.subarray(0, STAMP_BYTES).equals(bundleStamp)) cachedData = file.subarray(STAMP_BYTES);
  }
  // The build wrapped the CommonJS bundle as Node's own loader would wrap it (its first and
  // last lines), so the file's text is the script, with no second copy made here.
  const script = new vm.Script(readFileSync(bundlePath, "utf8"), { filename: bundlePath, cachedData });
  if (writeCache) {
    process.on("exit", () => writeFileSync(cachePath, Buffer.concat([bundleStamp, script.createCachedData()])));
  }
  // The bundle reads its own location (to find lib/) through this global; see scripts/build.mjs.
  (globalThis as { __glasspyBundleUrl?: string }).__glasspyBundleUrl = pathToFileURL(bundlePath).href;
  const module = { exports: {} };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper(module.exports, createRequire(bundlePath), module, bundlePath, here);
}

loadBundle();
