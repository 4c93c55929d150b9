/**
 * The assembler: a unit's blocks in, a `CodeData` out (CPython 3.11's `assemble`).
 *
 *   1. close the body with an implicit `return None`;
 *   2. prefix the entry block with COPY_FREE_VARS, MAKE_CELL and RETURN_GENERATOR as needed,
 *      and renumber cell/free opargs as indices into the fast locals;
 *   3. run the flow-graph passes of flowgraph.ts (optimisation, line numbers);
 *   4. compute the stack depth by walking the graph with `stackEffect` (nothing is hand-kept);
 *   5. label each instruction with its exception handler, then drop the SETUP/POP_BLOCK
 *      pseudo-instructions;
 *   6. choose the FORWARD/BACKWARD form of each jump, lay out the code with EXTENDED_ARG
 *      prefixes (repeating until the offsets stop moving), and write the code units, their
 *      positions and the exception table.
 *
 * Offsets here are in code units (CPython's bytes / 2). glasspy has no inline CACHE entries,
 * so offsets and jump opargs are smaller than CPython's for the same instructions.
 */
import { CodeFlag, LocalKind, type CodeData, type ExceptionTableEntry } from "./code.js";
import { Op } from "./opcodes.js";
import { Block, Instr, NO_LOCATION, Pseudo, isBlockPush, isJump, opcodeName, stackEffect, type Opcode } from "./ir.js";
import {
  cleanBlock, convertExceptionHandlersToNops, duplicateExitsWithoutLineno, endsFlow, extendBlock,
  guaranteeLinenoForExits, labelExceptionTargets, layout, markExits, optimizeCfg, propagateLineNumbers,
  trimUnusedConsts,
} from "./flowgraph.js";
import type { Unit } from "./unit.js";
import { BlockType } from "./symtable.js";
import { compilerBug, type Span } from "./errors.js";

export function codeFlags(u: Unit): number {
  const ste = u.ste;
  let flags = 0;
  if (ste.type === BlockType.Function) {
    flags |= CodeFlag.NEWLOCALS | CodeFlag.OPTIMIZED;
    if (ste.nested) flags |= CodeFlag.NESTED;
    if (ste.generator && !ste.coroutine) flags |= CodeFlag.GENERATOR;
    if (!ste.generator && ste.coroutine) flags |= CodeFlag.COROUTINE;
    if (ste.generator && ste.coroutine) flags |= CodeFlag.ASYNC_GENERATOR;
    if (ste.varargs) flags |= CodeFlag.VARARGS;
    if (ste.varkeywords) flags |= CodeFlag.VARKEYWORDS;
  }
  return flags;
}

const DEREF_OPS: ReadonlySet<Opcode> = new Set([
  Op.MAKE_CELL, Op.LOAD_CLOSURE, Op.LOAD_DEREF, Op.STORE_DEREF, Op.DELETE_DEREF, Op.LOAD_CLASSDEREF,
]);

/** For each cell/free index, its slot among the fast locals; a cell that is also a parameter shares its slot. */
function cellFixedOffsets(u: Unit): number[] {
  const nlocals = u.varnames.size;
  const fixed: number[] = [];
  for (let i = 0; i < u.cellvars.size + u.freevars.size; i++) fixed.push(nlocals + i);
  u.cellvars.names.forEach((name, cellIndex) => {
    const varIndex = u.varnames.get(name);
    if (varIndex !== undefined) fixed[cellIndex] = varIndex;
  });
  return fixed;
}

