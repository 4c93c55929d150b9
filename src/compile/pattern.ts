/**
 * The `match` statement (PEP 634): its cases and their patterns, compiled to CPython 3.11's
 * bytecode (MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS, MATCH_CLASS, GET_LEN with COPY, SWAP,
 * UNPACK_* and conditional jumps), so that `dis` shows what CPython's compiler makes.
 *
 * The subject stays on the stack while its cases are tried: each case but the last works on a
 * COPY of it. A pattern consumes the object it is matched against, and leaves on the stack the
 * objects its names capture; they are stored only when the whole pattern has matched, so a
 * failed case binds nothing. Two counts describe the stack while a pattern is compiled:
 *
 *   onTop   objects above the captures that the rest of the pattern still needs (a subject
 *           being unpacked, the attribute tuple of a class pattern...);
 *   stores  the names captured so far, the first one's object nearest the top of the captures.
 *
 * A capture is rotated beneath the `onTop` objects and the earlier captures, so when a check
 * fails the stack holds `onTop + stores.length` objects to drop before the next case: each
 * failing jump goes to the block of `failPop` that pops exactly that many (failPop[n] pops one
 * and falls into failPop[n - 1]; failPop[0] pops nothing).
 */
import type * as ast from "../parse/ast.js";
import { ComplexConst } from "../parse/ast.js";
import type { Compiler } from "./codegen.js";
import { TupleConst } from "./code.js";
import { constRepr } from "./constants.js";
import { jumpIf } from "./expr.js";
import { constValue } from "./fold.js";
import { Block, Pseudo } from "./ir.js";
import { BinaryOp, CompareOp, Op } from "./opcodes.js";

interface PatternState {
  stores: string[];
  /** May this pattern match anything (a capture or `_` at its top)? */
  allowIrrefutable: boolean;
  failPop: Block[];
  onTop: number;
}

/** `_` (bare, no name): matches anything and binds nothing. */
const isWildcard = (p: ast.Pattern): boolean => p.kind === "MatchAs" && p.pattern === undefined && p.name === undefined;
/** `*_` */
const isWildcardStar = (p: ast.Pattern): boolean => p.kind === "MatchStar" && p.name === undefined;

export function compileMatch(c: Compiler, s: ast.Match): void {
  c.visitExpr(s.subject);
  const end = c.newBlock();
  const cases = s.cases.length;
  const hasDefault = isWildcard(s.cases[cases - 1].pattern) && cases > 1;
  const tried = cases - (hasDefault ? 1 : 0);
  for (let i = 0; i < tried; i++) {
    const m = s.cases[i];
    c.setLoc(m.pattern);
    // The last case tried works on the subject itself; the others on a copy.
    if (i !== tried - 1) c.addop(Op.COPY, 1);
    // An irrefutable case must be guarded or last.
    const pc: PatternState = { stores: [], allowIrrefutable: m.guard !== undefined || i === cases - 1, failPop: [], onTop: 0 };
    pattern(c, m.pattern, pc);
    for (const name of pc.stores) c.nameop(name, "Store");
    if (m.guard) {
      ensureFailPop(c, pc, 0);
      jumpIf(c, m.guard, pc.failPop[0], false);
    }
    if (i !== tried - 1) c.addop(Op.POP_TOP);
    c.visitStmts(m.body);
    c.unsetLoc();
    c.jump(Pseudo.JUMP, end);
    // The cleanup of a failed match belongs to the pattern's line, not the body's last.
    c.setLoc(m.pattern);
    emitAndResetFailPop(c, pc);
  }
  if (hasDefault) {
    const m = s.cases[cases - 1];
    c.setLoc(m.pattern);
    // `case _:` makes no code; the NOP shows its line as run.
    c.addop(Op.NOP);
    if (m.guard) jumpIf(c, m.guard, end, false);
    c.visitStmts(m.body);
    c.unsetLoc();
  }
  c.useNextBlock(end);
}

/** Make failPop[0..n] exist. */
function ensureFailPop(c: Compiler, pc: PatternState, n: number): void {
  while (pc.failPop.length < n + 1) pc.failPop.push(c.newBlock());
}

/** Jump (with `op`) to the block that drops everything this pattern has pushed so far. */
function jumpToFailPop(c: Compiler, pc: PatternState, op: Pseudo): void {
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(c, pc, pops);
  c.jump(op, pc.failPop[pops]);
}

/** Lay out the failure blocks: each pops one object and falls into the next lower one. */
function emitAndResetFailPop(c: Compiler, pc: PatternState): void {
  if (pc.failPop.length === 0) return;
  for (let n = pc.failPop.length - 1; n > 0; n--) {
    c.useNextBlock(pc.failPop[n]);
    c.addop(Op.POP_TOP);
  }
  c.useNextBlock(pc.failPop[0]);
  pc.failPop = [];
}

