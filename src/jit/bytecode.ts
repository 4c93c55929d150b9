/**
 * The compiled tier's view of the bytecode: the compiler's code units decoded into
 * instructions, which of them compiled code knows, and where each goes next.
 */
import { Op, stackEffect } from "../compile/opcodes.js";

export /** One instruction of the compiler's units: `start` its first unit (an EXTENDED_ARG prefix's), `at` its opcode's. */
interface Instr {
  readonly start: number;
  readonly at: number;
  readonly op: number;
  readonly arg: number;
  /** The unit after the opcode's: where it falls through and relative jumps count from. */
  readonly next: number;
}


/** The instructions the compiler translates (others end the path: the eval loop runs them). */
export function known(op: number): boolean {
  switch (op) {
    case Op.NOP: case Op.RESUME: case Op.POP_TOP: case Op.PUSH_NULL: case Op.COPY: case Op.SWAP:
    case Op.LOAD_CONST: case Op.LOAD_FAST: case Op.STORE_FAST: case Op.LOAD_GLOBAL:
    case Op.UNARY_NOT: case Op.BINARY_OP: case Op.COMPARE_OP: case Op.IS_OP:
    case Op.BINARY_SUBSCR: case Op.STORE_SUBSCR: case Op.UNPACK_SEQUENCE:
    case Op.FOR_ITER: case Op.JUMP_FORWARD: case Op.JUMP_BACKWARD: case Op.JUMP_BACKWARD_NO_INTERRUPT:
    case Op.POP_JUMP_FORWARD_IF_FALSE: case Op.POP_JUMP_FORWARD_IF_TRUE:
    case Op.POP_JUMP_FORWARD_IF_NONE: case Op.POP_JUMP_FORWARD_IF_NOT_NONE:
    case Op.POP_JUMP_BACKWARD_IF_FALSE: case Op.POP_JUMP_BACKWARD_IF_TRUE:
    case Op.POP_JUMP_BACKWARD_IF_NONE: case Op.POP_JUMP_BACKWARD_IF_NOT_NONE:
    case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP:
    case Op.LOAD_DEREF: case Op.STORE_DEREF: case Op.LOAD_ATTR: case Op.STORE_ATTR: case Op.LOAD_METHOD:
    case Op.KW_NAMES: case Op.CALL: case Op.UNARY_POSITIVE: case Op.UNARY_NEGATIVE: case Op.UNARY_INVERT:
    case Op.CONTAINS_OP: case Op.GET_ITER: case Op.BUILD_TUPLE: case Op.BUILD_LIST:
    case Op.LIST_APPEND: case Op.SET_ADD: case Op.MAP_ADD:
    case Op.BUILD_SLICE: case Op.BUILD_SET: case Op.BUILD_MAP: case Op.BUILD_CONST_KEY_MAP: case Op.BUILD_STRING:
    case Op.FORMAT_VALUE: case Op.LIST_EXTEND: case Op.SET_UPDATE: case Op.DICT_UPDATE: case Op.LIST_TO_TUPLE:
    case Op.DELETE_SUBSCR: case Op.STORE_GLOBAL: case Op.RETURN_VALUE: case Op.MAKE_CELL: case Op.COPY_FREE_VARS:
    case Op.LOAD_NAME: case Op.STORE_NAME: case Op.DELETE_NAME:
    case Op.MAKE_FUNCTION: case Op.LOAD_CLOSURE: case Op.UNPACK_EX: case Op.DICT_MERGE:
      return true;
  }
  return false;
}


/** Decode the compiler's units into instructions, indexed by their first unit. */
export function decode(units: Uint16Array): Map<number, Instr> {
  const out = new Map<number, Instr>();
  for (let i = 0; i < units.length; ) {
    const start = i;
    let op = units[i] & 0xff;
    let arg = units[i] >> 8;
    while (op === Op.EXTENDED_ARG && i + 1 < units.length) {
      i++;
      op = units[i] & 0xff;
      arg = (arg << 8) | (units[i] >> 8);
    }
    out.set(start, { start, at: i, op, arg, next: i + 1 });
    i++;
  }
  return out;
}


/** The units an instruction may go to next, with the stack depth there, given `depth` before it. */
export function successors(ins: Instr, depth: number): Array<[number, number]> {
  const { op, arg, next } = ins;
  switch (op) {
    case Op.JUMP_FORWARD: return [[next + arg, depth]];
    case Op.JUMP_BACKWARD: case Op.JUMP_BACKWARD_NO_INTERRUPT: return [[next - arg, depth]];
    case Op.POP_JUMP_FORWARD_IF_FALSE: case Op.POP_JUMP_FORWARD_IF_TRUE:
    case Op.POP_JUMP_FORWARD_IF_NONE: case Op.POP_JUMP_FORWARD_IF_NOT_NONE:
      return [[next, depth - 1], [next + arg, depth - 1]];
    case Op.POP_JUMP_BACKWARD_IF_FALSE: case Op.POP_JUMP_BACKWARD_IF_TRUE:
    case Op.POP_JUMP_BACKWARD_IF_NONE: case Op.POP_JUMP_BACKWARD_IF_NOT_NONE:
      return [[next, depth - 1], [next - arg, depth - 1]];
    case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP:
      return [[next, depth - 1], [next + arg, depth]];
    case Op.FOR_ITER: return [[next, depth + 1], [next + arg, depth - 1]];
    case Op.RETURN_VALUE: return [];
  }
  return [[next, depth + effect(ins)]];
}


/** The stack effect of a straight-line instruction the compiler knows. */
export function effect(ins: Instr): number {
  return stackEffect(ins.op, ins.arg, false);
}


export function isBranch(op: number): boolean {
  return op >= Op.POP_JUMP_FORWARD_IF_FALSE && op <= Op.POP_JUMP_BACKWARD_IF_NOT_NONE;
}


/** Ends its block: nothing runs after it in the same block. */
export function endsBlock(op: number): boolean {
  return op === Op.RETURN_VALUE || op === Op.JUMP_FORWARD || op === Op.JUMP_BACKWARD || op === Op.JUMP_BACKWARD_NO_INTERRUPT ||
    isBranch(op) || op === Op.FOR_ITER || op === Op.JUMP_IF_FALSE_OR_POP || op === Op.JUMP_IF_TRUE_OR_POP;
}


/** A jump backward: a loop's end. */
export function isBackward(ins: Instr): boolean {
  return ins.op === Op.JUMP_BACKWARD || ins.op === Op.JUMP_BACKWARD_NO_INTERRUPT || (isBranch(ins.op) && ins.op >= Op.POP_JUMP_BACKWARD_IF_FALSE);
}