function insertPrefixInstructions(u: Unit, entry: Block, fixed: number[], flags: number): void {
  const prefix: Instr[] = [];
  if (u.freevars.size) prefix.push(new Instr(Op.COPY_FREE_VARS, u.freevars.size, null, NO_LOCATION));
  const ncells = u.cellvars.size;
  if (ncells) {
    const bySlot: number[] = [];
    for (let i = 0; i < ncells; i++) bySlot[fixed[i]] = i;
    for (const cell of bySlot) if (cell !== undefined) prefix.push(new Instr(Op.MAKE_CELL, cell, null, NO_LOCATION));
  }
  if (flags & (CodeFlag.GENERATOR | CodeFlag.COROUTINE | CodeFlag.ASYNC_GENERATOR)) {
    const line = u.firstlineno;
    prefix.push(new Instr(Op.RETURN_GENERATOR, 0, null, { lineno: line, end_lineno: line, col_offset: -1, end_col_offset: -1 }));
    prefix.push(new Instr(Op.POP_TOP, 0, null, NO_LOCATION));
  }
  entry.instrs.unshift(...prefix);
}

/** Renumber cell and free opargs as fast-local slots; returns how many cells share a parameter's slot. */
function fixCellOffsets(u: Unit, entry: Block, fixed: number[]): number {
  const nlocals = u.varnames.size;
  let dropped = 0;
  for (let i = 0; i < fixed.length; i++) {
    if (fixed[i] === i + nlocals) fixed[i] -= dropped;
    else dropped++;
  }
  for (const b of layout(entry)) {
    for (const instr of b.instrs) if (DEREF_OPS.has(instr.op)) instr.arg = fixed[instr.arg];
  }
  return dropped;
}

/**
 * The deepest the value stack gets on any path (CPython's `stackdepth`). Every block is entered
 * with one depth; a handler is entered with the depth of its SETUP plus what the exception
 * pushes. A generator starts with one value: the one sent to its first resumption.
 */
function stackDepth(blocks: readonly Block[], entry: Block, generator: boolean): number {
  for (const b of blocks) b.startDepth = Number.MIN_SAFE_INTEGER;
  const stack: Block[] = [];
  const push = (b: Block, depth: number) => {
    if (b.startDepth >= 0 && b.startDepth !== depth) compilerBug(`inconsistent stack depth (${b.startDepth} vs ${depth})`);
    if (b.startDepth < depth && b.startDepth < 100) {
      b.startDepth = depth;
      stack.push(b);
    }
  };
  let maxDepth = 0;
  push(entry, generator ? 1 : 0);
  while (stack.length) {
    const b = stack.pop()!;
    let depth = b.startDepth;
    let next = b.next;
    for (const instr of b.instrs) {
      const newDepth = depth + stackEffect(instr.op, instr.arg, false);
      if (newDepth > maxDepth) maxDepth = newDepth;
      if (newDepth < 0) compilerBug("negative stack depth");
      if (isJump(instr.op) || isBlockPush(instr.op)) {
        const targetDepth = depth + stackEffect(instr.op, instr.arg, true);
        if (targetDepth > maxDepth) maxDepth = targetDepth;
        push(instr.target!, targetDepth);
      }
      depth = newDepth;
      if (endsFlow(instr.op)) {
        next = null;
        break;
      }
    }
    if (next) push(next, depth);
  }
  return maxDepth;
}

/** Once the layout is final, each virtual jump becomes its FORWARD or BACKWARD form. */
function normalizeJumps(entry: Block): void {
  for (const b of layout(entry)) b.visited = false;
  for (const b of layout(entry)) {
    b.visited = true;
    const last = b.last();
    if (!last || !isJump(last.op)) continue;
    const forward = !last.target!.visited;
    switch (last.op) {
      case Pseudo.JUMP: last.op = forward ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD; break;
      case Pseudo.JUMP_NO_INTERRUPT: last.op = forward ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD_NO_INTERRUPT; break;
      case Pseudo.POP_JUMP_IF_NOT_NONE:
        last.op = forward ? Op.POP_JUMP_FORWARD_IF_NOT_NONE : Op.POP_JUMP_BACKWARD_IF_NOT_NONE;
        break;
      case Pseudo.POP_JUMP_IF_NONE: last.op = forward ? Op.POP_JUMP_FORWARD_IF_NONE : Op.POP_JUMP_BACKWARD_IF_NONE; break;
      case Pseudo.POP_JUMP_IF_FALSE: last.op = forward ? Op.POP_JUMP_FORWARD_IF_FALSE : Op.POP_JUMP_BACKWARD_IF_FALSE; break;
      case Pseudo.POP_JUMP_IF_TRUE: last.op = forward ? Op.POP_JUMP_FORWARD_IF_TRUE : Op.POP_JUMP_BACKWARD_IF_TRUE; break;
      default:
        if (!forward) compilerBug(`${opcodeName(last.op)} jumps backwards`);
    }
  }
}

