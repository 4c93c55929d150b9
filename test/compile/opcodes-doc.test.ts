// docs/opcodes.md is generated from the opcode table; this fails when it is out of date
// (regenerate with `node scripts/gen-opcodes-doc.mjs`).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { opcodesMarkdown } from "../../src/compile/opcodes-doc.js";
import { opNames } from "../../src/compile/opcodes.js";

describe("docs/opcodes.md", () => {
  const doc = readFileSync(fileURLToPath(new URL("../../docs/opcodes.md", import.meta.url)), "utf8");

  it("is current", () => {
    expect(doc).toBe(opcodesMarkdown());
  });

  it("lists every opcode with its formula", () => {
    for (const name of opNames) expect(doc).toContain(`| \`${name}\` |`);
  });
});