/** Move the top of the stack `count - 1` places down. */
function rotate(c: Compiler, count: number): void {
  while (count > 1) c.addop(Op.SWAP, count--);
}

/** Keep the object on top as the capture `name` (or drop it, for `_`). */
function storeName(c: Compiler, name: string | undefined, pc: PatternState): void {
  if (name === undefined) {
    c.addop(Op.POP_TOP);
    return;
  }
  if (name === "__debug__") c.error("cannot assign to __debug__");
  if (pc.stores.includes(name)) c.error(`multiple assignments to name '${name}' in pattern`);
  rotate(c, pc.onTop + pc.stores.length + 1);
  pc.stores.push(name);
}

function pattern(c: Compiler, p: ast.Pattern, pc: PatternState): void {
  c.setLoc(p);
  switch (p.kind) {
    case "MatchValue": return matchValue(c, p, pc);
    case "MatchSingleton":
      c.loadConst(p.value);
      c.addop(Op.IS_OP, 0);
      return jumpToFailPop(c, pc, Pseudo.POP_JUMP_IF_FALSE);
    case "MatchSequence": return matchSequence(c, p, pc);
    case "MatchMapping": return matchMapping(c, p, pc);
    case "MatchClass": return matchClass(c, p, pc);
    case "MatchStar": return storeName(c, p.name, pc);
    case "MatchAs": return matchAs(c, p, pc);
    case "MatchOr": return matchOr(c, p, pc);
  }
}

/** A pattern inside another: it may be irrefutable wherever it stands. */
function subpattern(c: Compiler, p: ast.Pattern, pc: PatternState): void {
  const allow = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  pattern(c, p, pc);
  pc.allowIrrefutable = allow;
}

function matchValue(c: Compiler, p: ast.MatchValue, pc: PatternState): void {
  if (p.value.kind !== "Constant" && p.value.kind !== "Attribute") {
    c.error("patterns may only match literals and attribute lookups");
  }
  c.visitExpr(p.value);
  c.addop(Op.COMPARE_OP, CompareOp.EQ);
  jumpToFailPop(c, pc, Pseudo.POP_JUMP_IF_FALSE);
}

function matchAs(c: Compiler, p: ast.MatchAs, pc: PatternState): void {
  if (p.pattern === undefined) {
    if (!pc.allowIrrefutable) {
      if (p.name !== undefined) c.error(`name capture '${p.name}' makes remaining patterns unreachable`);
      c.error("wildcard makes remaining patterns unreachable");
    }
    return storeName(c, p.name, pc);
  }
  // A copy of the subject, stored if the inner pattern matches.
  pc.onTop++;
  c.addop(Op.COPY, 1);
  pattern(c, p.pattern, pc);
  pc.onTop--;
  storeName(c, p.name, pc);
}

function matchSequence(c: Compiler, p: ast.MatchSequence, pc: PatternState): void {
  const patterns = p.patterns;
  const size = patterns.length;
  let star = -1;
  let onlyWildcard = true;
  let starWildcard = false;
  patterns.forEach((sub, i) => {
    if (sub.kind === "MatchStar") {
      if (star >= 0) c.error("multiple starred names in sequence pattern");
      starWildcard = isWildcardStar(sub);
      onlyWildcard &&= starWildcard;
      star = i;
    } else {
      onlyWildcard &&= isWildcard(sub);
    }
  });
  // The subject stays on top through the type and length checks.
  pc.onTop++;
  c.addop(Op.MATCH_SEQUENCE);
  jumpToFailPop(c, pc, Pseudo.POP_JUMP_IF_FALSE);
  if (star < 0) {
    lengthCheck(c, pc, size, CompareOp.EQ);
  } else if (size > 1) {
    lengthCheck(c, pc, size - 1, CompareOp.GE);
  }
  // What follows consumes the subject.
  pc.onTop--;
  if (onlyWildcard) {
    // [], [_], [_, *_]...: nothing more to check.
    c.addop(Op.POP_TOP);
  } else if (starWildcard) {
    sequenceBySubscript(c, patterns, star, pc);
  } else {
    sequenceByUnpacking(c, patterns, pc);
  }
}

/** GET_LEN, compare with `n`, fail if false. */
function lengthCheck(c: Compiler, pc: PatternState, n: number, op: CompareOp): void {
  c.addop(Op.GET_LEN);
  c.loadConst(BigInt(n));
  c.addop(Op.COMPARE_OP, op);
  jumpToFailPop(c, pc, Pseudo.POP_JUMP_IF_FALSE);
}

