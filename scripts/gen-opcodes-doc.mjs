// Writes docs/opcodes.md from the opcode table (src/compile/opcodes.ts, via opcodes-doc.ts).
// test/compile/opcodes-doc.test.ts fails when the file is out of date.
import { build } from "esbuild";
import { mkdirSync, writeFileSync } from "node:fs";

const result = await build({
  entryPoints: ["src/compile/opcodes-doc.ts"], bundle: true, platform: "node", format: "esm", write: false, logLevel: "warning",
});
const url = "data:text/javascript;base64," + Buffer.from(result.outputFiles[0].text).toString("base64");
const { opcodesMarkdown } = await import(url);
mkdirSync("docs", { recursive: true });
writeFileSync("docs/opcodes.md", opcodesMarkdown());
console.log("wrote docs/opcodes.md");
