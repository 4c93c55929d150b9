// The symbol table against CPython's `symtable` module (recorded by record.py from
// symtables.txt): the same blocks, and the same scope for every name in every block.
import { describe, expect, it } from "vitest";
import type * as ast from "../../src/parse/ast.js";
import { BlockType, Scope, buildSymtable, mangle, type SymbolTableEntry } from "../../src/compile/symtable.js";
import { ErrorSite } from "../../src/compile/errors.js";
import { astFromJson, loadSymtables, type TableFixture } from "./fixtures.js";

const scopeNames = {
  [Scope.LOCAL]: "LOCAL", [Scope.GLOBAL_EXPLICIT]: "GLOBAL_EXPLICIT", [Scope.GLOBAL_IMPLICIT]: "GLOBAL_IMPLICIT",
  [Scope.FREE]: "FREE", [Scope.CELL]: "CELL",
};
const typeNames = {
  [BlockType.Module]: "module", [BlockType.Function]: "function", [BlockType.Class]: "class", [BlockType.Annotation]: "annotation",
};

function tableJson(ste: SymbolTableEntry): TableFixture {
  const symbols: Record<string, string> = {};
  for (const name of ste.symbols.keys()) symbols[name] = scopeNames[ste.scope(name) as Scope] ?? "NONE";
  return {
    name: ste.name,
    type: typeNames[ste.type],
    nested: ste.nested,
    symbols,
    children: ste.children.map(tableJson),
  };
}

function tableOf(tree: ast.Mod): SymbolTableEntry {
  return buildSymtable(tree, new ErrorSite("snippet.py")).top;
}

describe("symbol tables match CPython 3.11's symtable module", () => {
  for (const s of loadSymtables()) {
    it(s.name, () => {
      const tree = astFromJson(s.ast as never) as ast.Module;
      expect(tableJson(tableOf(tree))).toEqual(s.table);
    });
  }
});

describe("symbol table details", () => {
  const byName = (s: string) => {
    const found = loadSymtables().find((t) => t.name === s);
    if (!found) throw new Error(`no symtable fixture ${s}`);
    return tableOf(astFromJson(found.ast as never) as ast.Module);
  };

  it("a class whose methods use super() or __class__ needs the __class__ cell", () => {
    const top = byName("class_cell");
    const cls = top.children[0];
    expect(cls.needsClassClosure).toBe(true);
    expect(cls.children.map((m) => m.scope("__class__"))).toEqual([Scope.FREE, Scope.FREE]);
  });

  it("a class's own binding of a method's free variable is flagged FREE_CLASS", () => {
    const cls = byName("class_free_class").children[0].children[0];
    expect(cls.scope("x")).toBe(Scope.LOCAL);
    expect(cls.flags("x") & 64).toBe(64);
    expect(cls.needsClassClosure).toBe(false);
  });

  it("comprehensions are functions taking .0, and generator expressions are generators", () => {
    const f = byName("comprehensions").children[0];
    expect(f.children.map((c) => [c.name, c.varnames[0], c.generator])).toEqual([
      ["listcomp", ".0", false], ["dictcomp", ".0", false], ["genexpr", ".0", true], ["setcomp", ".0", false],
    ]);
  });

  it("parameters are recorded in order, and *args/**kwargs set their flags", () => {
    const f = byName("function_kinds").children[0];
    expect(f.varnames).toEqual(["a", "b", "c", "args", "kw"]);
    expect([f.varargs, f.varkeywords]).toEqual([true, true]);
  });

  it("names are mangled inside classes, except dunder names", () => {
    expect(mangle("C", "__a")).toBe("_C__a");
    expect(mangle("_C", "__a")).toBe("_C__a");
    expect(mangle("__", "__a")).toBe("__a");
    expect(mangle("C", "__a__")).toBe("__a__");
    expect(mangle("C", "_a")).toBe("_a");
    expect(mangle("C", "__a.b")).toBe("__a.b");
    expect(mangle(undefined, "__a")).toBe("__a");
    const cls = byName("mangling").children[0];
    expect([...cls.symbols.keys()]).toEqual(["_C__a", "_C__m"]);
    expect(cls.children[0].varnames).toEqual(["self", "_C__p"]);
  });
});
