/**
 * The compiled tier's text for numbers (compile-loop.ts's emitters): COMPARE_OP and BINARY_OP
 * on ints of one or two digits and on floats inline, with the operator fixed in the text, and
 * the calls or the eval loop's general path for the rest. BlockEmitter, which writes the
 * blocks, extends it.
 */
import { BinaryOp } from "../compile/opcodes.js";
import { EmitterBase, Num53, W, compareText, ownedVar, type Entry } from "./emitter-base.js";
import type { Instr } from "./bytecode.js";
import { SmallInt } from "../vm/loop-constants.js";
import { strConcatText } from "./str-append-text.js";

/** The operators whose result on two one-digit ints is mostly one digit too (Entry.small). */
const SMALL_RESULTS: ReadonlySet<number> = new Set([
  BinaryOp.ADD, BinaryOp.SUBTRACT, BinaryOp.AND, BinaryOp.OR, BinaryOp.XOR, BinaryOp.FLOOR_DIVIDE, BinaryOp.REMAINDER, BinaryOp.RSHIFT,
]);

/**
 * `x % y`, `x // y` or `x >> y` of a one-digit int x (|x| < 2**30, an int32) by a constant
 * one-digit `y` (NaN: not a constant), written out rather than through the oneDigit call (the
 * commonest: `i % 2`, `n // 10`); null when the constant needs the call's tests (a zero
 * divisor, a negative shift). The remainder takes y's sign, as Python's does, by a mask rather
 * than a branch of its own (which V8 would compile into a deoptimisation until a negative x
 * first came).
 */
function constantDivisorText(kind: number, y: number): string | null {
  if (y !== y) return null;
  switch (kind) {
    case BinaryOp.REMAINDER:
      if (y === 0) return null;
      // (x % y is an int32 with x's sign: y is added when it is nonzero and its sign differs.)
      return y > 0 ? `((x % ${y}) + (((x % ${y}) >> 31) & ${y}))` : `((x % ${y}) + ((-(x % ${y}) >> 31) & ${y}))`;
    case BinaryOp.FLOOR_DIVIDE:
      // (|x / y| < 2**30: the rounded quotient cannot reach the next integer.)
      return y === 0 ? null : `Math.floor(x / ${y})`;
    case BinaryOp.RSHIFT:
      return y < 0 ? null : `(x >> ${Math.min(y, 31)})`;
    default:
      return null;
  }
}

/**
 * Whether `x <kind> y` of a one-digit int x by the constant `y` (NaN: not a constant) is always
 * a cached small int (-5 to 256), whatever x: `x % y` for 1 <= y <= 257 (in [0, y - 1]) or
 * -6 <= y <= -1 (in [y + 1, 0]), `x & y` for 0 <= y <= 256 (in [0, y]). Its text then needs
 * no allocation path (`i % 13`: 600 characters less of text for V8 to compile, each time).
 */
function alwaysSmallResult(kind: number, y: number): boolean {
  if (y !== y) return false;
  if (kind === BinaryOp.REMAINDER) return (y >= 1 && y <= SmallInt.MAX + 1) || (y >= SmallInt.MIN - 1 && y <= -1);
  return kind === BinaryOp.AND && y >= 0 && y <= SmallInt.MAX;
}

