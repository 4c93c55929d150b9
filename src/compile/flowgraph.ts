/**
 * Passes over the control-flow graph, run by the assembler: CPython 3.11's compile.c from
 * `normalize_basic_block` to `propagate_line_numbers`, in the same order and with the same
 * rules, so that glasspy's bytecode is CPython's.
 *
 *   markExits            flag blocks that end in a jump, return or raise
 *   extendBlock          a jump to a small exit block without line number becomes a copy of it
 *   optimizeCfg          peephole rules per block (constant conditions, jump threading, tuple
 *                        folding, SWAP reduction, `x is None` jumps), then unreachable code and
 *                        redundant jumps are removed
 *   duplicateExits...    every return/raise block without line number gets a single predecessor
 *   propagateLines       instructions without a position take their predecessor's
 *   labelExceptionTargets  the handler in force at each instruction, from SETUP_* and POP_BLOCK
 *
 * Blocks are visited either in layout order (following `next` from the entry) or in CPython's
 * `b_list` order, which is the reverse of allocation order; the distinction matters, because
 * some passes copy blocks while they run.
 */
import { Op } from "./opcodes.js";
import { Block, Instr, NO_LOCATION, Pseudo, isBlockPush, isJump, isScopeExit, type Opcode } from "./ir.js";
import type { ConstTable } from "./unit.js";
import { constKey, constTruth } from "./constants.js";
import { TupleConst } from "./code.js";
import { compilerBug } from "./errors.js";

/** Maximum size of a basic block that the optimizer copies. */
const MAX_COPY_SIZE = 4;

/** Blocks in CPython's `b_list` order: most recently allocated first. */
function* reverseAllocation(blocks: readonly Block[]): Generator<Block> {
  for (let i = blocks.length - 1; i >= 0; i--) yield blocks[i];
}

export function* layout(entry: Block): Generator<Block> {
  for (let b: Block | null = entry; b; b = b.next) yield b;
}

/** First non-empty block at or after `b` in layout order. */
function skipEmpty(b: Block): Block {
  while (b.instrs.length === 0) b = b.next ?? compilerBug("jump to an empty final block");
  return b;
}

/** `normalize_basic_block`: flag exits and fallthroughs, and skip jumps over empty blocks. */
export function markExits(b: Block): void {
  b.instrs.forEach((instr, i) => {
    switch (instr.op) {
      case Op.RETURN_VALUE:
      case Op.RAISE_VARARGS:
      case Op.RERAISE:
        b.exit = true;
        b.nofallthrough = true;
        break;
      case Pseudo.JUMP:
      case Pseudo.JUMP_NO_INTERRUPT:
      case Pseudo.POP_JUMP_IF_NOT_NONE:
      case Pseudo.POP_JUMP_IF_NONE:
      case Pseudo.POP_JUMP_IF_FALSE:
      case Pseudo.POP_JUMP_IF_TRUE:
      case Op.JUMP_IF_FALSE_OR_POP:
      case Op.JUMP_IF_TRUE_OR_POP:
      case Op.FOR_ITER:
        if (instr.op === Pseudo.JUMP || instr.op === Pseudo.JUMP_NO_INTERRUPT) b.nofallthrough = true;
        if (i !== b.instrs.length - 1) compilerBug("malformed control flow graph");
        instr.target = skipEmpty(instr.target!);
        break;
    }
  });
}

const hasLineno = (b: Block) => b.instrs.some((i) => i.loc.lineno > 0);

/** `extend_block`: replace a jump to a small exit block that has no line number by a copy. */
export function extendBlock(b: Block): void {
  const last = b.last();
  if (!last || (last.op !== Pseudo.JUMP && last.op !== Op.JUMP_FORWARD && last.op !== Op.JUMP_BACKWARD)) return;
  const toCopy = last.target!;
  if (!toCopy.exit || toCopy.instrs.length > MAX_COPY_SIZE || hasLineno(toCopy)) return;
  last.op = Op.NOP;
  for (const instr of toCopy.instrs) b.instrs.push(instr.copy());
  b.exit = true;
}

/** `clean_basic_block`: remove NOPs that carry no line number of their own. */
export function cleanBlock(b: Block): void {
  const out: Instr[] = [];
  let prevLineno = -1;
  const instrs = b.instrs;
  for (let src = 0; src < instrs.length; src++) {
    const instr = instrs[src];
    const lineno = instr.loc.lineno;
    if (instr.op === Op.NOP) {
      if (lineno < 0) continue;
      if (prevLineno === lineno) continue;
      if (src < instrs.length - 1) {
        const nextLineno = instrs[src + 1].loc.lineno;
        if (nextLineno === lineno) continue;
        if (nextLineno < 0) {
          instrs[src + 1].loc = instr.loc;
          continue;
        }
      } else {
        let next = b.next;
        while (next && next.instrs.length === 0) next = next.next;
        if (next && lineno === next.instrs[0].loc.lineno) continue;
      }
    }
    out.push(instr);
    prevLineno = lineno;
  }
  b.instrs = out;
}

