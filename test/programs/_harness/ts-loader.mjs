// Module hooks that let a plain worker thread import the TypeScript sources, the way vitest does:
// each .ts file is transpiled on its own by esbuild and keeps its own URL, so import.meta.url and
// relative paths behave as under vitest. Imports written with a .js extension (or none) find the
// .ts file; JSON files load as default exports.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const { transformSync } = createRequire(import.meta.url)("esbuild");

function isPath(specifier) {
  return specifier.startsWith(".") || specifier.startsWith("/") || specifier.startsWith("file:");
}

export async function resolve(specifier, context, nextResolve) {
  try {
    return await nextResolve(specifier, context);
  } catch (error) {
    if (!isPath(specifier)) throw error;
    const candidates = [specifier.replace(/\.(m?)js$/, ".$1ts"), `${specifier}.ts`, `${specifier}/index.ts`];
    for (const candidate of candidates) {
      if (candidate === specifier) continue;
      try {
        return await nextResolve(candidate, context);
      } catch {
        // Try the next spelling.
      }
    }
    throw error;
  }
}

export async function load(url, context, nextLoad) {
  if (url.startsWith("file:") && /\.(m?)ts$/.test(url)) {
    const file = fileURLToPath(url);
    const { code } = transformSync(readFileSync(file, "utf8"), {
      loader: "ts",
      format: "esm",
      target: "node20",
      sourcemap: "inline",
      sourcefile: file,
    });
    return { format: "module", source: code, shortCircuit: true };
  }
  if (url.startsWith("file:") && url.endsWith(".json")) {
    const text = readFileSync(fileURLToPath(url), "utf8");
    return { format: "module", source: `export default ${text};`, shortCircuit: true };
  }
  return nextLoad(url, context);
}
