/**
 * Statements: assignments, imports, `if`/`while`/`for`, `return`/`break`/`continue`, and the
 * bodies of modules and classes (docstrings, `SETUP_ANNOTATIONS`). Compound statements with
 * handlers are in handlers.ts, definitions in scopes.ts, `match` in pattern.ts.
 */
import type * as ast from "../parse/ast.js";
import { Op } from "./opcodes.js";
import { Pseudo } from "./ir.js";
import { TupleConst } from "./code.js";
import type { Compiler } from "./codegen.js";
import { FBlockType, ScopeType } from "./unit.js";
import { BlockType, mangle } from "./symtable.js";
import { docString } from "./fold.js";
import { unparseAnnotation } from "./unparse.js";
import { inplaceBinary, jumpIf } from "./expr.js";
import { compileAssert, compileRaise, compileTry, compileWith } from "./handlers.js";
import { compileClass, compileFunction } from "./scopes.js";
import { compileMatch } from "./pattern.js";

export function compileStmt(c: Compiler, s: ast.Stmt): void {
  switch (s.kind) {
    case "FunctionDef": return compileFunction(c, s);
    case "ClassDef": return compileClass(c, s);
    case "Return": return returnStmt(c, s);
    case "Delete": return c.visitExprs(s.targets);
    case "Assign":
      c.visitExpr(s.value);
      s.targets.forEach((t, i) => {
        if (i < s.targets.length - 1) c.addop(Op.COPY, 1);
        c.visitExpr(t);
      });
      return;
    case "AugAssign": return augAssign(c, s);
    case "AnnAssign": return annAssign(c, s);
    case "For": return forStmt(c, s);
    case "While": return whileStmt(c, s);
    case "If": return ifStmt(c, s);
    case "Raise": return compileRaise(c, s);
    case "Try": return compileTry(c, s);
    case "Assert": return compileAssert(c, s);
    case "Import": return importStmt(c, s);
    case "ImportFrom": return importFrom(c, s);
    case "Global":
    case "Nonlocal":
      return;
    case "Expr": return exprStmt(c, s.value);
    case "Pass": return c.addop(Op.NOP);
    case "Break": return breakStmt(c);
    case "Continue": return continueStmt(c);
    case "With": return compileWith(c, s, 0);
    case "Match": return compileMatch(c, s);
    case "TryStar": return c.unsupported("try/except*", s);
    case "AsyncFunctionDef": return c.unsupported("async def", s);
    case "AsyncFor": return c.unsupported("async for", s);
    case "AsyncWith": return c.unsupported("async with", s);
  }
}

/** Does a body annotate a variable anywhere (outside nested definitions)? */
export function findAnn(stmts: readonly ast.Stmt[]): boolean {
  return stmts.some((st) => {
    switch (st.kind) {
      case "AnnAssign": return true;
      case "For":
      case "AsyncFor":
      case "While":
      case "If":
        return findAnn(st.body) || findAnn(st.orelse);
      case "With":
      case "AsyncWith":
        return findAnn(st.body);
      case "Try":
      case "TryStar":
        return st.handlers.some((h) => findAnn(h.body)) || findAnn(st.body) || findAnn(st.finalbody) || findAnn(st.orelse);
      case "Match":
        return st.cases.some((m) => findAnn(m.body));
      default:
        return false;
    }
  });
}

/** The body of a module or class: annotations set-up, docstring, statements. */
export function compileBody(c: Compiler, stmts: readonly ast.Stmt[]): void {
  if (c.u.scopeType === ScopeType.Module && stmts.length) c.setLoc(stmts[0]);
  if (findAnn(stmts)) c.addop(Op.SETUP_ANNOTATIONS);
  if (!stmts.length) return;
  let i = 0;
  if (c.options.optimize < 2 && docString(stmts) !== undefined) {
    i = 1;
    c.visitExpr((stmts[0] as ast.ExprStmt).value);
    c.unsetLoc();
    c.nameop("__doc__", "Store");
  }
  for (; i < stmts.length; i++) c.visitStmt(stmts[i]);
}

function exprStmt(c: Compiler, value: ast.Expr): void {
  if (c.options.interactive && c.nestlevel <= 1) {
    c.visitExpr(value);
    c.addop(Op.PRINT_EXPR);
    return;
  }
  if (value.kind === "Constant") {
    c.addop(Op.NOP);
    return;
  }
  c.visitExpr(value);
  c.unsetLoc();
  c.addop(Op.POP_TOP);
}