const NOP_INSTR = new Instr(Op.NOP, 0, null, NO_LOCATION);

/** Make `inst` jump where `target` (a jump) goes, if that changes anything. */
function jumpThread(inst: Instr, target: Instr, op: Opcode): boolean {
  if (inst.loc.lineno === target.loc.lineno && inst.target !== target.target) {
    inst.target = target.target;
    inst.op = op;
    return true;
  }
  return false;
}

/** `fold_tuple_on_constants`: LOAD_CONST c1 ... LOAD_CONST cn BUILD_TUPLE n -> LOAD_CONST (c1, ..., cn). */
function foldTupleOfConstants(instrs: Instr[], start: number, n: number, consts: ConstTable): void {
  for (let i = 0; i < n; i++) if (instrs[start + i].op !== Op.LOAD_CONST) return;
  const tuple = new TupleConst(instrs.slice(start, start + n).map((i) => consts.values[i.arg]));
  const key = constKey(tuple);
  let index = consts.values.findIndex((c) => constKey(c) === key);
  if (index < 0) {
    index = consts.values.length;
    consts.values.push(tuple);
  }
  for (let i = 0; i < n; i++) instrs[start + i].op = Op.NOP;
  instrs[start + n].op = Op.LOAD_CONST;
  instrs[start + n].arg = index;
}

/** `swaptimize`: replace a run of SWAPs and NOPs by an equivalent minimal run. */
function swaptimize(instrs: Instr[], ix: number): number {
  let depth = instrs[ix].arg;
  let len = 0;
  let more = false;
  const limit = instrs.length - ix;
  while (++len < limit) {
    const op = instrs[ix + len].op;
    if (op === Op.SWAP) {
      depth = Math.max(depth, instrs[ix + len].arg);
      more = true;
    } else if (op !== Op.NOP) {
      break;
    }
  }
  if (!more) return ix;
  const stack: number[] = [];
  for (let i = 0; i < depth; i++) stack.push(i);
  for (let i = 0; i < len; i++) {
    if (instrs[ix + i].op === Op.SWAP) {
      const oparg = instrs[ix + i].arg;
      const top = stack[0];
      stack[0] = stack[oparg - 1];
      stack[oparg - 1] = top;
    }
  }
  const VISITED = -1;
  let current = len - 1;
  for (let i = 0; i < depth; i++) {
    if (stack[i] === VISITED || stack[i] === i) continue;
    let j = i;
    for (;;) {
      if (j) {
        instrs[ix + current].op = Op.SWAP;
        instrs[ix + current].arg = j + 1;
        current--;
      }
      if (stack[j] === VISITED) break;
      const nextJ = stack[j];
      stack[j] = VISITED;
      j = nextJ;
    }
  }
  while (current >= 0) instrs[ix + current--].op = Op.NOP;
  return ix + len - 1;
}

/* Instructions that may be reordered: they cannot jump, raise or run code, and touch only TOS. */
const swappable = (op: Opcode) => op === Op.STORE_FAST || op === Op.POP_TOP;
const storesTo = (i: Instr) => (i.op === Op.STORE_FAST ? i.arg : -1);

function nextSwappable(instrs: Instr[], i: number, lineno: number): number {
  while (++i < instrs.length) {
    const instr = instrs[i];
    if (lineno >= 0 && instr.loc.lineno !== lineno) return -1;
    if (instr.op === Op.NOP) continue;
    return swappable(instr.op) ? i : -1;
  }
  return -1;
}

/** `apply_static_swaps`: SWAP 2, POP_TOP, STORE_FAST x -> STORE_FAST x, POP_TOP. */
function applyStaticSwaps(instrs: Instr[], i: number): void {
  for (; i >= 0; i--) {
    const swap = instrs[i];
    if (swap.op !== Op.SWAP) {
      if (swap.op === Op.NOP || swappable(swap.op)) continue;
      return;
    }
    const j = nextSwappable(instrs, i, -1);
    if (j < 0) return;
    let k = j;
    const lineno = instrs[j].loc.lineno;
    for (let count = swap.arg - 1; count > 0; count--) {
      k = nextSwappable(instrs, k, lineno);
      if (k < 0) return;
    }
    const storeJ = storesTo(instrs[j]);
    const storeK = storesTo(instrs[k]);
    if (storeJ >= 0 || storeK >= 0) {
      if (storeJ === storeK) return;
      for (let idx = j + 1; idx < k; idx++) {
        const s = storesTo(instrs[idx]);
        if (s >= 0 && (s === storeJ || s === storeK)) return;
      }
    }
    swap.op = Op.NOP;
    const temp = instrs[j];
    instrs[j] = instrs[k];
    instrs[k] = temp;
  }
}

