// The CLI bundled once per test file with esbuild into a temporary folder, with lib/ embedded
// as `npm run build` embeds it (scripts/build.mjs).
import { build } from "esbuild";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const root = path.resolve(__dirname, "..", "..");

/**
 * Bundle the CLI (src/cli/start.ts) into a new temporary folder; gives the folder and the bundle.
 * The caller removes the folder when its tests are done (removeWork), with whatever they made in it.
 */
export async function bundleCli(): Promise<{ work: string; cli: string }> {
  const work = mkdtempSync(path.join(tmpdir(), "glasspy-cli-"));
  const cli = path.join(work, "glasspy.mjs");
  await build({
    entryPoints: [path.join(root, "src/cli/start.ts")], outfile: cli, bundle: true, platform: "node", format: "esm",
    target: "node20", logLevel: "warning", define: { __GLASSPY_LIB__: JSON.stringify(libSources(path.join(root, "lib"))) },
  });
  return { work, cli };
}

/** Every lib/**\/*.py file's text, keyed by its path relative to lib/. */
export function libSources(dir: string, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) Object.assign(out, libSources(full, `${prefix}${name}/`));
    else if (name.endsWith(".py")) out[`${prefix}${name}`] = readFileSync(full, "utf8");
  }
  return out;
}

/** Remove a test file's temporary folder and everything in it (an empty path is left alone). */
export function removeWork(work: string): void {
  if (work) rmSync(work, { recursive: true, force: true });
}
