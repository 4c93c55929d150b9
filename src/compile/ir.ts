/**
 * The code generator's output and the assembler's input: instructions in basic blocks.
 *
 * An instruction is an opcode from `opcodes.ts` or one of the pseudo-instructions below, which
 * exist only between code generation and assembly (as in CPython 3.11's compile.c):
 *
 *   SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH target   open an exception-handler region
 *   POP_BLOCK                                          close the innermost one
 *   JUMP / JUMP_NO_INTERRUPT / POP_JUMP_IF_*           jumps whose direction is not known yet
 *
 * The assembler turns the regions into the exception table and the SETUP/POP_BLOCK
 * instructions into NOPs, and picks the FORWARD or BACKWARD form of each jump once the block
 * order is final.
 *
 * A jump's target is a block, never an offset. A block holds straight-line code: only its last
 * instruction may jump, return or raise. Blocks are kept in allocation order (`Unit.blocks`);
 * `next` links them in the order they will be laid out.
 */
import { Op, isJump as isRealJump, opNames, stackEffect as realStackEffect } from "./opcodes.js";
import type { Span } from "./errors.js";

export const enum Pseudo {
  SETUP_FINALLY = 256,
  SETUP_CLEANUP,
  SETUP_WITH,
  POP_BLOCK,
  JUMP,
  JUMP_NO_INTERRUPT,
  POP_JUMP_IF_FALSE,
  POP_JUMP_IF_TRUE,
  POP_JUMP_IF_NONE,
  POP_JUMP_IF_NOT_NONE,
}

export type Opcode = Op | Pseudo;

const pseudoNames: Record<number, string> = {
  [Pseudo.SETUP_FINALLY]: "SETUP_FINALLY", [Pseudo.SETUP_CLEANUP]: "SETUP_CLEANUP", [Pseudo.SETUP_WITH]: "SETUP_WITH",
  [Pseudo.POP_BLOCK]: "POP_BLOCK", [Pseudo.JUMP]: "JUMP", [Pseudo.JUMP_NO_INTERRUPT]: "JUMP_NO_INTERRUPT",
  [Pseudo.POP_JUMP_IF_FALSE]: "POP_JUMP_IF_FALSE", [Pseudo.POP_JUMP_IF_TRUE]: "POP_JUMP_IF_TRUE",
  [Pseudo.POP_JUMP_IF_NONE]: "POP_JUMP_IF_NONE", [Pseudo.POP_JUMP_IF_NOT_NONE]: "POP_JUMP_IF_NOT_NONE",
};

export const opcodeName = (op: Opcode): string => (op >= 256 ? pseudoNames[op] : opNames[op]);

/** No source position: the instruction is artificial. */
export const NO_LOCATION: Span = { lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 };

export class Instr {
  /** Handler in force at this instruction, computed by the assembler. */
  except: Block | null = null;

  constructor(public op: Opcode, public arg: number, public target: Block | null, public loc: Span) {}

  copy(): Instr {
    const i = new Instr(this.op, this.arg, this.target, this.loc);
    i.except = this.except;
    return i;
  }
}

export class Block {
  instrs: Instr[] = [];
  /** The block laid out after this one; control falls through to it unless `nofallthrough`. */
  next: Block | null = null;
  /** Handler stack on entry (index 0 is "no handler"), used while labelling handlers. */
  exceptStack: (Block | null)[] | null = null;
  predecessors = 0;
  startDepth = Number.MIN_SAFE_INTEGER;
  /** Offset in code units, once laid out. */
  offset = 0;
  /** Ends with an unconditional jump, a return or a raise. */
  nofallthrough = false;
  /** A handler that expects the offset of the raising instruction under the exception. */
  preserveLasti = false;
  visited = false;
  /** Contains a return or a raise. */
  exit = false;
  /** Contains a RETURN_VALUE (CPython's b_return, used to decide on the implicit return). */
  returns = false;

  last(): Instr | undefined {
    return this.instrs[this.instrs.length - 1];
  }
}

export const isVirtualJump = (op: Opcode): boolean => op >= Pseudo.JUMP && op <= Pseudo.POP_JUMP_IF_NOT_NONE;

export const isJump = (op: Opcode): boolean => (op >= 256 ? isVirtualJump(op) : isRealJump(op as Op));

export const isBlockPush = (op: Opcode): boolean =>
  op === Pseudo.SETUP_FINALLY || op === Pseudo.SETUP_CLEANUP || op === Pseudo.SETUP_WITH;

export const isUnconditionalJump = (op: Opcode): boolean => op === Pseudo.JUMP || op === Pseudo.JUMP_NO_INTERRUPT;

/** Instructions after which control never falls through. */
export const isScopeExit = (op: Opcode): boolean =>
  op === Op.RETURN_VALUE || op === Op.RAISE_VARARGS || op === Op.RERAISE;

/** Does an instruction end its basic block? */
export const endsBlock = (op: Opcode): boolean => isJump(op) || isScopeExit(op);

/**
 * Stack effect of an instruction, pseudo-instructions included. For SETUP_*, `jump` is the
 * effect seen by the handler: the exception (and, for SETUP_CLEANUP, the offset of the raising
 * instruction) pushed on the stack as it was when the region was entered.
 */
export function stackEffect(op: Opcode, arg: number, jump: boolean): number {
  switch (op) {
    case Pseudo.SETUP_FINALLY: return jump ? 1 : 0;
    case Pseudo.SETUP_CLEANUP: return jump ? 2 : 0;
    case Pseudo.SETUP_WITH: return jump ? 1 : 0;
    case Pseudo.POP_BLOCK:
    case Pseudo.JUMP:
    case Pseudo.JUMP_NO_INTERRUPT:
      return 0;
    case Pseudo.POP_JUMP_IF_FALSE:
    case Pseudo.POP_JUMP_IF_TRUE:
    case Pseudo.POP_JUMP_IF_NONE:
    case Pseudo.POP_JUMP_IF_NOT_NONE:
      return -1;
    default:
      return realStackEffect(op as Op, arg, jump);
  }
}