function optimizeBlock(bb: Block, consts: ConstTable): void {
  const instrs = bb.instrs;
  for (let i = 0; i < instrs.length; i++) {
    const inst = instrs[i];
    const oparg = inst.arg;
    const nextop = i + 1 < instrs.length ? instrs[i + 1].op : -1;
    let target = NOP_INSTR;
    if (isJump(inst.op) || isBlockPush(inst.op)) {
      inst.target = skipEmpty(inst.target!);
      target = inst.target.instrs[0];
    }
    switch (inst.op) {
      case Op.LOAD_CONST:
        switch (nextop) {
          case Pseudo.POP_JUMP_IF_FALSE:
          case Pseudo.POP_JUMP_IF_TRUE: {
            const isTrue = constTruth(consts.values[oparg]);
            inst.op = Op.NOP;
            if (isTrue === (nextop === Pseudo.POP_JUMP_IF_TRUE)) {
              instrs[i + 1].op = Pseudo.JUMP;
              bb.nofallthrough = true;
            } else {
              instrs[i + 1].op = Op.NOP;
            }
            break;
          }
          case Op.JUMP_IF_FALSE_OR_POP:
          case Op.JUMP_IF_TRUE_OR_POP: {
            const isTrue = constTruth(consts.values[oparg]);
            if (isTrue === (nextop === Op.JUMP_IF_TRUE_OR_POP)) {
              instrs[i + 1].op = Pseudo.JUMP;
              bb.nofallthrough = true;
            } else {
              inst.op = Op.NOP;
              instrs[i + 1].op = Op.NOP;
            }
            break;
          }
          case Op.IS_OP: {
            const jumpOp = i + 2 < instrs.length ? instrs[i + 2].op : -1;
            if (consts.values[oparg] === null && (jumpOp === Pseudo.POP_JUMP_IF_FALSE || jumpOp === Pseudo.POP_JUMP_IF_TRUE)) {
              const invert = (instrs[i + 1].arg ^ (jumpOp === Pseudo.POP_JUMP_IF_FALSE ? 1 : 0)) !== 0;
              inst.op = Op.NOP;
              instrs[i + 1].op = Op.NOP;
              instrs[i + 2].op = invert ? Pseudo.POP_JUMP_IF_NOT_NONE : Pseudo.POP_JUMP_IF_NONE;
            }
            break;
          }
        }
        break;
      case Op.BUILD_TUPLE:
        if (nextop === Op.UNPACK_SEQUENCE && oparg === instrs[i + 1].arg) {
          if (oparg === 1) {
            inst.op = Op.NOP;
            instrs[i + 1].op = Op.NOP;
            continue;
          }
          if (oparg === 2 || oparg === 3) {
            inst.op = Op.NOP;
            instrs[i + 1].op = Op.SWAP;
            continue;
          }
        }
        if (i >= oparg) foldTupleOfConstants(instrs, i - oparg, oparg, consts);
        break;
      case Op.JUMP_IF_FALSE_OR_POP:
        switch (target.op) {
          case Pseudo.POP_JUMP_IF_FALSE:
            i -= jumpThread(inst, target, Pseudo.POP_JUMP_IF_FALSE) ? 1 : 0;
            break;
          case Pseudo.JUMP:
          case Op.JUMP_IF_FALSE_OR_POP:
            i -= jumpThread(inst, target, Op.JUMP_IF_FALSE_OR_POP) ? 1 : 0;
            break;
          case Op.JUMP_IF_TRUE_OR_POP:
          case Pseudo.POP_JUMP_IF_TRUE:
            if (inst.loc.lineno === target.loc.lineno) {
              inst.op = Pseudo.POP_JUMP_IF_FALSE;
              inst.target = inst.target!.next;
              i--;
            }
            break;
        }
        break;
      case Op.JUMP_IF_TRUE_OR_POP:
        switch (target.op) {
          case Pseudo.POP_JUMP_IF_TRUE:
            i -= jumpThread(inst, target, Pseudo.POP_JUMP_IF_TRUE) ? 1 : 0;
            break;
          case Pseudo.JUMP:
          case Op.JUMP_IF_TRUE_OR_POP:
            i -= jumpThread(inst, target, Op.JUMP_IF_TRUE_OR_POP) ? 1 : 0;
            break;
          case Op.JUMP_IF_FALSE_OR_POP:
          case Pseudo.POP_JUMP_IF_FALSE:
            if (inst.loc.lineno === target.loc.lineno) {
              inst.op = Pseudo.POP_JUMP_IF_TRUE;
              inst.target = inst.target!.next;
              i--;
            }
            break;
        }
        break;
      case Pseudo.POP_JUMP_IF_NOT_NONE:
      case Pseudo.POP_JUMP_IF_NONE:
      case Pseudo.POP_JUMP_IF_FALSE:
      case Pseudo.POP_JUMP_IF_TRUE:
      case Pseudo.JUMP:
        if (target.op === Pseudo.JUMP) i -= jumpThread(inst, target, inst.op) ? 1 : 0;
        break;
      case Op.SWAP:
        if (oparg === 1) {
          inst.op = Op.NOP;
          break;
        }
        i = swaptimize(instrs, i);
        applyStaticSwaps(instrs, i);
        break;
      case Op.PUSH_NULL:
        /* CPython tests the opcode's low bit here, not the oparg's, so this always applies */
        if (nextop === Op.LOAD_GLOBAL) {
          inst.op = Op.NOP;
          inst.arg = 0;
          instrs[i + 1].arg |= 1;
        }
        break;
    }
  }
}

