// Bundles the CLI and the embedding API with esbuild, each into one file under dist/.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";

/** Every lib/**\/*.py file's text, keyed by its path relative to lib/ (see src/vm/lib-sources.ts). */
function libSources(dir = "lib", prefix = "") {
  const out = {};
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) Object.assign(out, libSources(full, `${prefix}${name}/`));
    else if (name.endsWith(".py")) out[`${prefix}${name}`] = readFileSync(full, "utf8");
  }
  return out;
}

const common = {
  bundle: true, platform: "node", format: "esm", target: "node20", sourcemap: true, logLevel: "warning",
  define: { __GLASSPY_LIB__: JSON.stringify(libSources()) },
};
// The command: a small launcher (dist/glasspy.mjs) that compiles the CLI bundle
// (dist/glasspy-cli.cjs) with V8's code cache (dist/glasspy-cli.cache); see src/cli/launcher.ts.
// The CLI bundle is CommonJS because V8's code cache applies to scripts, not ES modules; it
// finds its own location through a global the launcher sets instead of import.meta.url.
await build({
  ...common, format: "cjs", entryPoints: ["src/cli/main.ts"], outfile: "dist/glasspy-cli.cjs",
  define: { ...common.define, "import.meta.url": "globalThis.__glasspyBundleUrl" },
});
await build({ ...common, entryPoints: ["src/cli/launcher.ts"], outfile: "dist/glasspy.mjs", banner: { js: "#!/usr/bin/env node" } });
await build({ ...common, entryPoints: ["src/index.ts"], outfile: "dist/index.mjs" });

// The code cache: V8's compiled bytecode of every function a warm-up run used. It must be made
// by the same Node binary that will run glasspy; a cache from another version is ignored.
const warmup = spawnSync(process.execPath, ["dist/glasspy.mjs", "scripts/code-cache-warmup.py"], {
  env: { ...process.env, GLASSPY_WRITE_CODE_CACHE: "1" }, encoding: "utf8",
});
if (warmup.status !== 0) {
  // Without a cache glasspy only starts slower; a stale one would be rejected by V8 anyway.
  rmSync("dist/glasspy-cli.cache", { force: true });
  console.warn(`build: warning: the code-cache warm-up failed (status ${warmup.status}); no code cache:\n${warmup.stdout}${warmup.stderr}`);
}