/** UNPACK_SEQUENCE or UNPACK_EX the subject, then match each item in turn. */
function sequenceByUnpacking(c: Compiler, patterns: readonly ast.Pattern[], pc: PatternState): void {
  const n = patterns.length;
  const star = patterns.findIndex((sub) => sub.kind === "MatchStar");
  if (star < 0) {
    c.addop(Op.UNPACK_SEQUENCE, n);
  } else {
    if (star >= 1 << 8 || n - star - 1 >= 0x7fffffff >> 8) c.error("too many expressions in star-unpacking sequence pattern");
    c.addop(Op.UNPACK_EX, star + ((n - star - 1) << 8));
  }
  // The unpacked items stay on the stack until their own subpattern takes them.
  pc.onTop += n;
  for (const sub of patterns) {
    pc.onTop--;
    subpattern(c, sub, pc);
  }
}

/**
 * With a `*_` in it, items are fetched by index (from the end by `len - k`, since the subject
 * may not take negative indexes) rather than unpacked: the middle is never copied.
 */
function sequenceBySubscript(c: Compiler, patterns: readonly ast.Pattern[], star: number, pc: PatternState): void {
  pc.onTop++;
  const size = patterns.length;
  patterns.forEach((sub, i) => {
    if (isWildcard(sub) || i === star) return;
    c.addop(Op.COPY, 1);
    if (i < star) {
      c.loadConst(BigInt(i));
    } else {
      c.addop(Op.GET_LEN);
      c.loadConst(BigInt(size - i));
      c.addop(Op.BINARY_OP, BinaryOp.SUBTRACT);
    }
    c.addop(Op.BINARY_SUBSCR);
    subpattern(c, sub, pc);
  });
  pc.onTop--;
  c.addop(Op.POP_TOP);
}

/** A key of a mapping pattern as Python's `==` and hash see it, for the duplicate check. */
function keyIdentity(v: unknown): string {
  if (typeof v === "boolean") return `n:${v ? 1 : 0}`;
  if (typeof v === "bigint") return `n:${v}`;
  if (typeof v === "number") return Number.isInteger(v) ? `n:${BigInt(v)}` : `n:${v}`;
  if (v instanceof ComplexConst) return v.imag === 0 ? keyIdentity(v.real) : `c:${v.real},${v.imag}`;
  if (typeof v === "string") return `s:${v}`;
  if (v instanceof Uint8Array) return `b:${Array.from(v).join(",")}`;
  return `o:${String(v)}`;
}

function matchMapping(c: Compiler, p: ast.MatchMapping, pc: PatternState): void {
  const size = p.keys.length;
  // The subject stays on top through the type and length checks.
  pc.onTop++;
  c.addop(Op.MATCH_MAPPING);
  jumpToFailPop(c, pc, Pseudo.POP_JUMP_IF_FALSE);
  if (size === 0 && p.rest === undefined) {
    // `{}` matches any mapping.
    pc.onTop--;
    c.addop(Op.POP_TOP);
    return;
  }
  if (size > 0) lengthCheck(c, pc, size, CompareOp.GE);
  const seen = new Set<string>();
  for (const key of p.keys) {
    if (key.kind === "Constant") {
      const value = constValue(key);
      const id = keyIdentity(value);
      if (seen.has(id)) c.error(`mapping pattern checks duplicate key (${constRepr(value)})`);
      seen.add(id);
    } else if (key.kind !== "Attribute") {
      c.error("mapping pattern keys may only match literals and attribute lookups");
    }
    c.visitExpr(key);
  }
  c.addop(Op.BUILD_TUPLE, size);
  c.addop(Op.MATCH_KEYS);
  // The keys and the values (or None) are now on top of the subject.
  pc.onTop += 2;
  failIfNone(c, pc);
  c.addop(Op.UNPACK_SEQUENCE, size);
  pc.onTop += size - 1;
  for (const sub of p.patterns) {
    pc.onTop--;
    subpattern(c, sub, pc);
  }
  // Matched: what follows consumes the keys and the subject.
  pc.onTop -= 2;
  if (p.rest !== undefined) {
    // rest = dict(subject), then del rest[key] for each key.
    c.addop(Op.BUILD_MAP, 0);
    c.addop(Op.SWAP, 3);
    c.addop(Op.DICT_UPDATE, 2);
    c.addop(Op.UNPACK_SEQUENCE, size);
    for (let left = size; left > 0; left--) {
      c.addop(Op.COPY, 1 + left);
      c.addop(Op.SWAP, 2);
      c.addop(Op.DELETE_SUBSCR);
    }
    storeName(c, p.rest, pc);
  } else {
    c.addop(Op.POP_TOP);
    c.addop(Op.POP_TOP);
  }
}