/** `mark_reachable`: count predecessors; unreachable blocks keep 0. */
function markReachable(entry: Block): void {
  const stack: Block[] = [entry];
  entry.predecessors = 1;
  while (stack.length) {
    const b = stack.pop()!;
    if (b.next && !b.nofallthrough) {
      if (b.next.predecessors === 0) stack.push(b.next);
      b.next.predecessors++;
    }
    for (const instr of b.instrs) {
      if (isJump(instr.op) || isBlockPush(instr.op)) {
        const target = instr.target!;
        if (target.predecessors === 0) stack.push(target);
        target.predecessors++;
      }
    }
  }
}

export function eliminateEmptyBlocks(entry: Block): void {
  for (const b of layout(entry)) {
    let next = b.next;
    if (next) {
      while (next.instrs.length === 0 && next.next) next = next.next;
      b.next = next;
    }
  }
  for (const b of layout(entry)) {
    const last = b.last();
    if (last && isJump(last.op)) last.target = skipEmpty(last.target!);
  }
}

/** `optimize_cfg`. */
export function optimizeCfg(entry: Block, blocks: readonly Block[], consts: ConstTable): void {
  for (const b of layout(entry)) {
    optimizeBlock(b, consts);
    cleanBlock(b);
  }
  for (const b of reverseAllocation(blocks)) extendBlock(b);
  markReachable(entry);
  for (const b of layout(entry)) {
    if (b.predecessors === 0) {
      b.instrs = [];
      b.nofallthrough = false;
    }
  }
  eliminateEmptyBlocks(entry);
  for (const b of layout(entry)) cleanBlock(b);
  /* a jump to the next block is redundant */
  let maybeEmpty = false;
  for (const b of layout(entry)) {
    const last = b.last();
    if (last && (last.op === Pseudo.JUMP || last.op === Pseudo.JUMP_NO_INTERRUPT) && last.target === b.next) {
      b.nofallthrough = false;
      last.op = Op.NOP;
      maybeEmpty = true;
    }
  }
  if (maybeEmpty) eliminateEmptyBlocks(entry);
}

/** `trim_unused_consts`: drop trailing constants that no instruction loads (keep the first). */
export function trimUnusedConsts(entry: Block, consts: ConstTable): void {
  let max = 0;
  for (const b of layout(entry)) {
    for (const i of b.instrs) {
      if ((i.op === Op.LOAD_CONST || i.op === Op.KW_NAMES) && i.arg > max) max = i.arg;
    }
  }
  if (max + 1 < consts.values.length) consts.values.length = max + 1;
}

const isExitWithoutLineno = (b: Block) => b.exit && b.instrs.every((i) => i.loc.lineno < 0);

function copyBlock(block: Block, blocks: Block[]): Block {
  const result = new Block();
  blocks.push(result);
  result.instrs = block.instrs.map((i) => i.copy());
  result.exit = block.exit;
  result.nofallthrough = true;
  return result;
}

/**
 * `duplicate_exits_without_lineno`: PEP 626 wants a line number on every return and raise;
 * an exit block without one that is reached by several jumps is copied for each, and each copy
 * takes the line of its jump.
 */
