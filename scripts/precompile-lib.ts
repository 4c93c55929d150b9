// Run by scripts/build.mjs, bundled: compiles glasspy's lib/ modules into the precompiled-lib
// file beside the bundles (src/vm/precompiled-lib.ts).
//   node precompile-lib.cjs BUILD_ID OUT_FILE < {"path relative to lib/": "text", ...}
import { readFileSync, writeFileSync } from "node:fs";
import { compileSource } from "../src/compile/compiler.js";
import { precompiledLibBytes } from "../src/vm/precompiled-lib.js";

const [id, outFile] = process.argv.slice(2);
const modules = JSON.parse(readFileSync(0, "utf8")) as Record<string, string>;
writeFileSync(outFile, precompiledLibBytes(id, modules, (source, filename) => compileSource(source, filename, "exec")));