/** Code units an instruction takes: EXTENDED_ARG prefixes for each byte of the oparg beyond the first. */
export function instrSize(arg: number): number {
  return 1 + (arg > 0xff ? 1 : 0) + (arg > 0xffff ? 1 : 0) + (arg > 0xffffff ? 1 : 0);
}

const BACKWARD_JUMPS: ReadonlySet<Opcode> = new Set([
  Op.JUMP_BACKWARD, Op.JUMP_BACKWARD_NO_INTERRUPT, Op.POP_JUMP_BACKWARD_IF_FALSE, Op.POP_JUMP_BACKWARD_IF_TRUE,
  Op.POP_JUMP_BACKWARD_IF_NONE, Op.POP_JUMP_BACKWARD_IF_NOT_NONE,
]);

/** Lay out the blocks and compute the relative jump opargs, until no oparg changes size. */
function assembleJumpOffsets(entry: Block): number {
  for (;;) {
    let total = 0;
    for (const b of layout(entry)) {
      b.offset = total;
      for (const i of b.instrs) total += instrSize(i.arg);
    }
    let resized = false;
    for (const b of layout(entry)) {
      let end = b.offset;
      for (const instr of b.instrs) {
        const size = instrSize(instr.arg);
        end += size;
        if (!isJump(instr.op)) continue;
        const target = instr.target!.offset;
        if (BACKWARD_JUMPS.has(instr.op)) {
          if (target >= end) compilerBug("backward jump to a later block");
          instr.arg = end - target;
        } else {
          if (target < end) compilerBug("forward jump to an earlier block");
          instr.arg = target - end;
        }
        if (instrSize(instr.arg) !== size) resized = true;
      }
    }
    if (!resized) return total;
  }
}

/** The position as `co_positions()` reports it after CPython's line-table encoding (-1 for None). */
function encodedPosition(loc: Span): [number, number, number, number] {
  const { lineno, end_lineno, col_offset, end_col_offset } = loc;
  if (lineno < 0) return [-1, -1, -1, -1];
  if (col_offset < 0 || end_col_offset < 0) {
    if (end_lineno === lineno || end_lineno === -1) return [lineno, lineno, -1, -1];
    return [lineno, end_lineno, Math.max(col_offset, -1), Math.max(end_col_offset, -1)];
  }
  return [lineno, end_lineno, col_offset, end_col_offset];
}

function exceptionTable(entry: Block): ExceptionTableEntry[] {
  const table: ExceptionTableEntry[] = [];
  let handler: Block | null = null;
  let start = -1;
  let offset = 0;
  const close = (end: number) => {
    if (!handler) return;
    const depth = handler.startDepth - 1 - (handler.preserveLasti ? 1 : 0);
    if (depth < 0) compilerBug("handler with negative depth");
    table.push({ start, end, target: handler.offset, depth, lasti: handler.preserveLasti });
  };
  for (const b of layout(entry)) {
    offset = b.offset;
    for (const instr of b.instrs) {
      if (instr.except !== handler) {
        close(offset);
        start = offset;
        handler = instr.except;
      }
      offset += instrSize(instr.arg);
    }
  }
  close(offset);
  return table;
}

export interface AssembleContext {
  readonly filename: string;
  /** CO_FUTURE_* flags of the module, given to every code object. */
  readonly futureFlags: number;
}

