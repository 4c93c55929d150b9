// Bundles the CLI and the embedding API with esbuild, each into one file under dist/.
import { build } from "esbuild";
import { readdirSync, readFileSync, statSync } from "node:fs";
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
await build({ ...common, entryPoints: ["src/cli/main.ts"], outfile: "dist/glasspy.mjs", banner: { js: "#!/usr/bin/env node" } });
await build({ ...common, entryPoints: ["src/index.ts"], outfile: "dist/index.mjs" });
