// lib/ compiled at build time (src/vm/precompiled-lib.ts): what comes back out of the file is
// exactly what the compiler makes, every kind of constant included, and only for the build
// and the text it was made from.
import { describe, expect, it } from "vitest";
import path from "node:path";
import { libSources } from "../cli/bundle.js";
import { compileSource } from "../../src/compile/compiler.js";
import { parsePrecompiledLib, precompiledLibBytes, precompiledModule } from "../../src/vm/precompiled-lib.js";

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
});
