// Superinstructions: which unit pairs become one, and that only the first unit's opcode byte
// changes (the compiler's units, which co_code and dis show, are never touched).
import { describe, expect, it } from "vitest";
import { Op, opNames } from "../../src/compile/opcodes.js";
import { Super, withSuperinstructions } from "../../src/compile/superinstructions.js";

const unit = (op: number, arg = 0) => op | (arg << 8);

describe("withSuperinstructions", () => {
  it("numbers the superinstructions after the last opcode", () => {
    expect(Super.LOAD_FAST__LOAD_FAST).toBe(opNames.length);
  });

  it("rewrites the first unit of each pair, keeping its oparg, and leaves the input alone", () => {
    const units = Uint16Array.from([
      unit(Op.RESUME), unit(Op.LOAD_FAST, 1), unit(Op.LOAD_FAST, 2), unit(Op.LOAD_CONST, 3),
      unit(Op.COMPARE_OP, 0), unit(Op.POP_JUMP_BACKWARD_IF_TRUE, 4), unit(Op.STORE_FAST, 5), unit(Op.STORE_FAST, 6),
      unit(Op.LOAD_CONST, 7), unit(Op.LOAD_FAST, 8), unit(Op.RETURN_VALUE),
    ]);
    const copy = units.slice();
    const out = withSuperinstructions(units);
    expect(units).toEqual(copy);
    expect(Array.from(out)).toEqual([
      unit(Op.RESUME), unit(Super.LOAD_FAST__LOAD_FAST, 1), unit(Super.LOAD_FAST__LOAD_CONST, 2), unit(Op.LOAD_CONST, 3),
      unit(Super.COMPARE_OP__POP_JUMP, 0), unit(Op.POP_JUMP_BACKWARD_IF_TRUE, 4), unit(Super.STORE_FAST__STORE_FAST, 5),
      unit(Op.STORE_FAST, 6), unit(Super.LOAD_CONST__LOAD_FAST, 7), unit(Op.LOAD_FAST, 8), unit(Op.RETURN_VALUE),
    ]);
  });

  it("makes the loads of a BINARY_OP's operands one instruction with it", () => {
    const units = Uint16Array.from([
      unit(Op.LOAD_FAST, 1), unit(Op.LOAD_CONST, 2), unit(Op.BINARY_OP, 0),
      unit(Op.LOAD_FAST, 3), unit(Op.LOAD_FAST, 4), unit(Op.BINARY_OP, 5),
      unit(Op.LOAD_CONST, 6), unit(Op.BINARY_OP, 7), unit(Op.LOAD_FAST, 8), unit(Op.BINARY_OP, 9),
      unit(Op.LOAD_FAST, 1), unit(Op.LOAD_CONST, 2), unit(Op.EXTENDED_ARG, 1), unit(Op.BINARY_OP, 0),
    ]);
    expect(Array.from(withSuperinstructions(units))).toEqual([
      unit(Super.LOAD_FAST__LOAD_CONST__BINARY_OP, 1), unit(Super.LOAD_CONST__BINARY_OP, 2), unit(Op.BINARY_OP, 0),
      unit(Super.LOAD_FAST__LOAD_FAST__BINARY_OP, 3), unit(Super.LOAD_FAST__BINARY_OP, 4), unit(Op.BINARY_OP, 5),
      unit(Super.LOAD_CONST__BINARY_OP, 6), unit(Op.BINARY_OP, 7), unit(Super.LOAD_FAST__BINARY_OP, 8), unit(Op.BINARY_OP, 9),
      // The BINARY_OP has a prefix: only the pair of loads is made.
      unit(Super.LOAD_FAST__LOAD_CONST, 1), unit(Op.LOAD_CONST, 2), unit(Op.EXTENDED_ARG, 1), unit(Op.BINARY_OP, 0),
    ]);
  });

  it("stores a BINARY_OP's result and a FOR_ITER's item straight into the next STORE_FAST's local", () => {
    const units = Uint16Array.from([
      unit(Op.LOAD_FAST, 1), unit(Op.LOAD_CONST, 2), unit(Op.BINARY_OP, 13), unit(Op.STORE_FAST, 1),
      unit(Op.BINARY_OP, 0), unit(Op.STORE_FAST, 3), unit(Op.LOAD_FAST, 4),
      unit(Op.FOR_ITER, 9), unit(Op.STORE_FAST, 5), unit(Op.FOR_ITER, 9), unit(Op.EXTENDED_ARG, 1), unit(Op.STORE_FAST, 5),
      unit(Op.BINARY_OP, 0), unit(Op.EXTENDED_ARG, 1), unit(Op.STORE_FAST, 2),
    ]);
    expect(Array.from(withSuperinstructions(units))).toEqual([
      unit(Super.LOAD_FAST__LOAD_CONST__BINARY_OP, 1), unit(Super.LOAD_CONST__BINARY_OP, 2),
      unit(Super.BINARY_OP__STORE_FAST, 13), unit(Op.STORE_FAST, 1),
      unit(Super.BINARY_OP__STORE_FAST, 0), unit(Super.STORE_FAST__LOAD_FAST, 3), unit(Op.LOAD_FAST, 4),
      unit(Super.FOR_ITER__STORE_FAST, 9), unit(Op.STORE_FAST, 5), unit(Op.FOR_ITER, 9), unit(Op.EXTENDED_ARG, 1), unit(Op.STORE_FAST, 5),
      unit(Op.BINARY_OP, 0), unit(Op.EXTENDED_ARG, 1), unit(Op.STORE_FAST, 2),
    ]);
  });

  it("makes a list comprehension's append and jump back one instruction", () => {
    const units = Uint16Array.from([
      unit(Op.LIST_APPEND, 2), unit(Op.JUMP_BACKWARD, 5), unit(Op.LIST_APPEND, 2), unit(Op.EXTENDED_ARG, 1), unit(Op.JUMP_BACKWARD, 5),
    ]);
    expect(Array.from(withSuperinstructions(units))).toEqual([
      unit(Super.LIST_APPEND__JUMP_BACKWARD, 2), unit(Op.JUMP_BACKWARD, 5), unit(Op.LIST_APPEND, 2), unit(Op.EXTENDED_ARG, 1), unit(Op.JUMP_BACKWARD, 5),
    ]);
  });

  it("makes the load and the store of `c[k] op= v` one instruction each", () => {
    const units = Uint16Array.from([
      unit(Op.COPY, 2), unit(Op.COPY, 2), unit(Op.BINARY_SUBSCR), unit(Op.SWAP, 3), unit(Op.SWAP, 2), unit(Op.STORE_SUBSCR),
      unit(Op.COPY, 1), unit(Op.BINARY_SUBSCR), unit(Op.SWAP, 2), unit(Op.STORE_SUBSCR),
    ]);
    expect(Array.from(withSuperinstructions(units))).toEqual([
      unit(Super.COPY__COPY__BINARY_SUBSCR, 2), unit(Op.COPY, 2), unit(Op.BINARY_SUBSCR),
      unit(Super.SWAP__SWAP__STORE_SUBSCR, 3), unit(Op.SWAP, 2), unit(Op.STORE_SUBSCR),
      unit(Op.COPY, 1), unit(Op.BINARY_SUBSCR), unit(Op.SWAP, 2), unit(Op.STORE_SUBSCR),
    ]);
  });

  it("makes no pair when the second instruction has an EXTENDED_ARG prefix", () => {
    const units = Uint16Array.from([
      unit(Op.STORE_FAST, 1), unit(Op.EXTENDED_ARG, 1), unit(Op.LOAD_FAST, 2),
      unit(Op.COMPARE_OP, 2), unit(Op.EXTENDED_ARG, 1), unit(Op.POP_JUMP_FORWARD_IF_FALSE, 0),
      unit(Op.EXTENDED_ARG, 1), unit(Op.STORE_FAST, 3), unit(Op.LOAD_FAST, 4),
    ]);
    const out = withSuperinstructions(units);
    expect(Array.from(out.slice(0, 6))).toEqual(Array.from(units.slice(0, 6)));
    // A prefix on the first instruction is fine: the pair reads its oparg through it.
    expect(out[7]).toBe(unit(Super.STORE_FAST__LOAD_FAST, 3));
  });
});
