// Bundles the CLI and the embedding API with esbuild, each into one file under dist/.
import { build } from "esbuild";

const common = { bundle: true, platform: "node", format: "esm", target: "node20", sourcemap: true, logLevel: "warning" };
await build({ ...common, entryPoints: ["src/cli/main.ts"], outfile: "dist/glasspy.mjs", banner: { js: "#!/usr/bin/env node" } });
await build({ ...common, entryPoints: ["src/index.ts"], outfile: "dist/index.mjs" });
