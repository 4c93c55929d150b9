/**
 * The compiler's entry points: an AST (or source text) in, a `CodeData` tree out.
 *
 *   source --parse--> AST --AstOptimizer--> folded AST --buildSymtable--> scopes
 *          --Compiler (codegen.ts and friends)--> blocks per code unit --assemble--> CodeData
 *
 * This is CPython 3.11's `_PyAST_Compile`: future statements are checked first, then the AST
 * is folded, the symbol table built, and each scope compiled and assembled depth-first.
 */
import type * as ast from "../parse/ast.js";
import { CodeFlag, type CodeData } from "./code.js";
import { AstOptimizer } from "./fold.js";
import { buildSymtable } from "./symtable.js";
import { Compiler } from "./codegen.js";
import { ErrorSite } from "./errors.js";
import { ScopeType } from "./unit.js";
import { compileBody, findAnn } from "./stmt.js";
import { Op } from "./opcodes.js";
import { parse } from "../parse/parser.js";

export type CompileMode = "exec" | "eval" | "single";

export interface CompileOptions {
  /** 0: normal; 1: drop asserts, `__debug__` is False; 2: also drop docstrings (`-O`, `-OO`). */
  readonly optimize?: number;
  /** The source text, for the line shown with a SyntaxError. */
  readonly source?: string;
}

const modeOf = { Module: "exec", Expression: "eval", Interactive: "single" } as const;

const knownFutures = new Set([
  "nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function",
  "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
]);

interface Futures {
  /** Line of the last future statement (-1 if none). */
  lineno: number;
  annotations: boolean;
  /** The CO_FUTURE_* flags every code object of the module carries. */
  flags: number;
}

/** `future.c`: the `from __future__ import` statements at the top of a module. */
function futureFeatures(mod: ast.Mod, site: ErrorSite): Futures {
  const ff: Futures = { lineno: -1, annotations: false, flags: 0 };
  if (mod.kind === "Expression") return ff;
  let done = false;
  mod.body.forEach((s, i) => {
    if (s.kind === "ImportFrom" && s.module === "__future__") {
      if (done) throw site.error("from __future__ imports must occur at the beginning of the file", s);
      for (const alias of s.names) {
        if (alias.name === "braces") throw site.errorAtStart("not a chance", s);
        if (!knownFutures.has(alias.name)) throw site.errorAtStart(`future feature ${alias.name} is not defined`, s);
        if (alias.name === "annotations") {
          ff.annotations = true;
          ff.flags |= CodeFlag.FUTURE_ANNOTATIONS;
        }
        if (alias.name === "barry_as_FLUFL") ff.flags |= CodeFlag.FUTURE_BARRY_AS_BDFL;
      }
      ff.lineno = s.lineno;
    } else if (!(i === 0 && s.kind === "Expr" && s.value.kind === "Constant" && typeof s.value.value === "string")) {
      done = true;
    }
  });
  return ff;
}

/** Compile a module, an expression or an interactive statement to its code object. */
export function compile(tree: ast.Module | ast.Expression | ast.Interactive, filename: string, mode: CompileMode,
  options: CompileOptions = {}): CodeData {
  if (modeOf[tree.kind] !== mode) throw new Error(`compile: a ${tree.kind} cannot be compiled in '${mode}' mode`);
  const optimize = options.optimize ?? 0;
  const site = new ErrorSite(filename, options.source);
  const futures = futureFeatures(tree, site);
  const folded = new AstOptimizer(optimize, futures.annotations).mod(tree);
  const st = buildSymtable(folded, site, futures.annotations);
  const c = new Compiler(st, site, {
    filename, optimize, interactive: tree.kind === "Interactive", futureLineno: futures.lineno,
    futureAnnotations: futures.annotations, futureFlags: futures.flags,
  });
  c.enterScope("<module>", ScopeType.Module, folded, 1);
  c.u.loc = { ...c.u.loc, lineno: 1 };
  let addNone = true;
  switch (folded.kind) {
    case "Module":
      compileBody(c, folded.body);
      break;
    case "Interactive":
      if (findAnn(folded.body)) c.addop(Op.SETUP_ANNOTATIONS);
      c.visitStmts(folded.body);
      break;
    case "Expression":
      c.visitExpr(folded.body);
      addNone = false;
      break;
  }
  return c.finishScope(addNone);
}

/** Parse and compile source text (`compile(source, filename, mode)` in Python). */
export function compileSource(source: string, filename: string, mode: CompileMode,
  options: Omit<CompileOptions, "source"> = {}): CodeData {
  const tree = parse(source, filename, mode) as ast.Module | ast.Expression | ast.Interactive;
  return compile(tree, filename, mode, { ...options, source });
}