/** COPY the top, and fail if it is None (the optimiser makes this one POP_JUMP_IF_NONE). */
function failIfNone(c: Compiler, pc: PatternState): void {
  c.addop(Op.COPY, 1);
  c.loadConst(null);
  c.addop(Op.IS_OP, 1);
  jumpToFailPop(c, pc, Pseudo.POP_JUMP_IF_FALSE);
}

function matchClass(c: Compiler, p: ast.MatchClass, pc: PatternState): void {
  const nargs = p.patterns.length;
  const nattrs = p.kwd_attrs.length;
  if (nattrs > 0) {
    // The errors point at the sub-patterns: the attribute names have no location of their own.
    p.kwd_attrs.forEach((attr, i) => {
      c.setLoc(p.kwd_patterns[i]);
      if (attr === "__debug__") c.error("cannot assign to __debug__");
      for (let j = i + 1; j < nattrs; j++) {
        if (p.kwd_attrs[j] === attr) {
          c.setLoc(p.kwd_patterns[j]);
          c.error(`attribute name repeated in class pattern: ${attr}`);
        }
      }
    });
    c.setLoc(p);
  }
  c.visitExpr(p.cls);
  c.loadConst(new TupleConst(p.kwd_attrs));
  c.addop(Op.MATCH_CLASS, nargs);
  // The tuple of the nargs + nattrs attributes, or None.
  pc.onTop++;
  failIfNone(c, pc);
  c.addop(Op.UNPACK_SEQUENCE, nargs + nattrs);
  pc.onTop += nargs + nattrs - 1;
  const subs = [...p.patterns, ...p.kwd_patterns];
  for (const sub of subs) {
    pc.onTop--;
    if (isWildcard(sub)) {
      c.addop(Op.POP_TOP);
      continue;
    }
    subpattern(c, sub, pc);
  }
}

/**
 * `a | b | c`: each alternative is tried on a copy of the subject with stores of its own.
 * Every alternative must bind the same names; the later ones' captures are rotated into the
 * first one's order, so that one sequence of stores serves them all.
 */
function matchOr(c: Compiler, p: ast.MatchOr, pc: PatternState): void {
  const end = c.newBlock();
  const size = p.patterns.length;
  const old = { ...pc };
  let control: string[] | undefined;
  for (let i = 0; i < size; i++) {
    const alt = p.patterns[i];
    c.setLoc(alt);
    pc.stores = [];
    // Only the last alternative may be irrefutable, and only where the whole may be.
    pc.allowIrrefutable = i === size - 1 && old.allowIrrefutable;
    pc.failPop = [];
    pc.onTop = 0;
    c.addop(Op.COPY, 1);
    pattern(c, alt, pc);
    const stores = pc.stores;
    if (control === undefined) {
      control = stores;
    } else if (stores.length !== control.length) {
      c.error("alternative patterns bind different names");
    } else {
      for (let icontrol = stores.length - 1; icontrol >= 0; icontrol--) {
        const istores = stores.indexOf(control[icontrol]);
        if (istores < 0) c.error("alternative patterns bind different names");
        if (istores !== icontrol) {
          // Bring the captures into control's order: the first istores + 1 names (and their
          // objects on the stack) move down to end at icontrol.
          const rotations = istores + 1;
          const moved = stores.splice(0, rotations);
          stores.splice(icontrol - istores, 0, ...moved);
          for (let r = 0; r < rotations; r++) rotate(c, icontrol + 1);
        }
      }
    }
    c.jump(Pseudo.JUMP, end);
    emitAndResetFailPop(c, pc);
  }
  pc.stores = old.stores;
  pc.allowIrrefutable = old.allowIrrefutable;
  pc.failPop = old.failPop;
  pc.onTop = old.onTop;
  // No alternative matched: drop the last copy of the subject and fail.
  c.addop(Op.POP_TOP);
  jumpToFailPop(c, pc, Pseudo.JUMP);
  c.useNextBlock(end);
  const names = control!;
  // Beneath the new captures: the other new captures, the copy of the subject, the objects
  // on top, and the earlier captures.
  const nrots = names.length + 1 + pc.onTop + pc.stores.length;
  for (const name of names) {
    rotate(c, nrots);
    if (pc.stores.includes(name)) c.error(`multiple assignments to name '${name}' in pattern`);
    pc.stores.push(name);
  }
  // Drop the copy of the subject.
  c.addop(Op.POP_TOP);
}
