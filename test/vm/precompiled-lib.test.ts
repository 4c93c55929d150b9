// lib/ compiled at build time (src/vm/precompiled-lib.ts): what comes back out of the file is
// exactly what the compiler makes, every kind of constant included, and only for the build
// and the text it was made from.
import { describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { libSources } from "../cli/bundle.js";
import { compileSource } from "../../src/compile/compiler.js";
import { openPrecompiledLib, parsePrecompiledLib, precompiledLibBytes, precompiledModule, precompiledText } from "../../src/vm/precompiled-lib.js";

const libDir = path.resolve(__dirname, "..", "..", "lib");

/** Every kind of constant the compiler makes, nested code included. */
const CONSTANTS = [
  "x = (1, 2.5, -0.0, 'a', b'\\x00\\xff', None, True, ..., 2j, 10 ** 40, (3, (4,)))",
  "def f(a, b=(1, 2), *, c=frozenset()):",
  "    if a in {1, 2, 3}:",
  "        return [i for i in b if i not in {'p', 'q'}]",
  "    class Inner:",
  "        def m(self): return lambda y: y * float('nan')",
  "    return Inner",
].join("\n");

const compile = (source: string, filename: string) => compileSource(source, filename, "exec");

describe("precompiled lib/", () => {
  const modules = { ...libSources(libDir), "constants.py": CONSTANTS };
  const bytes = precompiledLibBytes("build-1", modules, compile);
  const lib = parsePrecompiledLib(bytes, "build-1")!;

  it("gives back what the compiler makes, under the file's own name", () => {
    for (const [relative, source] of Object.entries(modules)) {
      const file = path.join(libDir, relative);
      expect(precompiledModule(lib, relative, source, file), relative).toStrictEqual(compile(source, file));
    }
  });

  it("ignores another build's file, a changed text and an unknown module", () => {
    expect(parsePrecompiledLib(bytes, "build-2")).toBeNull();
    expect(precompiledModule(lib, "constants.py", CONSTANTS + "\n", "/x/constants.py")).toBeUndefined();
    expect(precompiledModule(lib, "nothere.py", "", "/x/nothere.py")).toBeUndefined();
  });

  it("holds every module's text, non-ASCII ones too", () => {
    const texts = { ...modules, "accents.py": "s = 'd\u00e9j\u00e0 \u{1F600}'\n" };
    const withAccents = parsePrecompiledLib(precompiledLibBytes("build-1", texts, compile), "build-1")!;
    for (const [relative, source] of Object.entries(texts)) expect(precompiledText(withAccents, relative), relative).toBe(source);
    expect(precompiledText(withAccents, "nothere.py")).toBeUndefined();
  });

  it("reads the file's parts from the file, for its own build only", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "glasspy-precompiled-"));
    try {
      const file = path.join(dir, "lib.code");
      writeFileSync(file, bytes);
      expect(openPrecompiledLib(file, "build-2")).toBeNull();
      const opened = openPrecompiledLib(file, "build-1")!;
      for (const [relative, source] of Object.entries(modules)) {
        const at = path.join(libDir, relative);
        expect(precompiledText(opened, relative), relative).toBe(source);
        expect(precompiledModule(opened, relative, source, at), relative).toStrictEqual(compile(source, at));
      }
      writeFileSync(file, bytes.subarray(0, bytes.length - 1));
      expect(() => precompiledText(openPrecompiledLib(file, "build-1")!, "constants.py")).toThrow(/shorter/);
      // Another build's file under a header read before: its bytes are not taken for the text.
      const reopened = openPrecompiledLib(file, "build-1")!;
      writeFileSync(file, precompiledLibBytes("build-2", { ...modules, "constants.py": CONSTANTS.replace("2.5", "3.5") }, compile));
      expect(() => precompiledText(reopened, "constants.py")).toThrow(/rewritten by another build/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