function augAssign(c: Compiler, s: ast.AugAssign): void {
  const e = s.target;
  const saved = c.u.loc;
  c.setLoc(e);
  switch (e.kind) {
    case "Attribute":
      c.visitExpr(e.value);
      c.addop(Op.COPY, 1);
      attrLocation(c, e);
      c.addopName(Op.LOAD_ATTR, e.attr);
      break;
    case "Subscript":
      c.visitExpr(e.value);
      c.visitExpr(e.slice);
      c.addop(Op.COPY, 2);
      c.addop(Op.COPY, 2);
      c.addop(Op.BINARY_SUBSCR);
      break;
    case "Name":
      c.nameop(e.id, "Load");
      break;
  }
  c.u.loc = saved;
  c.visitExpr(s.value);
  c.addop(Op.BINARY_OP, inplaceBinary(s.op));
  c.setLoc(e);
  switch (e.kind) {
    case "Attribute":
      attrLocation(c, e);
      c.addop(Op.SWAP, 2);
      c.addopName(Op.STORE_ATTR, e.attr);
      break;
    case "Subscript":
      c.addop(Op.SWAP, 3);
      c.addop(Op.SWAP, 2);
      c.addop(Op.STORE_SUBSCR);
      break;
    case "Name":
      c.nameop(e.id, "Store");
      break;
  }
}

/**
 * `update_start_location_to_match_attr`: for an attribute access spread over several lines,
 * the instruction starts at the attribute name.
 */
export function attrLocation(c: Compiler, attr: ast.Attribute): void {
  const loc = c.u.loc;
  if (loc.lineno === attr.end_lineno) return;
  const len = attr.attr.length;
  let col = loc.col_offset;
  let endCol = loc.end_col_offset;
  if (len <= attr.end_col_offset) {
    col = attr.end_col_offset - len;
  } else {
    col = -1;
    endCol = -1;
  }
  const lineno = attr.end_lineno;
  const endLineno = Math.max(lineno, loc.end_lineno);
  if (lineno === endLineno) endCol = Math.max(col, endCol);
  c.setLoc({ lineno, end_lineno: endLineno, col_offset: col, end_col_offset: endCol });
}

function checkAnnExpr(c: Compiler, e: ast.Expr): void {
  c.visitExpr(e);
  c.addop(Op.POP_TOP);
}

function checkAnnSubscr(c: Compiler, e: ast.Expr): void {
  switch (e.kind) {
    case "Slice":
      if (e.lower) checkAnnExpr(c, e.lower);
      if (e.upper) checkAnnExpr(c, e.upper);
      if (e.step) checkAnnExpr(c, e.step);
      return;
    case "Tuple":
      for (const elt of e.elts) checkAnnSubscr(c, elt);
      return;
    default:
      checkAnnExpr(c, e);
  }
}

const inModuleOrClass = (c: Compiler) => c.u.scopeType === ScopeType.Module || c.u.scopeType === ScopeType.Class;

function annAssign(c: Compiler, s: ast.AnnAssign): void {
  const targ = s.target;
  if (s.value) {
    c.visitExpr(s.value);
    c.visitExpr(targ);
  }
  switch (targ.kind) {
    case "Name":
      if (targ.id === "__debug__") c.error("cannot assign to __debug__");
      /* a simple name in a module or class: record the annotation */
      if (s.simple && inModuleOrClass(c)) {
        annotationValue(c, s.annotation);
        c.addopNameRaw(Op.LOAD_NAME, "__annotations__");
        c.loadConst(mangle(c.u.privateName, targ.id));
        c.addop(Op.STORE_SUBSCR);
      }
      break;
    case "Attribute":
      if (targ.attr === "__debug__") c.error("cannot assign to __debug__");
      if (!s.value) checkAnnExpr(c, targ.value);
      break;
    case "Subscript":
      if (!s.value) {
        checkAnnExpr(c, targ.value);
        checkAnnSubscr(c, targ.slice);
      }
      break;
  }
  /* the annotation of a complex target is evaluated last, and only in a module or class */
  if (!s.simple && !c.options.futureAnnotations && inModuleOrClass(c)) checkAnnExpr(c, s.annotation);
}

/** An annotation's value: the expression, or its source text under `from __future__ import annotations`. */
export function annotationValue(c: Compiler, annotation: ast.Expr): void {
  if (c.options.futureAnnotations) c.loadConst(unparseAnnotation(annotation));
  else c.visitExpr(annotation);
}

function ifStmt(c: Compiler, s: ast.If): void {
  const end = c.newBlock();
  const next = s.orelse.length ? c.newBlock() : end;
  jumpIf(c, s.test, next, false);
  c.visitStmts(s.body);
  if (s.orelse.length) {
    c.jumpNoLine(Pseudo.JUMP, end);
    c.useNextBlock(next);
    c.visitStmts(s.orelse);
  }
  c.useNextBlock(end);
}

