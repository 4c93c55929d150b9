/**
 * The constants the eval loop (run-slice.ts) works with: `const enum`s, so that each use is an
 * immediate in the loop's machine code rather than a load.
 */

/** Object layout: the offsets the loop reads directly. */
export const enum Layout {
  TYPE = 8,
  INT_DIGIT0 = 24,
  TUPLE_ITEMS = 24,
  /** ob_size of a tuple or list. */
  SIZE = 16,
  LIST_ITEMS = 24,
  /** ma_version_tag's low word in a dict (CPython bumps it on every change). */
  DICT_VERSION = 24,
}

/** int.ts's small-int cache: -5..256 at smallInts[v - MIN]. */
export const enum SmallInt {
  MIN = -5,
  MAX = 256,
}

/** 2**32, to join the halves of a 64-bit word. */
export const enum Num {
  TWO32 = 4294967296,
  /** 2**53 - 1: the largest integer every double below it represents exactly. */
  MAX_SAFE = 9007199254740991,
}

/**
 * A COMPARE_OP of two ints (never NaN) without a switch: three bits per CompareOp (LT, LE, EQ,
 * NE, GT, GE in order) say which outcomes make it true, bit 0 less, bit 1 equal, bit 2 greater.
 */
export const enum Compare {
  OUTCOMES = 0b001 | (0b011 << 3) | (0b010 << 6) | (0b101 << 9) | (0b100 << 12) | (0b110 << 15),
}

export const enum Slice {
  /** runSlice's result when its budget ran out: the running frame's state is saved in it. */
  EXPIRED = -1,
  /** Check points (backward jumps and calls) a slice runs before returning to evalFrame. */
  BUDGET = 2_000,
  /**
   * The process's first slices end at their first check point. V8 optimises runSlice while
   * the first long slice runs, and compiles code that has not run with type feedback (V8
   * records it only after a few dozen calls of the function) as a deoptimisation: without
   * these short slices, the first slice's end and runSlice's entry would throw the new
   * machine code away, and the loop would run unoptimised until compiled again. Ending a
   * slice early changes nothing else: the caller runs the next one at once. (The glasspy
   * command's start-up snapshot is written after its warm-up has spent them; restarting the
   * count there was measured and not kept: docs/performance.md, "Measured in the command's
   * own run".)
   */
  EARLY_ENDS = 64,
}