export abstract class NumberEmitter extends EmitterBase {
  /**
   * COMPARE_OP. Fused with the conditional jump `jump`: returns a JavaScript boolean (text),
   * leaving at the jump when a general comparison gives no bool. Alone: returns the variable of
   * its result (owned). The operands are released (or the general path consumed them).
   */
  protected compare(ins: Instr, jump: Instr | null): string {
    const ty = this.ty;
    const b = this.vs[this.vs.length - 1];
    const a = this.vs[this.vs.length - 2];
    const c = this.fresh("c");
    // (The operator itself, not the eval loop's table of outcomes: a three-way test's second
    // comparison, untaken until x first equals y, would deoptimise the text then.)
    const bits = `(${compareText(ins.arg)} ? 1 : 0)`;
    const fl = (e: Entry) => `f64[(${e.v} + ${W.FLOAT_VALUE}) >> 3]`;
    this.emit(`let ${c} = -1;`);
    let inline = "";
    const { floatLikely, intLikely } = this.likely(a, b);
    if (this.mayBe(a, ty.int) && this.mayBe(b, ty.int) && !floatLikely) {
      this.emit(`if (${this.oneDigitTest(a)} && ${this.oneDigitTest(b)}) { const x = ${this.intValueText(a)}, y = ${this.intValueText(b)}; ${c} = ${bits}; }`);
      inline = "else ";
    }
    if (this.mayBe(a, ty.float) && this.mayBe(b, ty.float) && !intLikely) {
      this.emit(
        `${inline}if (${this.typeTest(a, ty.float)} && ${this.typeTest(b, ty.float)}) { ` +
        `const x = ${fl(a)}, y = ${fl(b)}; ${c} = ${compareText(ins.arg)} ? 1 : 0; }`,
      );
      inline = "else ";
    }
    const r = this.fresh("r");
    this.emit(`${inline}{ const ${r} = fastCompare(rt, ty, ${a.v}, ${b.v}, ${ins.arg}); if (${r} !== 0) { ${c} = ${r} === ${ty.True} ? 1 : 0; i32[${r} >> 2]--; } }`);
    const o = this.fresh("r");
    if (jump === null) this.emit(`let ${o} = 0;`);
    const saved = this.vs.map((e) => ({ ...e }));
    this.emit(`if (${c} !== -1) {`);
    this.vs.length -= 2;
    this.releaseInOrder([a, b]);
    if (jump === null) this.emit(`${o} = ${c} === 1 ? ${ty.True} : ${ty.False}; i32[${o} >> 2]++;`);
    this.emit(`} else {`);
    this.vs = saved.map((e) => ({ ...e }));
    const [h] = this.general(ins, 2, 1);
    if (jump === null) this.emit(`${o} = ${h};`);
    else this.tracingExit(jump.start);
    if (jump !== null) this.emit(`if (${h} === ${ty.True} || ${h} === ${ty.False}) { ${c} = ${h} === ${ty.True} ? 1 : 0; i32[${h} >> 2]--; } else ${this.exitText(jump)}`);
    this.emit(`}`);
    this.vs = saved.slice(0, saved.length - 2);
    return jump === null ? o : `${c} === 1`;
  }