function forStmt(c: Compiler, s: ast.For): void {
  const start = c.newBlock();
  const body = c.newBlock();
  const cleanup = c.newBlock();
  const end = c.newBlock();
  c.pushFblock({ type: FBlockType.ForLoop, block: start, exit: end });
  c.visitExpr(s.iter);
  c.addop(Op.GET_ITER);
  c.useNextBlock(start);
  c.jump(Op.FOR_ITER, cleanup);
  c.useNextBlock(body);
  c.visitExpr(s.target);
  c.visitStmts(s.body);
  /* the jump back is artificial */
  c.unsetLoc();
  c.jump(Pseudo.JUMP, start);
  c.useNextBlock(cleanup);
  c.popFblock(FBlockType.ForLoop);
  c.visitStmts(s.orelse);
  c.useNextBlock(end);
}

function whileStmt(c: Compiler, s: ast.While): void {
  const loop = c.newBlock();
  const body = c.newBlock();
  const anchor = c.newBlock();
  const end = c.newBlock();
  c.useNextBlock(loop);
  c.pushFblock({ type: FBlockType.WhileLoop, block: loop, exit: end });
  jumpIf(c, s.test, anchor, false);
  c.useNextBlock(body);
  c.visitStmts(s.body);
  c.setLoc(s);
  jumpIf(c, s.test, body, true);
  c.popFblock(FBlockType.WhileLoop);
  c.useNextBlock(anchor);
  c.visitStmts(s.orelse);
  c.useNextBlock(end);
}

function returnStmt(c: Compiler, s: ast.Return): void {
  const value = s.value;
  const preserveTos = value !== undefined && value.kind !== "Constant";
  if (c.u.ste.type !== BlockType.Function) c.error("'return' outside function");
  if (preserveTos) {
    c.visitExpr(value);
  } else if (value) {
    /* an instruction with the value's line */
    c.setLoc(value);
    c.addop(Op.NOP);
  }
  if (!value || value.lineno !== s.lineno) {
    c.setLoc(s);
    c.addop(Op.NOP);
  }
  c.unwindFblockStack(preserveTos, false);
  if (!value) c.loadConst(null);
  else if (!preserveTos) c.loadLiteral((value as ast.Constant).value);
  c.addop(Op.RETURN_VALUE);
}

function breakStmt(c: Compiler): void {
  const saved = c.u.loc;
  c.addop(Op.NOP);
  const loop = c.unwindFblockStack(false, true);
  if (!loop) {
    c.setLoc(saved);
    c.error("'break' outside loop");
  }
  c.unwindFblock(loop, false);
  c.jump(Pseudo.JUMP, loop.exit);
}

function continueStmt(c: Compiler): void {
  const saved = c.u.loc;
  c.addop(Op.NOP);
  const loop = c.unwindFblockStack(false, true);
  if (!loop) {
    c.setLoc(saved);
    c.error("'continue' not properly in loop");
  }
  c.jump(Pseudo.JUMP, loop.block);
}

function importStmt(c: Compiler, s: ast.Import): void {
  for (const alias of s.names) {
    c.loadConst(0n);
    c.loadConst(null);
    c.addopName(Op.IMPORT_NAME, alias.name);
    if (alias.asname !== undefined) {
      importAs(c, alias.name, alias.asname);
    } else {
      c.nameop(alias.name.split(".")[0], "Store");
    }
  }
}

/** `import a.b.c as d`: fetch each attribute of the top-level module in turn. */
function importAs(c: Compiler, name: string, asname: string): void {
  const parts = name.split(".");
  if (parts.length > 1) {
    for (let i = 1; i < parts.length; i++) {
      c.addopNameRaw(Op.IMPORT_FROM, parts[i]);
      if (i === parts.length - 1) break;
      c.addop(Op.SWAP, 2);
      c.addop(Op.POP_TOP);
    }
    c.nameop(asname, "Store");
    c.addop(Op.POP_TOP);
    return;
  }
  c.nameop(asname, "Store");
}

function importFrom(c: Compiler, s: ast.ImportFrom): void {
  c.loadConst(BigInt(s.level));
  if (s.lineno > c.options.futureLineno && s.module === "__future__") {
    c.error("from __future__ imports must occur at the beginning of the file");
  }
  c.loadConst(new TupleConst(s.names.map((a) => a.name)));
  c.addopName(Op.IMPORT_NAME, s.module ?? "");
  for (const [i, alias] of s.names.entries()) {
    if (i === 0 && alias.name.startsWith("*")) {
      c.addop(Op.IMPORT_STAR);
      return;
    }
    c.addopName(Op.IMPORT_FROM, alias.name);
    c.nameop(alias.asname ?? alias.name, "Store");
  }
  /* drop the module */
  c.addop(Op.POP_TOP);
}
