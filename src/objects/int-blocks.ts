/**
 * How many digits CPython 3.11 asks for when it makes the result of `+`, `-`, `*` or `<<` of
 * ints, before it shrinks `ob_size` to the digits the value uses: the size of the result's
 * block, which tracemalloc traces and which decides its pymalloc size class (and so the ids
 * that follow). Measured against python3.11 with tracemalloc (test/programs/memory/
 * int_result_blocks.py); sizes are signed digit counts (ob_size), 0 is the int zero.
 *
 * When both operands of `+`, `-`, `*` have at most one digit, CPython computes in a machine
 * word and makes an exact-size int: the functions answer 0 ("exact"). A result in the
 * small-int cache (-5..256) is the cached object whatever these say.
 */

/**
 * a + b, or a - b when `subtract`: x_add (one digit more than the larger operand) when the
 * magnitudes are added, x_sub (the larger operand's digits) when they are subtracted.
 */
export function sumBlockDigits(sa: number, sb: number, subtract: boolean): number {
  const na = sa < 0 ? -sa : sa;
  const nb = sb < 0 ? -sb : sb;
  if (na <= 1 && nb <= 1) return 0;
  const larger = na > nb ? na : nb;
  // long_add adds the magnitudes when the signs agree, long_sub when they differ (zero counts
  // as positive).
  const addsMagnitudes = subtract ? sa < 0 !== sb < 0 : sa < 0 === sb < 0;
  return addsMagnitudes ? larger + 1 : larger;
}

/** a * b: x_mul's both operands' digits together (0 when either is zero: the cached 0). */
export function productBlockDigits(sa: number, sb: number): number {
  const na = sa < 0 ? -sa : sa;
  const nb = sb < 0 ? -sb : sb;
  if ((na <= 1 && nb <= 1) || na === 0 || nb === 0) return 0;
  return na + nb;
}

/**
 * a << shift (shift ≥ 0): the operand's digits, the shift's whole digits, and one more for a
 * partial digit. long_lshift has no one-digit shortcut in 3.11: `1 << 40` asks for 3 digits.
 * A shift by 0 copies the operand at its exact size.
 */
export function lshiftBlockDigits(sa: number, shift: number): number {
  const na = sa < 0 ? -sa : sa;
  if (na === 0 || shift === 0) return 0;
  const whole = Math.floor(shift / 30);
  return na + whole + (shift - whole * 30 !== 0 ? 1 : 0);
}

/** The block of an int of `n` digits asked for as `blockDigits` (0: exact), in bytes. */
export function intBlockBytes(n: number, blockDigits: number): number {
  const d = blockDigits > n ? blockDigits : n;
  return 24 + 4 * (d > 0 ? d : 1);
}

/**
 * int(text, base) of `digits` digit characters (PyLong_FromString; underscores not counted,
 * leading zeros counted): a power-of-two base asks for ceil(digits · bits per digit / 30)
 * digits, any other base for its estimate (int)(digits · log(base) / log(2**30) + 1).
 */
export function parsedBlockDigits(digits: number, base: number): number {
  if ((base & (base - 1)) === 0) {
    const bits = 31 - Math.clz32(base);
    return Math.floor((digits * bits + 29) / 30);
  }
  return Math.floor(digits * (Math.log(base) / Math.log(1073741824)) + 1.0);
}