  /**
   * BINARY_OP: one-digit ints and + - * / of floats inline, with the operator fixed here; other
   * ints and floats by the function's `B` (binarySlow in tier.ts); `+` of two compact ASCII
   * strs inline where the hints say str; other operands by the general path (a str's `s += t`
   * into s's local is block-emitter.ts's concatOrAdd, which grows s in place when it can, as
   * CPython does).
   */
  protected binaryOp(ins: Instr): void {
    const arg = ins.arg;
    const ty = this.ty;
    const kind = arg >= BinaryOp.INPLACE_ADD ? arg - BinaryOp.INPLACE_ADD : arg;
    const b = this.vs[this.vs.length - 1];
    const a = this.vs[this.vs.length - 2];
    const r = this.fresh("r");
    const fast: string[] = [];
    let value: string | null = null;
    let block = "0";
    switch (kind) {
      case BinaryOp.ADD: value = "x + y"; break;
      case BinaryOp.SUBTRACT: value = "x - y"; break;
      case BinaryOp.AND: value = "x & y"; break;
      case BinaryOp.OR: value = "x | y"; break;
      case BinaryOp.XOR: value = "x ^ y"; break;
      case BinaryOp.MULTIPLY: value = "x * y"; break;
      case BinaryOp.FLOOR_DIVIDE: case BinaryOp.REMAINDER: case BinaryOp.RSHIFT:
        value = constantDivisorText(kind, b.intValue) ?? `oneDigit(x, y, ${kind})`;
        break;
      case BinaryOp.LSHIFT:
        value = `oneDigit(x, y, ${kind})`;
        block = "lshiftBlock(x === 0 ? 0 : 1, y)";
        break;
    }
    let inline = false;
    const { floatLikely, intLikely } = this.likely(a, b);
    // (No int paths when a constant operand rules them out: one of more digits.)
    const testable = this.digitTestsCanHold(a) && this.digitTestsCanHold(b);
    const medium = kind === BinaryOp.ADD ? "x + y" : kind === BinaryOp.SUBTRACT ? "x - y" : kind === BinaryOp.MULTIPLY ? "x * y"
      : kind === BinaryOp.REMAINDER ? "y === 0 ? NaN : x % y" : kind === BinaryOp.FLOOR_DIVIDE ? "y === 0 ? NaN : Math.floor(x / y)" : null;
    const ints = value !== null && this.mayBe(a, ty.int) && this.mayBe(b, ty.int) && !floatLikely;
    // (Both small ints when compiled: no two-digit path, FD and B take larger ones.)
    const oneDigitHint = (e: Entry): boolean => e.intValue === e.intValue || e.small === true;
    const bothSmall = oneDigitHint(a) && oneDigitHint(b);
    if (ints) {
      // (A failed allocation gives 0: B then tries, and its MemoryError makes the exit.)
      const oneDigit = `${this.oneDigitTest(a)} && ${this.oneDigitTest(b)}`;
      if (testable && alwaysSmallResult(kind, b.intValue)) {
        fast.push(
          `if (${oneDigit}) { const x = ${this.intValueText(a)}, y = ${this.intValueText(b)}; const v = ${value}; ` +
          `${r} = smallInts[v - ${SmallInt.MIN}]; i32[${r} >> 2]++; }`,
        );
        inline = true;
      } else if (testable) {
        fast.push(
          `if (${oneDigit}) { const x = ${this.intValueText(a)}, y = ${this.intValueText(b)}; const v = ${value}; ` +
          `if (v === v && v <= ${Num53.MAX} && v >= -${Num53.MAX}) { ${this.newIntText(r, "v", block)} } }`,
        );
        inline = true;
      }
      const twoDigit = `${this.twoDigitTest(a)} && ${this.twoDigitTest(b)}`;
      if (medium !== null && !this.compact && testable && !bothSmall) {
        // Two digits (below 2**53: a second digit below 2**23), as the eval loop's medium path
        // (mediumIntOpValue), with CPython's result block for + - * (intResultBlockDigits).
        // `//` as Math.floor(x / y), exact for |x| < 2**53: the quotient's rounding error, half
        // an ulp, is below |x / y|·2**-53 < 1/|y|, and a quotient that is not an integer is at
        // least 1/|y| from the next one up, so rounding never reaches it.
        const fix = kind === BinaryOp.REMAINDER ? " if (v !== 0 && (v < 0) !== (y < 0)) v += y;" : "";
        // (CPython's block for `//` and `%` is the result's exact size, intResultBlockDigits's
        // 0: newIntText then takes it from its pool here, without the calls.)
        const exactSize = kind === BinaryOp.FLOOR_DIVIDE || kind === BinaryOp.REMAINDER;
        const resultBlock = exactSize ? this.newIntText(r, "v", "0")
          : `const blk = blockDigits(i32, ${a.v}, ${b.v}, ${kind}); ${this.newIntText(r, "v", "blk")}`;
        fast.push(
          `${inline ? "else " : ""}if (${twoDigit}) { const x = ${this.twoDigitValueText(a)}, y = ${this.twoDigitValueText(b)}; let v = ${medium};${fix} ` +
          `if (v === v && v <= ${Num53.MAX} && v >= -${Num53.MAX}) { ${resultBlock} } }`,
        );
        inline = true;
      }
    }
    const floatOp = kind === BinaryOp.ADD ? "+" : kind === BinaryOp.SUBTRACT ? "-" : kind === BinaryOp.MULTIPLY ? "*" : kind === BinaryOp.TRUE_DIVIDE ? "/" : "";
    const divide = kind === BinaryOp.TRUE_DIVIDE;
    if (floatOp !== "" && this.mayBe(a, ty.float) && this.mayBe(b, ty.float) && a.constType === 0 && b.constType === 0 && !intLikely) {
      // Two operands of types unknown here: floats only (the text of every float operation
      // stays short: nbody's loop has a hundred).
      const nonzero = divide ? ` && f64[(${b.v} + ${W.FLOAT_VALUE}) >> 3] !== 0` : "";
      fast.push(
        `${inline ? "else " : ""}if (${this.typeTest(a, ty.float)} && ${this.typeTest(b, ty.float)}${nonzero}) ` +
        `{ const v = f64[(${a.v} + ${W.FLOAT_VALUE}) >> 3] ${floatOp} f64[(${b.v} + ${W.FLOAT_VALUE}) >> 3]; ${this.newFloatText(r, "v")} }`,
      );
      if (floatLikely && !divide && (this.likelyType(a) !== ty.float || this.likelyType(b) !== ty.float)) {
        // A float hint beside an operand of another hint or none (`total += shape.area()`,
        // where some areas are ints): a float with a one-digit int too, exact as a double as
        // CPython converts it. (Not where both are floats by their hints: nbody's hundred
        // operations.)
        fast.push(this.mixedFloatText(a, b, r, floatOp));
      }
    } else if (floatOp !== "" && (this.mayBe(a, ty.float) || this.mayBe(a, ty.int)) && (this.mayBe(b, ty.float) || this.mayBe(b, ty.int)) &&
      (divide || (!intLikely && (this.mayBe(a, ty.float) || this.mayBe(b, ty.float))))) {
      // A constant operand (`3.14159 * r`, `x / 2`, `1.0 / n`): floats, and a float with a
      // one-digit int (exact as a double, as CPython converts it); two one-digit ints only for
      // `/` (the quotient of two doubles, correctly rounded, as CPython's true division of
      // small ints). Dividing by zero goes on to B, which raises.
      fast.push(this.mixedFloatText(a, b, r, floatOp));
    }
    if (ints && medium !== null && kind !== BinaryOp.FLOOR_DIVIDE && !this.compact) {
      // Ints of a few digits past 2**53 (a product of two-digit ints, a sum of three-digit
      // ones): int-few-digits.ts at once (FD), not through B's tests of what the text tested.
      fast.push(`if (${r} === 0 && ${this.typeTest(a, ty.int)} && ${this.typeTest(b, ty.int)}) ${r} = FD(${a.v}, ${b.v}, ${arg});`);
    }
    const str = this.rt.T.str;
    if (kind === BinaryOp.ADD && this.pools !== null && !this.compact && this.mayBe(a, str) && this.mayBe(b, str) &&
      (this.likelyType(a) === str || this.likelyType(b) === str)) {
      // Two exact strs by their hints (`x = w + "cd"`; a text for a str's `s += t` into s's own
      // local goes through concatOrAdd first): compact ASCII ones into a new str from its pool.
      fast.push(`if (${r} === 0 && ${this.typeTest(a, str)} && ${this.typeTest(b, str)}) ${strConcatText(r, a.v, b.v, this.pools, str)}`);
    }
    // (B takes ints and floats only: not for a str's `%`, a constant format as in `"%s:%d" % t`.)
    const numeric = (e: Entry): boolean => this.mayBe(e, ty.int) || this.mayBe(e, ty.float);
    if (numeric(a) && numeric(b)) fast.push(`if (${r} === 0) ${r} = B(${a.v}, ${b.v}, ${arg});`);
    this.fastOrGeneral(ins, 2, r, fast);
    // (The result's hint: a float from floats, or from ints by `/`; an int from ints, but by `**`.)
    const seen = floatLikely || (intLikely && divide) ? ty.float : intLikely && kind !== BinaryOp.POWER ? ty.int : 0;
    // (A small result, mostly: + - & | ^ // >> of small ints, and % by one.)
    const small = seen === ty.int && ((bothSmall && SMALL_RESULTS.has(kind)) || (kind === BinaryOp.REMAINDER && oneDigitHint(b)));
    this.vs[this.vs.length - 1] = { ...ownedVar(r), numeric: true, seen, small };
  }