/** Turn a finished unit into a code object. `addNone`: the implicit return returns None. */
export function assemble(u: Unit, addNone: boolean, ctx: AssembleContext): CodeData {
  if (!u.curblock.returns) {
    u.loc = NO_LOCATION;
    if (addNone) u.loadConst(null);
    u.addop(Op.RETURN_VALUE);
  }
  for (let i = u.blocks.length - 1; i >= 0; i--) markExits(u.blocks[i]);
  for (let i = u.blocks.length - 1; i >= 0; i--) extendBlock(u.blocks[i]);
  const entry = u.blocks[0];

  if (!u.firstlineno) {
    const first = entry.instrs[0];
    u.firstlineno = first && first.loc.lineno ? first.loc.lineno : 1;
  }
  const flags = codeFlags(u) | ctx.futureFlags;
  const fixed = cellFixedOffsets(u);
  insertPrefixInstructions(u, entry, fixed, flags);
  const dropped = fixCellOffsets(u, entry, fixed);

  optimizeCfg(entry, u.blocks, u.consts);
  duplicateExitsWithoutLineno(u.blocks);
  trimUnusedConsts(entry, u.consts);
  propagateLineNumbers(entry);
  guaranteeLinenoForExits(entry, u.firstlineno);
  const stacksize = stackDepth(u.blocks, entry, (flags & (CodeFlag.GENERATOR | CodeFlag.COROUTINE | CodeFlag.ASYNC_GENERATOR)) !== 0);

  labelExceptionTargets(entry);
  convertExceptionHandlersToNops(entry);
  for (const b of layout(entry)) cleanBlock(b);
  normalizeJumps(entry);
  const length = assembleJumpOffsets(entry);

  const code = new Uint16Array(length);
  const positions = new Int32Array(length * 4);
  let pc = 0;
  for (const b of layout(entry)) {
    for (const instr of b.instrs) {
      if (instr.op >= 256) compilerBug(`pseudo-instruction ${instr.op} left after assembly`);
      const size = instrSize(instr.arg);
      const pos = encodedPosition(instr.loc);
      for (let k = size - 1; k >= 0; k--) {
        const op = k === 0 ? instr.op : Op.EXTENDED_ARG;
        code[pc] = op | (((instr.arg >>> (8 * k)) & 0xff) << 8);
        positions.set(pos, pc * 4);
        pc++;
      }
    }
  }

  const nlocals = u.varnames.size;
  const localsplusnames: string[] = [];
  const kinds: number[] = [];
  const nparams = u.ste.varnames.length;
  u.varnames.names.forEach((name, i) => {
    localsplusnames.push(name);
    let kind = LocalKind.LOCAL;
    if (i < nparams) kind |= LocalKind.ARG;
    if (u.cellvars.get(name) !== undefined) kind |= LocalKind.CELL;
    kinds.push(kind);
  });
  for (const name of u.cellvars.names) {
    if (u.varnames.get(name) !== undefined) continue;
    localsplusnames.push(name);
    kinds.push(LocalKind.CELL);
  }
  for (const name of u.freevars.names) {
    localsplusnames.push(name);
    kinds.push(LocalKind.FREE);
  }
  if (localsplusnames.length !== nlocals + u.cellvars.size + u.freevars.size - dropped) compilerBug("localsplus size");

  return {
    name: u.name,
    qualname: u.qualname || u.name,
    filename: ctx.filename,
    firstlineno: u.firstlineno,
    argcount: u.posonlyargcount + u.argcount,
    posonlyargcount: u.posonlyargcount,
    kwonlyargcount: u.kwonlyargcount,
    flags,
    stacksize,
    code,
    consts: u.consts.values.slice(),
    literalConsts: [...u.literalConsts].filter((i) => i < u.consts.values.length).sort((a, b) => a - b),
    names: u.names.names.slice(),
    localsplusnames,
    localspluskinds: Uint8Array.from(kinds),
    positions,
    exceptionTable: exceptionTable(entry),
  };
}
