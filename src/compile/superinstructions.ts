/**
 * Superinstructions: the eval loop's private encoding of common instruction pairs.
 *
 * A code object's heap copy of its code units (the units the eval loop runs) has the opcode
 * of the first instruction of some pairs replaced by a superinstruction, which does the work
 * of both and skips the second (CPython 3.11's LOAD_FAST__LOAD_FAST and friends, made when
 * the code object is made rather than by its adaptive interpreter). Only the opcode byte
 * changes: the first instruction's oparg (with any EXTENDED_ARG prefix) stays, and the second
 * unit stays as it was, so a jump to it, or a superinstruction that cannot finish, runs it on
 * its own. The compiler's units (co_code, dis, the line and exception tables, and every
 * offset) never change.
 *
 * A pair (or triple) is made only when each later instruction has no EXTENDED_ARG prefix (its
 * unit directly follows), so the superinstruction finds each oparg in the unit that follows.
 * The numbers follow the last opcode, which keeps the loop's dispatch switch dense.
 */
import { Op, opNames } from "./opcodes.js";

export const enum Super {
  /** LOAD_FAST a; LOAD_FAST b (the first number after the opcodes: checked below) */
  LOAD_FAST__LOAD_FAST = 100,
  /** LOAD_FAST a; LOAD_CONST c */
  LOAD_FAST__LOAD_CONST = 101,
  /** LOAD_CONST c; LOAD_FAST a */
  LOAD_CONST__LOAD_FAST = 102,
  /** STORE_FAST a; LOAD_FAST b */
  STORE_FAST__LOAD_FAST = 103,
  /** STORE_FAST a; STORE_FAST b */
  STORE_FAST__STORE_FAST = 104,
  /** COMPARE_OP op; POP_JUMP_{FORWARD,BACKWARD}_IF_{FALSE,TRUE} n: the jump needs no bool. */
  COMPARE_OP__POP_JUMP = 105,
  /** FOR_ITER n; STORE_FAST a: the next item goes straight into the local. */
  FOR_ITER__STORE_FAST = 106,
  /** LIST_APPEND i; JUMP_BACKWARD n: a list comprehension's loop. */
  LIST_APPEND__JUMP_BACKWARD = 107,
  /** COPY 2; COPY 2; BINARY_SUBSCR: the load of `c[k] op= v` (c k -- c k item). */
  COPY__COPY__BINARY_SUBSCR = 108,
  /** SWAP 3; SWAP 2; STORE_SUBSCR: the store of `c[k] op= v` (c k v --). */
  SWAP__SWAP__STORE_SUBSCR = 109,
  // BINARY_OP, and the loads of its operands then the BINARY_OP (these stay the highest
  // numbers). The BINARY_OP unit of a load superinstruction may be BINARY_OP__STORE_FAST too.
  /** BINARY_OP op; STORE_FAST a: the result goes straight into the local. */
  BINARY_OP__STORE_FAST = 110,
  /** LOAD_FAST a; BINARY_OP op */
  LOAD_FAST__BINARY_OP = 111,
  /** LOAD_CONST c; BINARY_OP op */
  LOAD_CONST__BINARY_OP = 112,
  /** LOAD_FAST a; LOAD_CONST c; BINARY_OP op (three units) */
  LOAD_FAST__LOAD_CONST__BINARY_OP = 113,
  /** LOAD_FAST a; LOAD_FAST b; BINARY_OP op (three units) */
  LOAD_FAST__LOAD_FAST__BINARY_OP = 114,
}

// The numbers are literals (a bundler does not fold `Op.X + 1` across files); they must follow the opcodes.
if (opNames.length !== Super.LOAD_FAST__LOAD_FAST) {
  throw new Error(`superinstructions: the opcodes end at ${opNames.length - 1}, renumber Super`);
}

/** The superinstruction for `first` followed by `second` and `third` (opcodes, -1 past the end), or 0. */
function superOf(first: number, second: number, third: number): number {
  switch (first) {
    case Op.LOAD_FAST:
      if (second === Op.LOAD_FAST) return third === Op.BINARY_OP ? Super.LOAD_FAST__LOAD_FAST__BINARY_OP : Super.LOAD_FAST__LOAD_FAST;
      if (second === Op.LOAD_CONST) return third === Op.BINARY_OP ? Super.LOAD_FAST__LOAD_CONST__BINARY_OP : Super.LOAD_FAST__LOAD_CONST;
      return second === Op.BINARY_OP ? Super.LOAD_FAST__BINARY_OP : 0;
    case Op.LOAD_CONST:
      if (second === Op.LOAD_FAST) return Super.LOAD_CONST__LOAD_FAST;
      return second === Op.BINARY_OP ? Super.LOAD_CONST__BINARY_OP : 0;
    case Op.STORE_FAST:
      if (second === Op.LOAD_FAST) return Super.STORE_FAST__LOAD_FAST;
      if (second === Op.STORE_FAST) return Super.STORE_FAST__STORE_FAST;
      return 0;
    case Op.BINARY_OP:
      return second === Op.STORE_FAST ? Super.BINARY_OP__STORE_FAST : 0;
    case Op.FOR_ITER:
      return second === Op.STORE_FAST ? Super.FOR_ITER__STORE_FAST : 0;
    case Op.LIST_APPEND:
      return second === Op.JUMP_BACKWARD ? Super.LIST_APPEND__JUMP_BACKWARD : 0;
    // (The eval loop checks the opargs, 2 2 and 3 2, and otherwise runs the first unit alone.)
    case Op.COPY:
      return second === Op.COPY && third === Op.BINARY_SUBSCR ? Super.COPY__COPY__BINARY_SUBSCR : 0;
    case Op.SWAP:
      return second === Op.SWAP && third === Op.STORE_SUBSCR ? Super.SWAP__SWAP__STORE_SUBSCR : 0;
    case Op.COMPARE_OP:
      switch (second) {
        case Op.POP_JUMP_FORWARD_IF_FALSE:
        case Op.POP_JUMP_FORWARD_IF_TRUE:
        case Op.POP_JUMP_BACKWARD_IF_FALSE:
        case Op.POP_JUMP_BACKWARD_IF_TRUE:
          return Super.COMPARE_OP__POP_JUMP;
      }
      return 0;
  }
  return 0;
}

/** A copy of `units` with the first unit of every pair (or triple) made a superinstruction. */
export function withSuperinstructions(units: Uint16Array): Uint16Array {
  const out = units.slice();
  for (let i = 0; i + 1 < units.length; i++) {
    const s = superOf(units[i] & 0xff, units[i + 1] & 0xff, i + 2 < units.length ? units[i + 2] & 0xff : -1);
    if (s !== 0) out[i] = (units[i] & 0xff00) | s;
  }
  return out;
}
