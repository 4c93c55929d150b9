/**
 * `bool`: the two static int-layout objects True and False.
 *
 * True and False are ints (ob_size 1 / 0, digit 1 / 0; getsizeof 28) made in the static region
 * at start-up with ordinary reference counts starting at 1, as CPython 3.11's static
 * `_Py_TrueStruct` / `_Py_FalseStruct` are counted normally. bool inherits every int slot except
 * repr and `&`, `|`, `^`, which give a bool when both operands are bools. bool cannot be
 * subclassed.
 */
import type { Runtime } from "./runtime.js";
import type { BinarySlot, TypeDef } from "./typedef.js";
import { TpFlag } from "./layout.js";
import { InternalError } from "./errors.js";
import { BinaryOp } from "../compile/opcodes.js";
import { Int, intNb } from "./int.js";
import { checkArgs, arg } from "./args.js";
import { isTrue } from "./abstract.js";

/** Create True and False in rt.S (static region, refcount 1). */
export function initBools(rt: Runtime): void {
  rt.S.False = makeBool(rt, 0);
  rt.S.True = makeBool(rt, 1);
}

function makeBool(rt: Runtime, v: 0 | 1): number {
  // sizeof(struct _longobject): the header and one digit, padded to 32.
  const o = rt.allocStatic(rt.T.bool, Int.MEDIUM_SIZE, false, 1);
  rt.i32[(o + Int.SIZE) >> 2] = v;
  rt.i32[(o + Int.SIZE + 4) >> 2] = 0;
  rt.u32[(o + Int.DIGITS) >> 2] = v;
  return o;
}

/** A new reference to True or False. */
export function newBool(rt: Runtime, b: boolean): number {
  const o = b ? rt.S.True : rt.S.False;
  rt.i32[o >> 2]++;
  return o;
}

function isBool(rt: Runtime, o: number): boolean {
  return rt.typeOf(o) === rt.T.bool;
}

/** bool & bool, bool | bool, bool ^ bool stay bools; anything else is int's operation. */
function logical(op: BinaryOp.AND | BinaryOp.OR | BinaryOp.XOR): BinarySlot {
  const intSlot = intNb[op]!;
  return (rt, a, b) => {
    if (!isBool(rt, a) || !isBool(rt, b)) return intSlot(rt, a, b);
    const x = a === rt.S.True;
    const y = b === rt.S.True;
    return newBool(rt, op === BinaryOp.AND ? x && y : op === BinaryOp.OR ? x || y : x !== y);
  };
}

const boolNb: (BinarySlot | undefined)[] = intNb.slice();
boolNb[BinaryOp.AND] = logical(BinaryOp.AND);
boolNb[BinaryOp.OR] = logical(BinaryOp.OR);
boolNb[BinaryOp.XOR] = logical(BinaryOp.XOR);

function boolNew(rt: Runtime, _cls: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "bool", nargs, kwnames, 0, 1);
  return newBool(rt, nargs === 1 && isTrue(rt, arg(rt, args, 0)));
}

export const boolType: TypeDef = {
  name: "bool",
  basicsize: Int.MEDIUM_SIZE,
  itemsize: 4,
  flags: TpFlag.LONG_SUBCLASS | TpFlag.MATCH_SELF,
  base: "int",
  doc: "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.",
  dealloc: (rt, o) => {
    // True and False live in the static region: reaching zero is a reference counting bug.
    throw new InternalError(`deallocating ${o === rt.S.True ? "True" : "False"}`);
  },
  repr: (rt, o) => rt.newStr(o === rt.S.True ? "True" : "False"),
  new: boolNew,
  nb: boolNb,
};