export function duplicateExitsWithoutLineno(blocks: Block[]): void {
  const n = blocks.length;
  for (let k = n - 1; k >= 0; k--) {
    const b = blocks[k];
    const last = b.last();
    if (!last || !isJump(last.op)) continue;
    const target = last.target!;
    if (isExitWithoutLineno(target) && target.predecessors > 1) {
      const newTarget = copyBlock(target, blocks);
      newTarget.instrs[0].loc = last.loc;
      last.target = newTarget;
      target.predecessors--;
      newTarget.predecessors = 1;
      newTarget.next = target.next;
      target.next = newTarget;
    }
  }
  for (const b of reverseAllocation(blocks)) {
    while (b.next && b.next.instrs.length === 0) b.next = b.next.next;
  }
  /* the remaining exit blocks without line number are reached by falling through only */
  for (const b of reverseAllocation(blocks)) {
    if (!b.nofallthrough && b.next && b.instrs.length > 0 && isExitWithoutLineno(b.next)) {
      b.next.instrs[0].loc = b.last()!.loc;
    }
  }
}

/**
 * `propagate_line_numbers`: an instruction without a position takes the one before it in its
 * block; a block with a single predecessor inherits the position at the end of it.
 */
export function propagateLineNumbers(entry: Block): void {
  for (const b of layout(entry)) {
    if (b.instrs.length === 0) continue;
    let prev = NO_LOCATION;
    for (const instr of b.instrs) {
      if (instr.loc.lineno < 0) instr.loc = prev;
      else prev = instr.loc;
    }
    if (!b.nofallthrough && b.next!.predecessors === 1) {
      if (b.next!.instrs[0].loc.lineno < 0) b.next!.instrs[0].loc = prev;
    }
    const last = b.last()!;
    if (isJump(last.op)) {
      const target = last.target!;
      if (target.predecessors === 1 && target.instrs[0].loc.lineno < 0) target.instrs[0].loc = prev;
    }
  }
}

/** `guarantee_lineno_for_exits`: a return without a line takes the last line seen before it. */
export function guaranteeLinenoForExits(entry: Block, firstlineno: number): void {
  let lineno = firstlineno;
  for (const b of layout(entry)) {
    const last = b.last();
    if (!last) continue;
    if (last.loc.lineno < 0) {
      if (last.op === Op.RETURN_VALUE) {
        for (const instr of b.instrs) instr.loc = { ...instr.loc, lineno };
      }
    } else {
      lineno = last.loc.lineno;
    }
  }
}

/**
 * `label_exception_targets`: follow the flow from the entry with a stack of active handlers
 * (pushed by SETUP_*, popped by POP_BLOCK) and record in each instruction the handler that
 * catches an exception raised there.
 */
export function labelExceptionTargets(entry: Block): void {
  for (const b of layout(entry)) b.visited = false;
  const todo: Block[] = [entry];
  entry.visited = true;
  entry.exceptStack = [null];
  while (todo.length) {
    const b = todo.pop()!;
    let stack = b.exceptStack!;
    b.exceptStack = null;
    let handler = stack[stack.length - 1];
    for (let i = 0; i < b.instrs.length; i++) {
      const instr = b.instrs[i];
      if (isBlockPush(instr.op)) {
        const target = instr.target!;
        if (!target.visited) {
          target.exceptStack = stack.slice();
          todo.push(target);
          target.visited = true;
        }
        if (instr.op === Pseudo.SETUP_WITH || instr.op === Pseudo.SETUP_CLEANUP) target.preserveLasti = true;
        stack.push(target);
        handler = target;
      } else if (instr.op === Pseudo.POP_BLOCK) {
        stack.pop();
        handler = stack[stack.length - 1];
      } else if (isJump(instr.op)) {
        instr.except = handler;
        const target = instr.target!;
        if (!target.visited) {
          target.exceptStack = b.nofallthrough ? stack : stack.slice();
          todo.push(target);
          target.visited = true;
        }
      } else {
        instr.except = handler;
      }
    }
    if (!b.nofallthrough && !b.next!.visited) {
      b.next!.exceptStack = stack;
      todo.push(b.next!);
      b.next!.visited = true;
    }
  }
}

export function convertExceptionHandlersToNops(entry: Block): void {
  for (const b of layout(entry)) {
    for (const instr of b.instrs) {
      if (isBlockPush(instr.op) || instr.op === Pseudo.POP_BLOCK) instr.op = Op.NOP;
    }
  }
}

/** Exits that end a block: used to stop the stack-depth walk. */
export const endsFlow = (op: Opcode): boolean =>
  op === Pseudo.JUMP || op === Pseudo.JUMP_NO_INTERRUPT || isScopeExit(op);
