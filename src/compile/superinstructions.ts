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
 * A pair is made only when the second instruction has no EXTENDED_ARG prefix (its unit
 * directly follows the first's), so the superinstruction finds its oparg in the next unit.
 * The numbers follow the last opcode, which keeps the loop's dispatch switch dense.
 */
import { Op, opNames } from "./opcodes.js";

export const enum Super {
  /** LOAD_FAST a; LOAD_FAST b (the first number after the opcodes: checked below) */
  LOAD_FAST__LOAD_FAST = 95,
  /** LOAD_FAST a; LOAD_CONST c */
  LOAD_FAST__LOAD_CONST = 96,
  /** LOAD_CONST c; LOAD_FAST a */
  LOAD_CONST__LOAD_FAST = 97,
  /** STORE_FAST a; LOAD_FAST b */
  STORE_FAST__LOAD_FAST = 98,
  /** STORE_FAST a; STORE_FAST b */
  STORE_FAST__STORE_FAST = 99,
  /** COMPARE_OP op; POP_JUMP_{FORWARD,BACKWARD}_IF_{FALSE,TRUE} n: the jump needs no bool. */
  COMPARE_OP__POP_JUMP = 100,
}

// The numbers are literals (a bundler does not fold `Op.X + 1` across files); they must follow the opcodes.
if (opNames.length !== Super.LOAD_FAST__LOAD_FAST) {
  throw new Error(`superinstructions: the opcodes end at ${opNames.length - 1}, renumber Super`);
}

/** The superinstruction for `first` followed by `second` (opcodes), or 0. */
function pairOf(first: number, second: number): number {
  switch (first) {
    case Op.LOAD_FAST:
      if (second === Op.LOAD_FAST) return Super.LOAD_FAST__LOAD_FAST;
      if (second === Op.LOAD_CONST) return Super.LOAD_FAST__LOAD_CONST;
      return 0;
    case Op.LOAD_CONST:
      return second === Op.LOAD_FAST ? Super.LOAD_CONST__LOAD_FAST : 0;
    case Op.STORE_FAST:
      if (second === Op.LOAD_FAST) return Super.STORE_FAST__LOAD_FAST;
      if (second === Op.STORE_FAST) return Super.STORE_FAST__STORE_FAST;
      return 0;
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

/** A copy of `units` with the first unit of every pair made a superinstruction. */
export function withSuperinstructions(units: Uint16Array): Uint16Array {
  const out = units.slice();
  for (let i = 0; i + 1 < units.length; i++) {
    const s = pairOf(units[i] & 0xff, units[i + 1] & 0xff);
    if (s !== 0) out[i] = (units[i] & 0xff00) | s;
  }
  return out;
}