  /**
   * The float path of `a floatOp b` into `r` (still 0) for operands that are floats or one-digit
   * ints, at least one a float (two ints only for `/`: the quotient of two doubles, correctly
   * rounded, as CPython's true division of small ints); a zero divisor goes on to B, which raises.
   */
  private mixedFloatText(a: Entry, b: Entry, r: string, floatOp: string): string {
    const divide = floatOp === "/";
    const xa = this.floatOrSmallInt(a, "fa");
    const xb = this.floatOrSmallInt(b, "fb");
    const either = divide || xa.isFloat === "true" || xb.isFloat === "true" ? "" : ` && (${xa.isFloat} || ${xb.isFloat})`;
    return `if (${r} === 0) { ${xa.decl}${xb.decl}if (${xa.test} && ${xb.test}${either}) { const x = ${xa.value}, y = ${xb.value}; ` +
      `${divide ? "if (y !== 0) " : ""}{ const v = x ${floatOp} y; ${this.newFloatText(r, "v")} } } }`;
  }

  /**
   * What the operands' hints (likelyType) say of an arithmetic operation or comparison: a float
   * among them (the int paths are left out), or an int and no float (the float paths are).
   * Mixed or mistaken, the calls and the general path still give the right result.
   */
  private likely(a: Entry, b: Entry): { floatLikely: boolean; intLikely: boolean } {
    const ta = this.likelyType(a), tb = this.likelyType(b);
    const floatLikely = ta === this.ty.float || tb === this.ty.float;
    const intLikely = !floatLikely && (ta === this.ty.int || tb === this.ty.int) && (ta === 0 || ta === this.ty.int) && (tb === 0 || tb === this.ty.int);
    return { floatLikely, intLikely };
  }

  /**
   * For BINARY_OP's float path, an operand `e` that is a float or a one-digit int: `decl`
   * declares `name`, whether it is a float (none when its type is known here), `test` says
   * that it is either, `value` is its value as a double.
   */
  private floatOrSmallInt(e: Entry, name: string): { decl: string; isFloat: string; test: string; value: string } {
    const float = this.ty.float;
    const read = `f64[(${e.v} + ${W.FLOAT_VALUE}) >> 3]`;
    if (e.constType === float) return { decl: "", isFloat: "true", test: "true", value: read };
    if (e.intValue === e.intValue) return { decl: "", isFloat: "false", test: "true", value: `(${e.intValue})` };
    if (e.constType !== 0) return { decl: "", isFloat: "false", test: "false", value: "0" };
    return {
      decl: `const ${name} = ${this.typeTest(e, float)}; `,
      isFloat: name,
      test: `(${name} || (${this.oneDigitTest(e)}))`,
      value: `(${name} ? ${read} : ${this.intValueText(e)})`,
    };
  }
}
