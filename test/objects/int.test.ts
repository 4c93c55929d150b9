/**
 * int's pure parts against CPython 3.11: the digit layout, int(str, base), format specs,
 * floor division and modulo signs, correctly rounded true division, pow with a modulus and
 * the numeric hash. The tables at the end were recorded with python3.11.
 */
import { describe, expect, it } from "vitest";
import {
  bigIntToDigits, digitCountOfBigInt, digitsToBigInt, floorDivBig, floorDivNumber, foldHash, hashOfBigInt,
  hashOfSafeInt, hashToWords, modBig, modNumber, ternaryPowBig, trueDivideBig, scaledBigToDouble, bitLength,
} from "../../src/objects/int-digits.js";
import { asciiNumberText, decimalText, formatIntValue, parseIntText, radixText } from "../../src/objects/int-format.js";
import {
  Bitwise, addMag, bitwiseDigits, bitwiseNegative, compareMag, decMag, divrem1, divremMag, divremSizes, hashMag,
  hashParts, incMag, lowBitsMag, lshiftMag, mulMag, mulSafeMag, powerOfTwoExponent, rem1, rshiftLostBits, rshiftMag, subMag,
} from "../../src/objects/int-arith.js";
import { formatFloatSpec } from "../../src/objects/float-repr.js";
import { PY_RAISED } from "../../src/objects/errors.js";
import { Runtime } from "../../src/objects/runtime.js";
import { bootstrap, shutdownObjects } from "../../src/objects/bootstrap.js";
import {
  intCompare, intDivmod, intHash, intNb, intSize, intToBigInt, intType, newInt, newIntFromBigInt, numberHashWords,
} from "../../src/objects/int.js";
import { tupleItem } from "../../src/objects/tuple.js";
import { BinaryOp, CompareOp } from "../../src/compile/opcodes.js";

let lastError = "";
const rt = {
  E: new Proxy({}, { get: (_t, name) => name }),
  raise(type: unknown, message: string) {
    lastError = `${String(type)}: ${message}`;
    return PY_RAISED;
  },
  noMemory() {
    lastError = "MemoryError: ";
    return PY_RAISED;
  },
} as unknown as Runtime;

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
/** A bigint as int.ts keeps values: a number when safe. */
const value = (v: bigint): number | bigint => (v >= -MAX_SAFE && v <= MAX_SAFE ? Number(v) : v);

function toBits(v: number): string {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, v);
  return view.getBigUint64(0).toString(16).padStart(16, "0");
}

function formatInt(v: bigint, spec: string): string {
  if (spec === "") return v.toString();
  try {
    return formatIntValue(rt, value(v), spec, "int", {
      decimal: (x) => decimalText(rt, x, digitCountOfBigInt(BigInt(x) < 0n ? -BigInt(x) : BigInt(x)), 4300),
      asFloat: (parsed) => {
        const d = Number(v);
        if (!Number.isFinite(d)) throw rt.raise(rt.E.OverflowError, "int too large to convert to float");
        return formatFloatSpec(d, parsed);
      },
    });
  } catch (e) {
    if (e !== PY_RAISED) throw e;
    return "!" + lastError;
  }
}

describe("digits", () => {
  it("convert to and from bigint as CPython lays them out", () => {
    for (const [text, digits] of recorded.digits) {
      const v = BigInt(text);
      const n = digitCountOfBigInt(v);
      const out = new Uint32Array(n + 2);
      if (n > 0) bigIntToDigits(v, out, 1, n);
      expect(Array.from(out.subarray(1, n + 1))).toEqual(digits);
      expect(digitsToBigInt(out, 1, n)).toBe(v);
    }
  });
  it("round-trips random values of every length", () => {
    let x = 1n;
    for (let i = 0; i < 400; i++) {
      x = x * 3n + BigInt(i);
      const n = digitCountOfBigInt(x);
      const out = new Uint32Array(n);
      bigIntToDigits(x, out, 0, n);
      expect(out[n - 1]).not.toBe(0);
      expect(digitsToBigInt(out, 0, n)).toBe(x);
      expect(bitLength(x)).toBe(x.toString(2).length);
    }
  });
});

describe("int(str, base)", () => {
  it("accepts and refuses what CPython does", () => {
    for (const [text, base, out] of recorded.parses) {
      const parsed = parseIntText(asciiNumberText(text), base, 4300);
      const got = parsed.failure === 0 ? parsed.value.toString() : `!invalid literal for int() with base ${parsed.base}`;
      const want = (out).startsWith("!") ? (out).replace(/: '.*$/s, "") : out;
      expect([text, base, got]).toEqual([text, base, want]);
    }
  });
  it("limits decimal literals to 4300 digits but not power-of-two bases", () => {
    expect(parseIntText("9".repeat(5000), 10, 4300)).toMatchObject({ failure: 2, digits: 5000 });
    expect(parseIntText("f".repeat(5000), 16, 4300).failure).toBe(0);
    expect(parseIntText("9".repeat(5000), 10, 0).failure).toBe(0);
  });
});

describe("int to text", () => {
  it("refuses str() beyond the digit limit", () => {
    expect(() => decimalText(rt, 10n ** 4300n, 477, 4300)).toThrow();
    expect(lastError).toBe("ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
    expect(decimalText(rt, 10n ** 4299n, 477, 4300)).toHaveLength(4300);
    expect(decimalText(rt, -(10n ** 4299n), 477, 4300)).toHaveLength(4301);
  });
  it("hex, oct, bin", () => {
    expect(radixText(-31, 16)).toBe("-0x1f");
    expect(radixText(0, 2)).toBe("0b0");
    expect(radixText(-(2n ** 70n), 8)).toBe("-0o" + (2n ** 70n).toString(8));
  });
  it("__format__ matches CPython for every recorded value and spec", () => {
    for (const [text, spec, out] of recorded.formats) {
      expect([text, spec, formatInt(BigInt(text), spec)]).toEqual([text, spec, out]);
    }
  });
});

describe("division", () => {
  it("floor division and modulo take the divisor's sign; true division is correctly rounded", () => {
    for (const [as, bs, q, r, td] of recorded.divs) {
      const a = BigInt(as);
      const b = BigInt(bs);
      expect([as, bs, floorDivBig(a, b).toString(), modBig(a, b).toString()]).toEqual([as, bs, q, r]);
      const x = value(a);
      const y = value(b);
      if (typeof x === "number" && typeof y === "number") {
        expect([as, bs, String(floorDivNumber(x, y)), String(modNumber(x, y))]).toEqual([as, bs, q, r]);
      }
      const d = trueDivideBig(a, b);
      expect([as, bs, Number.isFinite(d) ? toBits(d) : "overflow"]).toEqual([as, bs, td]);
    }
  });
  it("rounds subnormal results once", () => {
    expect(scaledBigToDouble(1n, -1074)).toBe(Number.MIN_VALUE);
    expect(scaledBigToDouble(1n, -1075)).toBe(0);
    expect(scaledBigToDouble(3n, -1076)).toBe(Number.MIN_VALUE);
    expect(scaledBigToDouble(3n, -1075)).toBe(2 * Number.MIN_VALUE);
  });
});

describe("pow with a modulus", () => {
  it("matches CPython, negative exponents and moduli included", () => {
    for (const [a, b, m, out] of recorded.powmods) {
      const r = ternaryPowBig(BigInt(a), BigInt(b), BigInt(m));
      expect([a, b, m, typeof r === "string" ? "!" + r : r.toString()]).toEqual([a, b, m, out]);
    }
  });
});

describe("hash folding", () => {
  it("keeps hashes below 2^53 and the low 53 bits (with the sign) of larger ones", () => {
    const samples = [0n, -1n, -2n, 2n ** 53n - 1n, 2n ** 53n, 2n ** 60n + 5n, -(2n ** 60n) - 5n, (1n << 61n) - 2n, -(1n << 63n)];
    for (const h of samples) {
      const f = foldHash(h);
      expect(Number.isSafeInteger(f)).toBe(true);
      expect(f).not.toBe(-1);
      if (h !== -1n) for (const k of [3n, 8n, 20n, 53n]) expect(BigInt.asUintN(Number(k), BigInt(f))).toBe(BigInt.asUintN(Number(k), h));
    }
  });
  it("splits exact hashes into the 32-bit words containers probe with", () => {
    const out = new Int32Array(2);
    for (const h of [0n, -2n, 1152921504606846977n, -1152921504606846976n, 314159n, (1n << 63n) - 1n]) {
      hashToWords(h, out);
      expect((BigInt(out[1]) << 32n) | BigInt(out[0] >>> 0)).toBe(h);
    }
  });
});

describe("int hash", () => {
  it("is CPython's modulo 2^61 - 1 and folds only beyond 2^53", () => {
    for (const [text, h] of recorded.hashes) {
      const v = BigInt(text);
      const exact = hashOfBigInt(v);
      expect([text, exact.toString()]).toEqual([text, h]);
      const x = value(v);
      const folded = typeof x === "number" ? hashOfSafeInt(x) : foldHash(exact);
      expect(folded).toBe(foldHash(BigInt(h)));
      if (BigInt(h) < MAX_SAFE && BigInt(h) > -MAX_SAFE) expect(folded).toBe(Number(h));
      expect(Number.isSafeInteger(folded)).toBe(true);
      expect(folded).not.toBe(-1);
    }
  });
});

// ── digit arithmetic against bigint ─────────────────────────────────────────────────────

const MASK30 = (1n << 30n) - 1n;
const HASH_MODULUS_TEST = (1n << 61n) - 1n;

/** A deterministic generator (mulberry32). */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A magnitude of `n` digits in one of the shapes that find carry bugs. */
function magnitude(random: () => number, n: number): bigint {
  if (n === 0) return 0n;
  const bits = 30 * n;
  let v = 0n;
  switch (Math.floor(random() * 8)) {
    case 0: // all ones: every digit 2^30 - 1
      return (1n << BigInt(bits)) - 1n;
    case 1: // a power of two
      return 1n << BigInt(bits - 1 - Math.floor(random() * 30));
    case 2: // a power of two, plus or minus one
      return (1n << BigInt(bits - 1 - Math.floor(random() * 30))) + (random() < 0.5 ? -1n : 1n);
    case 3: // digits that are all ones or all zeros
      for (let i = 0; i < n; i++) v = (v << 30n) | (random() < 0.5 || i === 0 ? MASK30 : 0n);
      return v;
    case 4: // top digit 1, the others zero or random
      v = 1n;
      for (let i = 1; i < n; i++) v = (v << 30n) | (random() < 0.5 ? 0n : BigInt(Math.floor(random() * 2 ** 30)));
      return v;
    default:
      for (let i = 0; i < n; i++) v = (v << 30n) | BigInt(Math.floor(random() * 2 ** 30));
      return v === 0n ? 1n : v;
  }
}

function digitsOf(v: bigint): Uint32Array {
  const m = v < 0n ? -v : v;
  const n = digitCountOfBigInt(m);
  const out = new Uint32Array(n);
  if (n > 0) bigIntToDigits(m, out, 0, n);
  return out;
}

/** Pairs of signed operands of 0..8 digits (a few of 9..20), both signs. */
function operands(seed: number, count: number): [bigint, bigint][] {
  const random = generator(seed);
  const pick = (): bigint => {
    const r = random();
    const n = r < 0.05 ? 0 : r < 0.1 ? 9 + Math.floor(random() * 12) : 1 + Math.floor(random() * 8);
    const m = magnitude(random, n);
    return random() < 0.5 ? -m : m;
  };
  const pairs: [bigint, bigint][] = [];
  for (let i = 0; i < count; i++) pairs.push([pick(), pick()]);
  return pairs;
}

/** The value of z[0 .. n), or a description when z is not normalised 30-bit digits. */
function valueOf(z: Uint32Array, n: number): bigint | string {
  if (n > 0 && z[n - 1] === 0) return `leading zero digit (${n} digits)`;
  for (let i = 0; i < n; i++) if (z[i] >= 2 ** 30) return `digit ${i} is ${z[i]}`;
  return digitsToBigInt(z, 0, n);
}

/** Collects the cases whose result differs from the expected one; `expect(bad).toEqual([])` shows the first. */
class Mismatches {
  readonly list: string[] = [];
  check(what: string, got: unknown, want: unknown): void {
    if (got !== want && this.list.length < 10) this.list.push(`${what}: got ${String(got)}, want ${String(want)}`);
  }
}

const abs = (v: bigint) => (v < 0n ? -v : v);

describe("digit arithmetic (int-arith.ts)", () => {
  const pairs = operands(1, 2000);
  // Results are written over garbage, so that a missed store shows.
  const z = new Uint32Array(80);
  const r = new Uint32Array(80);
  const dirty = () => {
    z.fill(0x2aaaaaaa);
    r.fill(0x2aaaaaaa);
  };

  it("adds, subtracts, increments, decrements and compares magnitudes", () => {
    const bad = new Mismatches();
    for (const [x, y] of pairs) {
      const a = digitsOf(x);
      const b = digitsOf(y);
      const what = `${x} ${y}`;
      dirty();
      bad.check(`|${what}| +`, valueOf(z, addMag(a, 0, a.length, b, 0, b.length, z, 0)), abs(x) + abs(y));
      dirty();
      const d = subMag(a, 0, a.length, b, 0, b.length, z, 0);
      const diff = valueOf(z, d < 0 ? -d : d);
      bad.check(`|${what}| -`, typeof diff === "bigint" && d < 0 ? -diff : diff, abs(x) - abs(y));
      bad.check(`|${what}| cmp`, compareMag(a, 0, a.length, b, 0, b.length), abs(x) < abs(y) ? -1 : abs(x) > abs(y) ? 1 : 0);
      if (x !== 0n) {
        dirty();
        bad.check(`${x} + 1`, valueOf(z, incMag(a, 0, a.length, z, 0)), abs(x) + 1n);
        dirty();
        bad.check(`${x} - 1`, valueOf(z, decMag(a, 0, a.length, z, 0)), abs(x) - 1n);
      }
    }
    expect(bad.list).toEqual([]);
  });

  it("multiplies", () => {
    const bad = new Mismatches();
    for (const [x, y] of pairs) {
      const a = digitsOf(x);
      const b = digitsOf(y);
      dirty();
      bad.check(`|${x} * ${y}|`, valueOf(z, mulMag(a, 0, a.length, b, 0, b.length, z, 0)), abs(x) * abs(y));
    }
    // All digits 2^30 - 1: every partial product and carry at its bound.
    for (let n = 1; n <= 12; n++) {
      for (let m = 1; m <= 12; m++) {
        const x = (1n << BigInt(30 * n)) - 1n;
        const y = (1n << BigInt(30 * m)) - 1n;
        dirty();
        bad.check(`${x} * ${y}`, valueOf(z, mulMag(digitsOf(x), 0, n, digitsOf(y), 0, m, z, 0)), x * y);
      }
    }
    expect(bad.list).toEqual([]);
  });

  it("multiplies two values below 2^53 held in doubles", () => {
    const bad = new Mismatches();
    const random = generator(7);
    const edges = [0, 1, 2 ** 15 - 1, 2 ** 15, 2 ** 30 - 1, 2 ** 30, 2 ** 45 - 1, 2 ** 45, 2 ** 52, 2 ** 53 - 1];
    const values = [...edges, ...edges.map((v) => -v)];
    for (let i = 0; i < 2000; i++) {
      const v = Math.floor(random() * 2 ** Math.floor(1 + random() * 53));
      values.push(random() < 0.5 ? -v : v);
    }
    for (let i = 0; i < values.length; i++) {
      for (const y of [values[i], values[(i * 7 + 3) % values.length], ...edges]) {
        const x = values[i];
        dirty();
        bad.check(`|${x} * ${y}|`, valueOf(z, mulSafeMag(x, y, z)), abs(BigInt(x)) * abs(BigInt(y)));
      }
    }
    expect(bad.list).toEqual([]);
  });

  it("divides by one digit", () => {
    const bad = new Mismatches();
    const random = generator(2);
    const divisors = [1, 2, 3, 7, 10, 0x3fffff, 0x400000, 0x400001, 1000000007, 2 ** 30 - 1, 2 ** 29, 2 ** 15, 2 ** 15 + 1];
    for (let i = 0; i < 40; i++) divisors.push(1 + Math.floor(random() * (2 ** 30 - 1)), 1 + Math.floor(random() * 0x400000));
    for (const [x] of pairs.slice(0, 300)) {
      const a = digitsOf(x);
      const m = abs(x);
      const q = new Uint32Array(a.length + 1);
      for (const n of divisors) {
        q.fill(0x2aaaaaaa);
        const rem = divrem1(a, 0, a.length, n, q, 0);
        bad.check(`${m} // ${n}`, digitsToBigInt(q, 0, a.length), m / BigInt(n));
        bad.check(`${m} % ${n}`, rem, Number(m % BigInt(n)));
        bad.check(`${m} % ${n} alone`, rem1(a, 0, a.length, n), rem);
        const c = a.slice();
        divrem1(c, 0, c.length, n, c, 0);
        bad.check(`${m} // ${n} in place`, digitsToBigInt(c, 0, c.length), m / BigInt(n));
      }
    }
    expect(bad.list).toEqual([]);
  });

  it("divides by several digits (Knuth's algorithm D)", () => {
    const bad = new Mismatches();
    const check = (x: bigint, y: bigint) => {
      const a = digitsOf(x);
      const b = digitsOf(y);
      dirty();
      divremMag(a, 0, a.length, b, 0, b.length, z, 0, r, 0);
      bad.check(`|${x} // ${y}|`, valueOf(z, divremSizes[0]), abs(x) / abs(y));
      bad.check(`|${x} % ${y}|`, valueOf(r, divremSizes[1]), abs(x) % abs(y));
    };
    for (const [x, y] of pairs) if (abs(y) >= 1n << 30n) check(x, y);
    // Quotients whose half digits need the estimate's corrections, and the rare add-back step.
    const random = generator(3);
    for (let i = 0; i < 3000; i++) {
      const y = magnitude(random, 2 + Math.floor(random() * 5)) | (1n << 30n);
      const q = magnitude(random, 1 + Math.floor(random() * 4));
      const rest = random() < 0.3 ? 0n : random() < 0.5 ? y - 1n : BigInt(Math.floor(random() * 2 ** 30)) % y;
      check(q * y + rest, y);
    }
    for (const [x, y] of [
      [(1n << 89n) + (1n << 60n), (1n << 59n) + 1n],
      [(1n << 120n) - 1n, (1n << 60n) - 1n],
      [1n << 120n, (1n << 60n) + (1n << 30n) - 1n],
      [0x7fff800000000000000000000000n, 0x800000000000000000000001n],
      [(1n << 90n) - (1n << 45n), (1n << 45n) + 1n],
      [(1n << 60n) - 1n, 1n << 30n],
      [1n << 30n, (1n << 60n) - 1n],
      // The estimate of a quotient half digit needs both of its corrections.
      [31075013140100260321300n, 948394747208988108n],
      [659868723845292733n, 20139101646628n],
      [24450423441684223273024n, 746225346749692722n],
      [777094282335275076n, 23716809332725n],
      [19490614772628656757113n, 594826993536172541n],
      [841405199906129152328094722n, 25677867690435666155843n],
      [703945102377656037n, 21483426363750n],
      [665759193800101530n, 20318416414010n],
    ] as [bigint, bigint][]) check(x, y);
    expect(bad.list).toEqual([]);
  });

  it("shifts", () => {
    const bad = new Mismatches();
    const random = generator(4);
    for (const [x] of pairs) {
      if (x === 0n) continue;
      const a = digitsOf(x);
      const m = abs(x);
      for (const k of [0, 1, 29, 30, 31, 60, Math.floor(random() * 300)]) {
        dirty();
        bad.check(`${m} << ${k}`, valueOf(z, lshiftMag(a, 0, a.length, k, z, 0)), m << BigInt(k));
        dirty();
        bad.check(`${m} >> ${k}`, valueOf(z, rshiftMag(a, 0, a.length, k, z, 0)), m >> BigInt(k));
        bad.check(`${m} >> ${k} lost bits`, rshiftLostBits, (m >> BigInt(k)) << BigInt(k) !== m);
      }
    }
    expect(bad.list).toEqual([]);
  });

  it("finds powers of two and takes low bits", () => {
    const bad = new Mismatches();
    for (let k = 0; k < 200; k++) {
      const p = digitsOf(1n << BigInt(k));
      if (p.length >= 2) bad.check(`2^${k}`, powerOfTwoExponent(p, 0, p.length), k);
      for (const other of [(1n << BigInt(k)) + 1n, (1n << BigInt(k)) * 3n, (1n << BigInt(k + 30)) + (1n << BigInt(k))]) {
        const o = digitsOf(other);
        if (o.length >= 2) bad.check(`${other}`, powerOfTwoExponent(o, 0, o.length), -1);
      }
    }
    for (const [x] of pairs.slice(0, 500)) {
      const a = digitsOf(x);
      for (const k of [0, 1, 29, 30, 31, 59, 60, 61, 200, 1000]) {
        dirty();
        bad.check(`${x} mod 2^${k}`, valueOf(z, lowBitsMag(a, 0, a.length, k, z, 0)), abs(x) & ((1n << BigInt(k)) - 1n));
      }
    }
    expect(bad.list).toEqual([]);
  });

  it("does &, |, ^ in two's complement", () => {
    const bad = new Mismatches();
    for (const [x, y] of pairs) {
      const a = digitsOf(x);
      const b = digitsOf(y);
      for (const [op, want] of [[Bitwise.AND, x & y], [Bitwise.OR, x | y], [Bitwise.XOR, x ^ y]] as [Bitwise, bigint][]) {
        dirty();
        const m = valueOf(z, bitwiseDigits(op, a, 0, a.length, x < 0n, b, 0, b.length, y < 0n, z, 0));
        bad.check(`${x} op${op} ${y}`, typeof m === "bigint" && bitwiseNegative ? -m : m, want);
        if (m === 0n) bad.check(`${x} op${op} ${y} sign of 0`, bitwiseNegative, false);
      }
    }
    expect(bad.list).toEqual([]);
  });

  it("hashes as long_hash", () => {
    const bad = new Mismatches();
    const values = pairs.map(([x]) => x);
    const M = HASH_MODULUS_TEST;
    values.push(M, M - 1n, M + 1n, M * 5n, 5n * M - 1n, (1n << 122n) - 1n, (1n << 61n) - 2n);
    for (const x of values) {
      const a = digitsOf(x);
      hashMag(a, 0, a.length);
      bad.check(`hash ${x}`, BigInt(hashParts[0]) * (1n << 30n) + BigInt(hashParts[1]), abs(x) % M);
    }
    expect(bad.list).toEqual([]);
  });
});

describe("int slots on the heap", () => {
  const heapRt = new Runtime();
  bootstrap(heapRt);
  /**
   * The sizes every allocation asks the heap for: CPython's, 24 + 4·ndigits (32 for one
   * digit). Ints have no pre-header, so the heap's request is the object's size.
   */
  const sizes: number[] = [];
  const malloc = heapRt.heap.malloc.bind(heapRt.heap);
  heapRt.heap.malloc = (size: number) => {
    sizes.push(size);
    return malloc(size);
  };

  /** Digits of |v| in base 2**30. */
  function digitsOf(v: bigint): number {
    let n = 0;
    for (let m = v < 0n ? -v : v; m > 0n; m >>= 30n) n++;
    return n;
  }

  /**
   * The digits CPython 3.11 asks for x <op> y before it normalises (0: the exact size), as
   * measured with tracemalloc: x_add one more than the larger operand, x_sub the larger's, x_mul
   * both together (unless both operands have at most one digit: exact); << the operand's plus
   * the shift's whole digits plus one for a partial one (exact for a shift by 0).
   */
  function cpythonRequest(op: BinaryOp, x: bigint, y: bigint): number {
    const dx = digitsOf(x);
    const dy = digitsOf(y);
    if (op === BinaryOp.LSHIFT) return dx === 0 || y === 0n ? 0 : dx + Number(y / 30n) + (y % 30n !== 0n ? 1 : 0);
    if (dx <= 1 && dy <= 1) return 0;
    if (op === BinaryOp.MULTIPLY) return dx === 0 || dy === 0 ? 0 : dx + dy;
    const addsMagnitudes = op === BinaryOp.ADD ? x < 0n === y < 0n : x < 0n !== y < 0n;
    return addsMagnitudes ? Math.max(dx, dy) + 1 : Math.max(dx, dy);
  }

  /**
   * o's value (released), or what is wrong with o: not normalised, a small int not from the
   * cache, a wrong size (`request`: the digits CPython asks for, 0 for the exact size).
   */
  function valueAndRelease(o: number, allocated: number[], request = 0): bigint | string {
    const s = intSize(heapRt, o);
    const n = Math.abs(s);
    const d = (o + 24) >> 2;
    let v: bigint | string = intToBigInt(heapRt, o);
    if (n > 0 && heapRt.u32[d + n - 1] === 0) v = "not normalised";
    else if (v >= -5n && v <= 256n) {
      const cached = newInt(heapRt, Number(v));
      if (o !== cached || allocated.length !== 0) v = `${v} not from the cache`;
      heapRt.decref(cached);
    } else if (allocated.join() !== String(request > n ? 24 + 4 * request : n <= 1 ? 32 : 24 + 4 * n)) {
      v = `${v} allocated as [${allocated.join()}]`;
    }
    heapRt.decref(o);
    return v;
  }

  function binary(op: BinaryOp, x: bigint, y: bigint): bigint | string {
    const a = newIntFromBigInt(heapRt, x);
    const b = newIntFromBigInt(heapRt, y);
    sizes.length = 0;
    try {
      const r = intNb[op]!(heapRt, a, b);
      const request = op === BinaryOp.ADD || op === BinaryOp.SUBTRACT || op === BinaryOp.MULTIPLY || op === BinaryOp.LSHIFT ? cpythonRequest(op, x, y) : 0;
      return valueAndRelease(r, sizes.splice(0), request);
    } catch (e) {
      if (e !== PY_RAISED) throw e;
      return "raised";
    } finally {
      heapRt.decref(a);
      heapRt.decref(b);
    }
  }

  function unary(f: (rt: Runtime, o: number) => number, x: bigint): bigint | string {
    const a = newIntFromBigInt(heapRt, x);
    sizes.length = 0;
    const v = valueAndRelease(f(heapRt, a), sizes.splice(0));
    heapRt.decref(a);
    return v;
  }

  const pairs = operands(5, 1500);
  const near = [0n, 1n, 5n, 6n, 256n, 257n, (1n << 30n) - 1n, 1n << 30n, (1n << 53n) - 1n, 1n << 53n, (1n << 60n) - 1n, 1n << 60n];
  for (const v of near) for (const w of near) pairs.push([v, w], [-v, w], [v, -w], [-v, -w]);

  it("+, -, * match bigint", () => {
    const bad = new Mismatches();
    for (const [x, y] of pairs) {
      bad.check(`${x} + ${y}`, binary(BinaryOp.ADD, x, y), x + y);
      bad.check(`${x} - ${y}`, binary(BinaryOp.SUBTRACT, x, y), x - y);
      bad.check(`${x} * ${y}`, binary(BinaryOp.MULTIPLY, x, y), x * y);
    }
    // Beyond the digit algorithms' size limits, bigint's.
    const huge = (1n << 30000n) - 12345n;
    bad.check("huge * huge", binary(BinaryOp.MULTIPLY, huge, -huge), -huge * huge);
    bad.check("huge + 1", binary(BinaryOp.ADD, huge << 100000n, 1n), (huge << 100000n) + 1n);
    expect(bad.list).toEqual([]);
  });

  it("//, % and divmod floor as Python does", () => {
    const bad = new Mismatches();
    const random = generator(6);
    const cases = [...pairs];
    for (const [x] of pairs.slice(0, 300)) {
      for (const n of [1n, 2n, 7n, 10n, 1000000007n, (1n << 30n) - 1n, 0x400001n, BigInt(1 + Math.floor(random() * 2 ** 30))]) {
        cases.push([x, n], [x, -n]);
      }
    }
    // Powers of two from two digits up: shifts and masks.
    for (const [x] of pairs.slice(0, 100)) {
      for (const k of [30n, 31n, 59n, 60n, 61n, 89n, 90n, BigInt(30 + Math.floor(random() * 300))]) cases.push([x, 1n << k], [x, -(1n << k)]);
    }
    const huge = (1n << 30000n) - 12345n;
    cases.push([huge, 7n], [-huge, 1000000007n], [huge, -(1n << 1000n) - 1n], [huge * huge, huge], [huge, 1n << 5000n]);
    for (const [x, y] of cases) {
      if (y === 0n) {
        bad.check(`${x} // 0`, binary(BinaryOp.FLOOR_DIVIDE, x, y), "raised");
        bad.check(`${x} % 0`, binary(BinaryOp.REMAINDER, x, y), "raised");
        continue;
      }
      const q = floorDivBig(x, y);
      const r = modBig(x, y);
      bad.check(`${x} // ${y}`, binary(BinaryOp.FLOOR_DIVIDE, x, y), q);
      bad.check(`${x} % ${y}`, binary(BinaryOp.REMAINDER, x, y), r);
      const a = newIntFromBigInt(heapRt, x);
      const b = newIntFromBigInt(heapRt, y);
      const t = intDivmod(heapRt, a, b);
      bad.check(`divmod(${x}, ${y})`, `${intToBigInt(heapRt, tupleItem(heapRt, t, 0))} ${intToBigInt(heapRt, tupleItem(heapRt, t, 1))}`, `${q} ${r}`);
      heapRt.decref(t);
      heapRt.decref(a);
      heapRt.decref(b);
    }
    expect(bad.list).toEqual([]);
  });

  it("<<, >> match bigint (>> floors negatives)", () => {
    const bad = new Mismatches();
    const random = generator(7);
    for (const [x] of pairs) {
      for (const k of [0n, 1n, 29n, 30n, 31n, 60n, 61n, BigInt(Math.floor(random() * 400)), 1000n]) {
        bad.check(`${x} << ${k}`, binary(BinaryOp.LSHIFT, x, k), x << k);
        bad.check(`${x} >> ${k}`, binary(BinaryOp.RSHIFT, x, k), x >> k);
      }
    }
    bad.check("1 << 10**20", binary(BinaryOp.LSHIFT, 1n, 10n ** 20n), "raised");
    bad.check("-3 >> 10**20", binary(BinaryOp.RSHIFT, -3n, 10n ** 20n), -1n);
    bad.check("-(2**70) >> 10**20", binary(BinaryOp.RSHIFT, -(2n ** 70n), 10n ** 20n), -1n);
    bad.check("2**70 >> 10**20", binary(BinaryOp.RSHIFT, 2n ** 70n, 10n ** 20n), 0n);
    expect(bad.list).toEqual([]);
  });

  it("&, |, ^, ~, -, abs match bigint", () => {
    const bad = new Mismatches();
    for (const [x, y] of pairs) {
      bad.check(`${x} & ${y}`, binary(BinaryOp.AND, x, y), x & y);
      bad.check(`${x} | ${y}`, binary(BinaryOp.OR, x, y), x | y);
      bad.check(`${x} ^ ${y}`, binary(BinaryOp.XOR, x, y), x ^ y);
      bad.check(`~${x}`, unary(intType.invert!, x), ~x);
      bad.check(`-${x}`, unary(intType.negative!, x), -x);
      if (x < 0n) bad.check(`abs(${x})`, unary(intType.absolute!, x), -x);
    }
    expect(bad.list).toEqual([]);
  });

  it("compares", () => {
    const bad = new Mismatches();
    for (const [x, y] of pairs) {
      const a = newIntFromBigInt(heapRt, x);
      const b = newIntFromBigInt(heapRt, y);
      bad.check(`${x} <=> ${y}`, intCompare(heapRt, a, b), x < y ? -1 : x > y ? 1 : 0);
      const lt = intType.richcompare!(heapRt, a, b, CompareOp.LT);
      bad.check(`${x} < ${y}`, lt, x < y ? heapRt.S.True : heapRt.S.False);
      heapRt.decref(lt);
      heapRt.decref(a);
      heapRt.decref(b);
    }
    expect(bad.list).toEqual([]);
  });

  it("hashes as CPython: the exact words and the folded value", () => {
    const bad = new Mismatches();
    const words = new Int32Array(2);
    const M = HASH_MODULUS_TEST;
    const values = [...pairs.map(([x]) => x), M, -M, M + 1n, -(M + 1n), M - 1n, -(M - 1n), 1n << 61n, -(1n << 53n), -(M + (1n << 53n))];
    for (const x of values) {
      const a = newIntFromBigInt(heapRt, x);
      const exact = hashOfBigInt(x);
      bad.check(`hash(${x})`, intHash(heapRt, a), foldHash(exact) + 0);
      numberHashWords(heapRt, a, words);
      bad.check(`hash words of ${x}`, (BigInt(words[1]) << 32n) | BigInt(words[0] >>> 0), exact);
      heapRt.decref(a);
    }
    expect(bad.list).toEqual([]);
  });

  it("leaves no block behind", () => {
    heapRt.heap.malloc = malloc;
    shutdownObjects(heapRt);
    expect(heapRt.heap.allocatedBlocks()).toBe(0);
  });
});

/** Recorded with CPython 3.11.7. */
const recorded: {
  parses: [string, number, string][];
  formats: [string, string, string][];
  hashes: [string, string][];
  divs: [string, string, string, string, string][];
  powmods: [string, string, string, string][];
  digits: [string, number[]][];
} = {"parses": [["0", 0, "0"], ["0", 2, "0"], ["0", 8, "0"], ["0", 10, "0"], ["0", 16, "0"], ["0", 36, "0"], ["0", 7, "0"], ["-0", 0, "0"], ["-0", 2, "0"], ["-0", 8, "0"], ["-0", 10, "0"], ["-0", 16, "0"], ["-0", 36, "0"], ["-0", 7, "0"], ["12", 0, "12"], ["12", 2, "!invalid literal for int() with base 2: '12'"], ["12", 8, "10"], ["12", 10, "12"], ["12", 16, "18"], ["12", 36, "38"], ["12", 7, "9"], ["  12  ", 0, "12"], ["  12  ", 2, "!invalid literal for int() with base 2: '  12  '"], ["  12  ", 8, "10"], ["  12  ", 10, "12"], ["  12  ", 16, "18"], ["  12  ", 36, "38"], ["  12  ", 7, "9"], ["+12", 0, "12"], ["+12", 2, "!invalid literal for int() with base 2: '+12'"], ["+12", 8, "10"], ["+12", 10, "12"], ["+12", 16, "18"], ["+12", 36, "38"], ["+12", 7, "9"], ["-12", 0, "-12"], ["-12", 2, "!invalid literal for int() with base 2: '-12'"], ["-12", 8, "-10"], ["-12", 10, "-12"], ["-12", 16, "-18"], ["-12", 36, "-38"], ["-12", 7, "-9"], ["- 12", 0, "!invalid literal for int() with base 0: '- 12'"], ["- 12", 2, "!invalid literal for int() with base 2: '- 12'"], ["- 12", 8, "!invalid literal for int() with base 8: '- 12'"], ["- 12", 10, "!invalid literal for int() with base 10: '- 12'"], ["- 12", 16, "!invalid literal for int() with base 16: '- 12'"], ["- 12", 36, "!invalid literal for int() with base 36: '- 12'"], ["- 12", 7, "!invalid literal for int() with base 7: '- 12'"], ["1 2", 0, "!invalid literal for int() with base 0: '1 2'"], ["1 2", 2, "!invalid literal for int() with base 2: '1 2'"], ["1 2", 8, "!invalid literal for int() with base 8: '1 2'"], ["1 2", 10, "!invalid literal for int() with base 10: '1 2'"], ["1 2", 16, "!invalid literal for int() with base 16: '1 2'"], ["1 2", 36, "!invalid literal for int() with base 36: '1 2'"], ["1 2", 7, "!invalid literal for int() with base 7: '1 2'"], ["0x", 0, "!invalid literal for int() with base 0: '0x'"], ["0x", 2, "!invalid literal for int() with base 2: '0x'"], ["0x", 8, "!invalid literal for int() with base 8: '0x'"], ["0x", 10, "!invalid literal for int() with base 10: '0x'"], ["0x", 16, "!invalid literal for int() with base 16: '0x'"], ["0x", 36, "33"], ["0x", 7, "!invalid literal for int() with base 7: '0x'"], ["0x_1", 0, "1"], ["0x_1", 2, "!invalid literal for int() with base 2: '0x_1'"], ["0x_1", 8, "!invalid literal for int() with base 8: '0x_1'"], ["0x_1", 10, "!invalid literal for int() with base 10: '0x_1'"], ["0x_1", 16, "1"], ["0x_1", 36, "1189"], ["0x_1", 7, "!invalid literal for int() with base 7: '0x_1'"], ["0x__1", 0, "!invalid literal for int() with base 0: '0x__1'"], ["0x__1", 2, "!invalid literal for int() with base 2: '0x__1'"], ["0x__1", 8, "!invalid literal for int() with base 8: '0x__1'"], ["0x__1", 10, "!invalid literal for int() with base 10: '0x__1'"], ["0x__1", 16, "!invalid literal for int() with base 16: '0x__1'"], ["0x__1", 36, "!invalid literal for int() with base 36: '0x__1'"], ["0x__1", 7, "!invalid literal for int() with base 7: '0x__1'"], ["0_x1", 0, "!invalid literal for int() with base 0: '0_x1'"], ["0_x1", 2, "!invalid literal for int() with base 2: '0_x1'"], ["0_x1", 8, "!invalid literal for int() with base 8: '0_x1'"], ["0_x1", 10, "!invalid literal for int() with base 10: '0_x1'"], ["0_x1", 16, "!invalid literal for int() with base 16: '0_x1'"], ["0_x1", 36, "1189"], ["0_x1", 7, "!invalid literal for int() with base 7: '0_x1'"], ["1_", 0, "!invalid literal for int() with base 0: '1_'"], ["1_", 2, "!invalid literal for int() with base 2: '1_'"], ["1_", 8, "!invalid literal for int() with base 8: '1_'"], ["1_", 10, "!invalid literal for int() with base 10: '1_'"], ["1_", 16, "!invalid literal for int() with base 16: '1_'"], ["1_", 36, "!invalid literal for int() with base 36: '1_'"], ["1_", 7, "!invalid literal for int() with base 7: '1_'"], ["_1", 0, "!invalid literal for int() with base 0: '_1'"], ["_1", 2, "!invalid literal for int() with base 2: '_1'"], ["_1", 8, "!invalid literal for int() with base 8: '_1'"], ["_1", 10, "!invalid literal for int() with base 10: '_1'"], ["_1", 16, "!invalid literal for int() with base 16: '_1'"], ["_1", 36, "!invalid literal for int() with base 36: '_1'"], ["_1", 7, "!invalid literal for int() with base 7: '_1'"], ["1__0", 0, "!invalid literal for int() with base 0: '1__0'"], ["1__0", 2, "!invalid literal for int() with base 2: '1__0'"], ["1__0", 8, "!invalid literal for int() with base 8: '1__0'"], ["1__0", 10, "!invalid literal for int() with base 10: '1__0'"], ["1__0", 16, "!invalid literal for int() with base 16: '1__0'"], ["1__0", 36, "!invalid literal for int() with base 36: '1__0'"], ["1__0", 7, "!invalid literal for int() with base 7: '1__0'"], ["1_0", 0, "10"], ["1_0", 2, "2"], ["1_0", 8, "8"], ["1_0", 10, "10"], ["1_0", 16, "16"], ["1_0", 36, "36"], ["1_0", 7, "7"], ["0b102", 0, "!invalid literal for int() with base 0: '0b102'"], ["0b102", 2, "!invalid literal for int() with base 2: '0b102'"], ["0b102", 8, "!invalid literal for int() with base 8: '0b102'"], ["0b102", 10, "!invalid literal for int() with base 10: '0b102'"], ["0b102", 16, "45314"], ["0b102", 36, "514514"], ["0b102", 7, "!invalid literal for int() with base 7: '0b102'"], ["+0b1", 0, "1"], ["+0b1", 2, "1"], ["+0b1", 8, "!invalid literal for int() with base 8: '+0b1'"], ["+0b1", 10, "!invalid literal for int() with base 10: '+0b1'"], ["+0b1", 16, "177"], ["+0b1", 36, "397"], ["+0b1", 7, "!invalid literal for int() with base 7: '+0b1'"], ["-0x1f", 0, "-31"], ["-0x1f", 2, "!invalid literal for int() with base 2: '-0x1f'"], ["-0x1f", 8, "!invalid literal for int() with base 8: '-0x1f'"], ["-0x1f", 10, "!invalid literal for int() with base 10: '-0x1f'"], ["-0x1f", 16, "-31"], ["-0x1f", 36, "-42819"], ["-0x1f", 7, "!invalid literal for int() with base 7: '-0x1f'"], ["0o", 0, "!invalid literal for int() with base 0: '0o'"], ["0o", 2, "!invalid literal for int() with base 2: '0o'"], ["0o", 8, "!invalid literal for int() with base 8: '0o'"], ["0o", 10, "!invalid literal for int() with base 10: '0o'"], ["0o", 16, "!invalid literal for int() with base 16: '0o'"], ["0o", 36, "24"], ["0o", 7, "!invalid literal for int() with base 7: '0o'"], ["0o17", 0, "15"], ["0o17", 2, "!invalid literal for int() with base 2: '0o17'"], ["0o17", 8, "15"], ["0o17", 10, "!invalid literal for int() with base 10: '0o17'"], ["0o17", 16, "!invalid literal for int() with base 16: '0o17'"], ["0o17", 36, "31147"], ["0o17", 7, "!invalid literal for int() with base 7: '0o17'"], ["17", 0, "17"], ["17", 2, "!invalid literal for int() with base 2: '17'"], ["17", 8, "15"], ["17", 10, "17"], ["17", 16, "23"], ["17", 36, "43"], ["17", 7, "!invalid literal for int() with base 7: '17'"], ["010", 0, "!invalid literal for int() with base 0: '010'"], ["010", 2, "2"], ["010", 8, "8"], ["010", 10, "10"], ["010", 16, "16"], ["010", 36, "36"], ["010", 7, "7"], ["00", 0, "0"], ["00", 2, "0"], ["00", 8, "0"], ["00", 10, "0"], ["00", 16, "0"], ["00", 36, "0"], ["00", 7, "0"], ["0_0", 0, "0"], ["0_0", 2, "0"], ["0_0", 8, "0"], ["0_0", 10, "0"], ["0_0", 16, "0"], ["0_0", 36, "0"], ["0_0", 7, "0"], ["00_0", 0, "0"], ["00_0", 2, "0"], ["00_0", 8, "0"], ["00_0", 10, "0"], ["00_0", 16, "0"], ["00_0", 36, "0"], ["00_0", 7, "0"], ["1e5", 0, "!invalid literal for int() with base 0: '1e5'"], ["1e5", 2, "!invalid literal for int() with base 2: '1e5'"], ["1e5", 8, "!invalid literal for int() with base 8: '1e5'"], ["1e5", 10, "!invalid literal for int() with base 10: '1e5'"], ["1e5", 16, "485"], ["1e5", 36, "1805"], ["1e5", 7, "!invalid literal for int() with base 7: '1e5'"], ["0X1F", 0, "31"], ["0X1F", 2, "!invalid literal for int() with base 2: '0X1F'"], ["0X1F", 8, "!invalid literal for int() with base 8: '0X1F'"], ["0X1F", 10, "!invalid literal for int() with base 10: '0X1F'"], ["0X1F", 16, "31"], ["0X1F", 36, "42819"], ["0X1F", 7, "!invalid literal for int() with base 7: '0X1F'"], ["ff", 0, "!invalid literal for int() with base 0: 'ff'"], ["ff", 2, "!invalid literal for int() with base 2: 'ff'"], ["ff", 8, "!invalid literal for int() with base 8: 'ff'"], ["ff", 10, "!invalid literal for int() with base 10: 'ff'"], ["ff", 16, "255"], ["ff", 36, "555"], ["ff", 7, "!invalid literal for int() with base 7: 'ff'"], ["FF", 0, "!invalid literal for int() with base 0: 'FF'"], ["FF", 2, "!invalid literal for int() with base 2: 'FF'"], ["FF", 8, "!invalid literal for int() with base 8: 'FF'"], ["FF", 10, "!invalid literal for int() with base 10: 'FF'"], ["FF", 16, "255"], ["FF", 36, "555"], ["FF", 7, "!invalid literal for int() with base 7: 'FF'"], ["_ff", 0, "!invalid literal for int() with base 0: '_ff'"], ["_ff", 2, "!invalid literal for int() with base 2: '_ff'"], ["_ff", 8, "!invalid literal for int() with base 8: '_ff'"], ["_ff", 10, "!invalid literal for int() with base 10: '_ff'"], ["_ff", 16, "!invalid literal for int() with base 16: '_ff'"], ["_ff", 36, "!invalid literal for int() with base 36: '_ff'"], ["_ff", 7, "!invalid literal for int() with base 7: '_ff'"], ["z", 0, "!invalid literal for int() with base 0: 'z'"], ["z", 2, "!invalid literal for int() with base 2: 'z'"], ["z", 8, "!invalid literal for int() with base 8: 'z'"], ["z", 10, "!invalid literal for int() with base 10: 'z'"], ["z", 16, "!invalid literal for int() with base 16: 'z'"], ["z", 36, "35"], ["z", 7, "!invalid literal for int() with base 7: 'z'"], ["Z", 0, "!invalid literal for int() with base 0: 'Z'"], ["Z", 2, "!invalid literal for int() with base 2: 'Z'"], ["Z", 8, "!invalid literal for int() with base 8: 'Z'"], ["Z", 10, "!invalid literal for int() with base 10: 'Z'"], ["Z", 16, "!invalid literal for int() with base 16: 'Z'"], ["Z", 36, "35"], ["Z", 7, "!invalid literal for int() with base 7: 'Z'"], ["\u0663", 0, "3"], ["\u0663", 2, "!invalid literal for int() with base 2: '\u0663'"], ["\u0663", 8, "3"], ["\u0663", 10, "3"], ["\u0663", 16, "3"], ["\u0663", 36, "3"], ["\u0663", 7, "3"], ["\u0661\u0662", 0, "12"], ["\u0661\u0662", 2, "!invalid literal for int() with base 2: '\u0661\u0662'"], ["\u0661\u0662", 8, "10"], ["\u0661\u0662", 10, "12"], ["\u0661\u0662", 16, "18"], ["\u0661\u0662", 36, "38"], ["\u0661\u0662", 7, "9"], ["12\u0000", 0, "!invalid literal for int() with base 0: '12\\x00'"], ["12\u0000", 2, "!invalid literal for int() with base 2: '12\\x00'"], ["12\u0000", 8, "!invalid literal for int() with base 8: '12\\x00'"], ["12\u0000", 10, "!invalid literal for int() with base 10: '12\\x00'"], ["12\u0000", 16, "!invalid literal for int() with base 16: '12\\x00'"], ["12\u0000", 36, "!invalid literal for int() with base 36: '12\\x00'"], ["12\u0000", 7, "!invalid literal for int() with base 7: '12\\x00'"], [" \u3000 12\u2003", 0, "12"], [" \u3000 12\u2003", 2, "!invalid literal for int() with base 2: ' \\u3000 12\\u2003'"], [" \u3000 12\u2003", 8, "10"], [" \u3000 12\u2003", 10, "12"], [" \u3000 12\u2003", 16, "18"], [" \u3000 12\u2003", 36, "38"], [" \u3000 12\u2003", 7, "9"], ["\u00a012", 0, "12"], ["\u00a012", 2, "!invalid literal for int() with base 2: '\\xa012'"], ["\u00a012", 8, "10"], ["\u00a012", 10, "12"], ["\u00a012", 16, "18"], ["\u00a012", 36, "38"], ["\u00a012", 7, "9"], ["", 0, "!invalid literal for int() with base 0: ''"], ["", 2, "!invalid literal for int() with base 2: ''"], ["", 8, "!invalid literal for int() with base 8: ''"], ["", 10, "!invalid literal for int() with base 10: ''"], ["", 16, "!invalid literal for int() with base 16: ''"], ["", 36, "!invalid literal for int() with base 36: ''"], ["", 7, "!invalid literal for int() with base 7: ''"], [" ", 0, "!invalid literal for int() with base 0: ' '"], [" ", 2, "!invalid literal for int() with base 2: ' '"], [" ", 8, "!invalid literal for int() with base 8: ' '"], [" ", 10, "!invalid literal for int() with base 10: ' '"], [" ", 16, "!invalid literal for int() with base 16: ' '"], [" ", 36, "!invalid literal for int() with base 36: ' '"], [" ", 7, "!invalid literal for int() with base 7: ' '"], ["99999999999999999999", 0, "99999999999999999999"], ["99999999999999999999", 2, "!invalid literal for int() with base 2: '99999999999999999999'"], ["99999999999999999999", 8, "!invalid literal for int() with base 8: '99999999999999999999'"], ["99999999999999999999", 10, "99999999999999999999"], ["99999999999999999999", 16, "725355491768777504823705"], ["99999999999999999999", 36, "3437355738559817331729988965405"], ["99999999999999999999", 7, "!invalid literal for int() with base 7: '99999999999999999999'"], ["-999999999999999999999999999999", 0, "-999999999999999999999999999999"], ["-999999999999999999999999999999", 2, "!invalid literal for int() with base 2: '-999999999999999999999999999999'"], ["-999999999999999999999999999999", 8, "!invalid literal for int() with base 8: '-999999999999999999999999999999'"], ["-999999999999999999999999999999", 10, "-999999999999999999999999999999"], ["-999999999999999999999999999999", 16, "-797536797470949523742284236168206745"], ["-999999999999999999999999999999", 36, "-12567517195034380497254422013256326708312790045"], ["-999999999999999999999999999999", 7, "!invalid literal for int() with base 7: '-999999999999999999999999999999'"], ["1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111", 0, "1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"], ["1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111", 2, "1267650600228229401496703205375"], ["1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111", 8, "291005139476355155181206526915625451578781199095133750090877207050625899966190958026199625"], ["1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111", 10, "1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"], ["1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111", 16, "172149991872460572643727944800200791621980386188614900855377290436043174801122746308643023552009188762393544798183166225"], ["1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111", 36, "12195006394629354308484996900536392352656821295842555128442259398146083701417706829116346838307345637051794727619317995170127578300502721210971874054852725"], ["1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111", 7, "539079418270792998557441294850036135142867199817437566822315888565281909939488010000"], ["zzzzzzzzzzzzzzzzzzzzzzzz", 0, "!invalid literal for int() with base 0: 'zzzzzzzzzzzzzzzzzzzzzzzz'"], ["zzzzzzzzzzzzzzzzzzzzzzzz", 2, "!invalid literal for int() with base 2: 'zzzzzzzzzzzzzzzzzzzzzzzz'"], ["zzzzzzzzzzzzzzzzzzzzzzzz", 8, "!invalid literal for int() with base 8: 'zzzzzzzzzzzzzzzzzzzzzzzz'"], ["zzzzzzzzzzzzzzzzzzzzzzzz", 10, "!invalid literal for int() with base 10: 'zzzzzzzzzzzzzzzzzzzzzzzz'"], ["zzzzzzzzzzzzzzzzzzzzzzzz", 16, "!invalid literal for int() with base 16: 'zzzzzzzzzzzzzzzzzzzzzzzz'"], ["zzzzzzzzzzzzzzzzzzzzzzzz", 36, "22452257707354557240087211123792674815"], ["zzzzzzzzzzzzzzzzzzzzzzzz", 7, "!invalid literal for int() with base 7: 'zzzzzzzzzzzzzzzzzzzzzzzz'"], ["0b1111111111111111111111111111111111111111111111111111111111111111111111", 0, "1180591620717411303423"], ["0b1111111111111111111111111111111111111111111111111111111111111111111111", 2, "1180591620717411303423"], ["0b1111111111111111111111111111111111111111111111111111111111111111111111", 8, "!invalid literal for int() with base 8: '0b1111111111111111111111111111111111111111111111111111111111111111111111'"], ["0b1111111111111111111111111111111111111111111111111111111111111111111111", 10, "!invalid literal for int() with base 10: '0b1111111111111111111111111111111111111111111111111111111111111111111111'"], ["0b1111111111111111111111111111111111111111111111111111111111111111111111", 16, "21498869073964735051508711768846942566842635685510344035186724001110540756270974046481"], ["0b1111111111111111111111111111111111111111111111111111111111111111111111", 36, "96315085396004912440830629179016822165195053086002219585327458378944662426117546807727010964267578736175960181"], ["0b1111111111111111111111111111111111111111111111111111111111111111111111", 7, "!invalid literal for int() with base 7: '0b1111111111111111111111111111111111111111111111111111111111111111111111'"], ["0o7777777777777777777777777777777777777777", 0, "1329227995784915872903807060280344575"], ["0o7777777777777777777777777777777777777777", 2, "!invalid literal for int() with base 2: '0o7777777777777777777777777777777777777777'"], ["0o7777777777777777777777777777777777777777", 8, "1329227995784915872903807060280344575"], ["0o7777777777777777777777777777777777777777", 10, "!invalid literal for int() with base 10: '0o7777777777777777777777777777777777777777'"], ["0o7777777777777777777777777777777777777777", 16, "!invalid literal for int() with base 16: '0o7777777777777777777777777777777777777777'"], ["0o7777777777777777777777777777777777777777", 36, "4324295827953612719660665950404394717124515706638762184004547379"], ["0o7777777777777777777777777777777777777777", 7, "!invalid literal for int() with base 7: '0o7777777777777777777777777777777777777777'"], ["0xffffffffffffffffffffffffffffffffffffffff", 0, "1461501637330902918203684832716283019655932542975"], ["0xffffffffffffffffffffffffffffffffffffffff", 2, "!invalid literal for int() with base 2: '0xffffffffffffffffffffffffffffffffffffffff'"], ["0xffffffffffffffffffffffffffffffffffffffff", 8, "!invalid literal for int() with base 8: '0xffffffffffffffffffffffffffffffffffffffff'"], ["0xffffffffffffffffffffffffffffffffffffffff", 10, "!invalid literal for int() with base 10: '0xffffffffffffffffffffffffffffffffffffffff'"], ["0xffffffffffffffffffffffffffffffffffffffff", 16, "1461501637330902918203684832716283019655932542975"], ["0xffffffffffffffffffffffffffffffffffffffff", 36, "5973348428223998680050742812246920683631267268910686842131429083"], ["0xffffffffffffffffffffffffffffffffffffffff", 7, "!invalid literal for int() with base 7: '0xffffffffffffffffffffffffffffffffffffffff'"], ["123456789012345678901234567890", 0, "123456789012345678901234567890"], ["123456789012345678901234567890", 2, "!invalid literal for int() with base 2: '123456789012345678901234567890'"], ["123456789012345678901234567890", 8, "!invalid literal for int() with base 8: '123456789012345678901234567890'"], ["123456789012345678901234567890", 10, "123456789012345678901234567890"], ["123456789012345678901234567890", 16, "94522879687365475552814062743484560"], ["123456789012345678901234567890", 36, "1436287679432363134028105837355561937436483460"], ["123456789012345678901234567890", 7, "!invalid literal for int() with base 7: '123456789012345678901234567890'"], ["\u0663\u0663\u0663", 0, "333"], ["\u0663\u0663\u0663", 2, "!invalid literal for int() with base 2: '\u0663\u0663\u0663'"], ["\u0663\u0663\u0663", 8, "219"], ["\u0663\u0663\u0663", 10, "333"], ["\u0663\u0663\u0663", 16, "819"], ["\u0663\u0663\u0663", 36, "3999"], ["\u0663\u0663\u0663", 7, "171"], ["1\u0661", 0, "11"], ["1\u0661", 2, "3"], ["1\u0661", 8, "9"], ["1\u0661", 10, "11"], ["1\u0661", 16, "17"], ["1\u0661", 36, "37"], ["1\u0661", 7, "8"], ["12a", 0, "!invalid literal for int() with base 0: '12a'"], ["12a", 2, "!invalid literal for int() with base 2: '12a'"], ["12a", 8, "!invalid literal for int() with base 8: '12a'"], ["12a", 10, "!invalid literal for int() with base 10: '12a'"], ["12a", 16, "298"], ["12a", 36, "1378"], ["12a", 7, "!invalid literal for int() with base 7: '12a'"]], "formats": [["0", "d", "0"], ["0", "b", "0"], ["0", "o", "0"], ["0", "x", "0"], ["0", "X", "0"], ["0", "#b", "0b0"], ["0", "#o", "0o0"], ["0", "#x", "0x0"], ["0", "#X", "0X0"], ["0", "n", "0"], ["0", ",", "0"], ["0", "_", "0"], ["0", ",d", "0"], ["0", "_d", "0"], ["0", "_b", "0"], ["0", "_x", "0"], ["0", "#_x", "0x0"], ["0", "#012_x", "0x0_0000_0000"], ["0", "+d", "+0"], ["0", " d", " 0"], ["0", "-d", "0"], ["0", "10", "         0"], ["0", "<10", "0         "], ["0", "^10", "    0     "], ["0", ">10", "         0"], ["0", "=10", "         0"], ["0", "010", "0000000000"], ["0", "010,", "00,000,000"], ["0", "*^+12,", "*****+0*****"], ["0", "0=12", "000000000000"], ["0", "c", "\u0000"], ["0", "5c", "    \u0000"], ["0", "05c", "0000\u0000"], ["0", "e", "0.000000e+00"], ["0", ".2e", "0.00e+00"], ["0", "f", "0.000000"], ["0", ".3f", "0.000"], ["0", "g", "0"], ["0", "%", "0.000000%"], ["0", ".1%", "0.0%"], ["0", ",.2f", "0.00"], ["0", "E", "0.000000E+00"], ["0", "G", "0"], ["0", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"], ["0", ".2", "!ValueError: Precision not allowed in integer format specifier"], ["0", ".2d", "!ValueError: Precision not allowed in integer format specifier"], ["0", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"], ["0", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"], ["0", ",c", "!ValueError: Cannot specify ',' with 'c'."], ["0", "_c", "!ValueError: Cannot specify '_' with 'c'."], ["0", ",b", "!ValueError: Cannot specify ',' with 'b'."], ["0", "s", "!ValueError: Unknown format code 's' for object of type 'int'"], ["0", "", "0"], ["0", "08_b", "000_0000"], ["0", "#010b", "0b00000000"], ["1", "d", "1"], ["1", "b", "1"], ["1", "o", "1"], ["1", "x", "1"], ["1", "X", "1"], ["1", "#b", "0b1"], ["1", "#o", "0o1"], ["1", "#x", "0x1"], ["1", "#X", "0X1"], ["1", "n", "1"], ["1", ",", "1"], ["1", "_", "1"], ["1", ",d", "1"], ["1", "_d", "1"], ["1", "_b", "1"], ["1", "_x", "1"], ["1", "#_x", "0x1"], ["1", "#012_x", "0x0_0000_0001"], ["1", "+d", "+1"], ["1", " d", " 1"], ["1", "-d", "1"], ["1", "10", "         1"], ["1", "<10", "1         "], ["1", "^10", "    1     "], ["1", ">10", "         1"], ["1", "=10", "         1"], ["1", "010", "0000000001"], ["1", "010,", "00,000,001"], ["1", "*^+12,", "*****+1*****"], ["1", "0=12", "000000000001"], ["1", "c", "\u0001"], ["1", "5c", "    \u0001"], ["1", "05c", "0000\u0001"], ["1", "e", "1.000000e+00"], ["1", ".2e", "1.00e+00"], ["1", "f", "1.000000"], ["1", ".3f", "1.000"], ["1", "g", "1"], ["1", "%", "100.000000%"], ["1", ".1%", "100.0%"], ["1", ",.2f", "1.00"], ["1", "E", "1.000000E+00"], ["1", "G", "1"], ["1", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"], ["1", ".2", "!ValueError: Precision not allowed in integer format specifier"], ["1", ".2d", "!ValueError: Precision not allowed in integer format specifier"], ["1", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"], ["1", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"], ["1", ",c", "!ValueError: Cannot specify ',' with 'c'."], ["1", "_c", "!ValueError: Cannot specify '_' with 'c'."], ["1", ",b", "!ValueError: Cannot specify ',' with 'b'."], ["1", "s", "!ValueError: Unknown format code 's' for object of type 'int'"], ["1", "", "1"], ["1", "08_b", "000_0001"], ["1", "#010b", "0b00000001"], ["-1", "d", "-1"], ["-1", "b", "-1"], ["-1", "o", "-1"], ["-1", "x", "-1"], ["-1", "X", "-1"], ["-1", "#b", "-0b1"], ["-1", "#o", "-0o1"], ["-1", "#x", "-0x1"], ["-1", "#X", "-0X1"], ["-1", "n", "-1"], ["-1", ",", "-1"], ["-1", "_", "-1"], ["-1", ",d", "-1"], ["-1", "_d", "-1"], ["-1", "_b", "-1"], ["-1", "_x", "-1"], ["-1", "#_x", "-0x1"], ["-1", "#012_x", "-0x0000_0001"], ["-1", "+d", "-1"], ["-1", " d", "-1"], ["-1", "-d", "-1"], ["-1", "10", "        -1"], ["-1", "<10", "-1        "], ["-1", "^10", "    -1    "], ["-1", ">10", "        -1"], ["-1", "=10", "-        1"], ["-1", "010", "-000000001"], ["-1", "010,", "-0,000,001"], ["-1", "*^+12,", "*****-1*****"], ["-1", "0=12", "-00000000001"], ["-1", "c", "!OverflowError: %c arg not in range(0x110000)"], ["-1", "5c", "!OverflowError: %c arg not in range(0x110000)"], ["-1", "05c", "!OverflowError: %c arg not in range(0x110000)"], ["-1", "e", "-1.000000e+00"], ["-1", ".2e", "-1.00e+00"], ["-1", "f", "-1.000000"], ["-1", ".3f", "-1.000"], ["-1", "g", "-1"], ["-1", "%", "-100.000000%"], ["-1", ".1%", "-100.0%"], ["-1", ",.2f", "-1.00"], ["-1", "E", "-1.000000E+00"], ["-1", "G", "-1"], ["-1", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"], ["-1", ".2", "!ValueError: Precision not allowed in integer format specifier"], ["-1", ".2d", "!ValueError: Precision not allowed in integer format specifier"], ["-1", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"], ["-1", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"], ["-1", ",c", "!ValueError: Cannot specify ',' with 'c'."], ["-1", "_c", "!ValueError: Cannot specify '_' with 'c'."], ["-1", ",b", "!ValueError: Cannot specify ',' with 'b'."], ["-1", "s", "!ValueError: Unknown format code 's' for object of type 'int'"], ["-1", "", "-1"], ["-1", "08_b", "-00_0001"], ["-1", "#010b", "-0b0000001"], ["255", "d", "255"], ["255", "b", "11111111"], ["255", "o", "377"], ["255", "x", "ff"], ["255", "X", "FF"], ["255", "#b", "0b11111111"], ["255", "#o", "0o377"], ["255", "#x", "0xff"], ["255", "#X", "0XFF"], ["255", "n", "255"], ["255", ",", "255"], ["255", "_", "255"], ["255", ",d", "255"], ["255", "_d", "255"], ["255", "_b", "1111_1111"], ["255", "_x", "ff"], ["255", "#_x", "0xff"], ["255", "#012_x", "0x0_0000_00ff"], ["255", "+d", "+255"], ["255", " d", " 255"], ["255", "-d", "255"], ["255", "10", "       255"], ["255", "<10", "255       "], ["255", "^10", "   255    "], ["255", ">10", "       255"], ["255", "=10", "       255"], ["255", "010", "0000000255"], ["255", "010,", "00,000,255"], ["255", "*^+12,", "****+255****"], ["255", "0=12", "000000000255"], ["255", "c", "\u00ff"], ["255", "5c", "    \u00ff"], ["255", "05c", "0000\u00ff"], ["255", "e", "2.550000e+02"], ["255", ".2e", "2.55e+02"], ["255", "f", "255.000000"], ["255", ".3f", "255.000"], ["255", "g", "255"], ["255", "%", "25500.000000%"], ["255", ".1%", "25500.0%"], ["255", ",.2f", "255.00"], ["255", "E", "2.550000E+02"], ["255", "G", "255"], ["255", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"], ["255", ".2", "!ValueError: Precision not allowed in integer format specifier"], ["255", ".2d", "!ValueError: Precision not allowed in integer format specifier"], ["255", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"], ["255", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"], ["255", ",c", "!ValueError: Cannot specify ',' with 'c'."], ["255", "_c", "!ValueError: Cannot specify '_' with 'c'."], ["255", ",b", "!ValueError: Cannot specify ',' with 'b'."], ["255", "s", "!ValueError: Unknown format code 's' for object of type 'int'"], ["255", "", "255"], ["255", "08_b", "1111_1111"], ["255", "#010b", "0b11111111"], ["-255", "d", "-255"], ["-255", "b", "-11111111"], ["-255", "o", "-377"], ["-255", "x", "-ff"], ["-255", "X", "-FF"], ["-255", "#b", "-0b11111111"], ["-255", "#o", "-0o377"], ["-255", "#x", "-0xff"], ["-255", "#X", "-0XFF"], ["-255", "n", "-255"], ["-255", ",", "-255"], ["-255", "_", "-255"], ["-255", ",d", "-255"], ["-255", "_d", "-255"], ["-255", "_b", "-1111_1111"], ["-255", "_x", "-ff"], ["-255", "#_x", "-0xff"], ["-255", "#012_x", "-0x0000_00ff"], ["-255", "+d", "-255"], ["-255", " d", "-255"], ["-255", "-d", "-255"], ["-255", "10", "      -255"], ["-255", "<10", "-255      "], ["-255", "^10", "   -255   "], ["-255", ">10", "      -255"], ["-255", "=10", "-      255"], ["-255", "010", "-000000255"], ["-255", "010,", "-0,000,255"], ["-255", "*^+12,", "****-255****"], ["-255", "0=12", "-00000000255"], ["-255", "c", "!OverflowError: %c arg not in range(0x110000)"], ["-255", "5c", "!OverflowError: %c arg not in range(0x110000)"], ["-255", "05c", "!OverflowError: %c arg not in range(0x110000)"], ["-255", "e", "-2.550000e+02"], ["-255", ".2e", "-2.55e+02"], ["-255", "f", "-255.000000"], ["-255", ".3f", "-255.000"], ["-255", "g", "-255"], ["-255", "%", "-25500.000000%"], ["-255", ".1%", "-25500.0%"], ["-255", ",.2f", "-255.00"], ["-255", "E", "-2.550000E+02"], ["-255", "G", "-255"], ["-255", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"], ["-255", ".2", "!ValueError: Precision not allowed in integer format specifier"], ["-255", ".2d", "!ValueError: Precision not allowed in integer format specifier"], ["-255", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"], ["-255", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"], ["-255", ",c", "!ValueError: Cannot specify ',' with 'c'."], ["-255", "_c", "!ValueError: Cannot specify '_' with 'c'."], ["-255", ",b", "!ValueError: Cannot specify ',' with 'b'."], ["-255", "s", "!ValueError: Unknown format code 's' for object of type 'int'"], ["-255", "", "-255"], ["-255", "08_b", "-1111_1111"], ["-255", "#010b", "-0b11111111"], ["1234567", "d", "1234567"], ["1234567", "b", "100101101011010000111"], ["1234567", "o", "4553207"], ["1234567", "x", "12d687"], ["1234567", "X", "12D687"], ["1234567", "#b", "0b100101101011010000111"], ["1234567", "#o", "0o4553207"], ["1234567", "#x", "0x12d687"], ["1234567", "#X", "0X12D687"], ["1234567", "n", "1234567"], ["1234567", ",", "1,234,567"], ["1234567", "_", "1_234_567"], ["1234567", ",d", "1,234,567"], ["1234567", "_d", "1_234_567"], ["1234567", "_b", "1_0010_1101_0110_1000_0111"], ["1234567", "_x", "12_d687"], ["1234567", "#_x", "0x12_d687"], ["1234567", "#012_x", "0x0_0012_d687"], ["1234567", "+d", "+1234567"], ["1234567", " d", " 1234567"], ["1234567", "-d", "1234567"], ["1234567", "10", "   1234567"], ["1234567", "<10", "1234567   "], ["1234567", "^10", " 1234567  "], ["1234567", ">10", "   1234567"], ["1234567", "=10", "   1234567"], ["1234567", "010", "0001234567"], ["1234567", "010,", "01,234,567"], ["1234567", "*^+12,", "*+1,234,567*"], ["1234567", "0=12", "000001234567"], ["1234567", "c", "!OverflowError: %c arg not in range(0x110000)"], ["1234567", "5c", "!OverflowError: %c arg not in range(0x110000)"], ["1234567", "05c", "!OverflowError: %c arg not in range(0x110000)"], ["1234567", "e", "1.234567e+06"], ["1234567", ".2e", "1.23e+06"], ["1234567", "f", "1234567.000000"], ["1234567", ".3f", "1234567.000"], ["1234567", "g", "1.23457e+06"], ["1234567", "%", "123456700.000000%"], ["1234567", ".1%", "123456700.0%"], ["1234567", ",.2f", "1,234,567.00"], ["1234567", "E", "1.234567E+06"], ["1234567", "G", "1.23457E+06"], ["1234567", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"], ["1234567", ".2", "!ValueError: Precision not allowed in integer format specifier"], ["1234567", ".2d", "!ValueError: Precision not allowed in integer format specifier"], ["1234567", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"], ["1234567", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"], ["1234567", ",c", "!ValueError: Cannot specify ',' with 'c'."], ["1234567", "_c", "!ValueError: Cannot specify '_' with 'c'."], ["1234567", ",b", "!ValueError: Cannot specify ',' with 'b'."], ["1234567", "s", "!ValueError: Unknown format code 's' for object of type 'int'"], ["1234567", "", "1234567"], ["1234567", "08_b", "1_0010_1101_0110_1000_0111"], ["1234567", "#010b", "0b100101101011010000111"], ["-1234567", "d", "-1234567"], ["-1234567", "b", "-100101101011010000111"], ["-1234567", "o", "-4553207"], ["-1234567", "x", "-12d687"], ["-1234567", "X", "-12D687"], ["-1234567", "#b", "-0b100101101011010000111"], ["-1234567", "#o", "-0o4553207"], ["-1234567", "#x", "-0x12d687"], ["-1234567", "#X", "-0X12D687"], ["-1234567", "n", "-1234567"], ["-1234567", ",", "-1,234,567"], ["-1234567", "_", "-1_234_567"], ["-1234567", ",d", "-1,234,567"], ["-1234567", "_d", "-1_234_567"], ["-1234567", "_b", "-1_0010_1101_0110_1000_0111"], ["-1234567", "_x", "-12_d687"], ["-1234567", "#_x", "-0x12_d687"], ["-1234567", "#012_x", "-0x0012_d687"], ["-1234567", "+d", "-1234567"], ["-1234567", " d", "-1234567"], ["-1234567", "-d", "-1234567"], ["-1234567", "10", "  -1234567"], ["-1234567", "<10", "-1234567  "], ["-1234567", "^10", " -1234567 "], ["-1234567", ">10", "  -1234567"], ["-1234567", "=10", "-  1234567"], ["-1234567", "010", "-001234567"], ["-1234567", "010,", "-1,234,567"], ["-1234567", "*^+12,", "*-1,234,567*"], ["-1234567", "0=12", "-00001234567"], ["-1234567", "c", "!OverflowError: %c arg not in range(0x110000)"], ["-1234567", "5c", "!OverflowError: %c arg not in range(0x110000)"], ["-1234567", "05c", "!OverflowError: %c arg not in range(0x110000)"], ["-1234567", "e", "-1.234567e+06"], ["-1234567", ".2e", "-1.23e+06"], ["-1234567", "f", "-1234567.000000"], ["-1234567", ".3f", "-1234567.000"], ["-1234567", "g", "-1.23457e+06"], ["-1234567", "%", "-123456700.000000%"], ["-1234567", ".1%", "-123456700.0%"], ["-1234567", ",.2f", "-1,234,567.00"], ["-1234567", "E", "-1.234567E+06"], ["-1234567", "G", "-1.23457E+06"], ["-1234567", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"], ["-1234567", ".2", "!ValueError: Precision not allowed in integer format specifier"], ["-1234567", ".2d", "!ValueError: Precision not allowed in integer format specifier"], ["-1234567", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"], ["-1234567", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"], ["-1234567", ",c", "!ValueError: Cannot specify ',' with 'c'."], ["-1234567", "_c", "!ValueError: Cannot specify '_' with 'c'."], ["-1234567", ",b", "!ValueError: Cannot specify ',' with 'b'."], ["-1234567", "s", "!ValueError: Unknown format code 's' for object of type 'int'"], ["-1234567", "", "-1234567"], ["-1234567", "08_b", "-1_0010_1101_0110_1000_0111"], ["-1234567", "#010b", "-0b100101101011010000111"], ["9007199254740992", "d", "9007199254740992"], ["9007199254740992", "b", "100000000000000000000000000000000000000000000000000000"], ["9007199254740992", "o", "400000000000000000"], ["9007199254740992", "x", "20000000000000"], ["9007199254740992", "X", "20000000000000"], ["9007199254740992", "#b", "0b100000000000000000000000000000000000000000000000000000"], ["9007199254740992", "#o", "0o400000000000000000"], ["9007199254740992", "#x", "0x20000000000000"], ["9007199254740992", "#X", "0X20000000000000"], ["9007199254740992", "n", "9007199254740992"], ["9007199254740992", ",", "9,007,199,254,740,992"], ["9007199254740992", "_", "9_007_199_254_740_992"], ["9007199254740992", ",d", "9,007,199,254,740,992"], ["9007199254740992", "_d", "9_007_199_254_740_992"], ["9007199254740992", "_b", "10_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000"], ["9007199254740992", "_x", "20_0000_0000_0000"], ["9007199254740992", "#_x", "0x20_0000_0000_0000"], ["9007199254740992", "#012_x", "0x20_0000_0000_0000"], ["9007199254740992", "+d", "+9007199254740992"], ["9007199254740992", " d", " 9007199254740992"], ["9007199254740992", "-d", "9007199254740992"], ["9007199254740992", "10", "9007199254740992"], ["9007199254740992", "<10", "9007199254740992"], ["9007199254740992", "^10", "9007199254740992"], ["9007199254740992", ">10", "9007199254740992"], ["9007199254740992", "=10", "9007199254740992"], ["9007199254740992", "010", "9007199254740992"], ["9007199254740992", "010,", "9,007,199,254,740,992"], ["9007199254740992", "*^+12,", "+9,007,199,254,740,992"], ["9007199254740992", "0=12", "9007199254740992"], ["9007199254740992", "c", "!OverflowError: %c arg not in range(0x110000)"], ["9007199254740992", "5c", "!OverflowError: %c arg not in range(0x110000)"], ["9007199254740992", "05c", "!OverflowError: %c arg not in range(0x110000)"], ["9007199254740992", "e", "9.007199e+15"], ["9007199254740992", ".2e", "9.01e+15"], ["9007199254740992", "f", "9007199254740992.000000"], ["9007199254740992", ".3f", "9007199254740992.000"], ["9007199254740992", "g", "9.0072e+15"], ["9007199254740992", "%", "900719925474099200.000000%"], ["9007199254740992", ".1%", "900719925474099200.0%"], ["9007199254740992", ",.2f", "9,007,199,254,740,992.00"], ["9007199254740992", "E", "9.007199E+15"], ["9007199254740992", "G", "9.0072E+15"], ["9007199254740992", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"], ["9007199254740992", ".2", "!ValueError: Precision not allowed in integer format specifier"], ["9007199254740992", ".2d", "!ValueError: Precision not allowed in integer format specifier"], ["9007199254740992", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"], ["9007199254740992", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"], ["9007199254740992", ",c", "!ValueError: Cannot specify ',' with 'c'."], ["9007199254740992", "_c", "!ValueError: Cannot specify '_' with 'c'."], ["9007199254740992", ",b", "!ValueError: Cannot specify ',' with 'b'."], ["9007199254740992", "s", "!ValueError: Unknown format code 's' for object of type 'int'"], ["9007199254740992", "", "9007199254740992"], ["9007199254740992", "08_b", "10_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000"], ["9007199254740992", "#010b", "0b100000000000000000000000000000000000000000000000000000"], ["65", "d", "65"], ["65", "b", "1000001"], ["65", "o", "101"], ["65", "x", "41"], ["65", "X", "41"], ["65", "#b", "0b1000001"], ["65", "#o", "0o101"], ["65", "#x", "0x41"], ["65", "#X", "0X41"], ["65", "n", "65"], ["65", ",", "65"], ["65", "_", "65"], ["65", ",d", "65"], ["65", "_d", "65"], ["65", "_b", "100_0001"], ["65", "_x", "41"], ["65", "#_x", "0x41"], ["65", "#012_x", "0x0_0000_0041"], ["65", "+d", "+65"], ["65", " d", " 65"], ["65", "-d", "65"], ["65", "10", "        65"], ["65", "<10", "65        "], ["65", "^10", "    65    "], ["65", ">10", "        65"], ["65", "=10", "        65"], ["65", "010", "0000000065"], ["65", "010,", "00,000,065"], ["65", "*^+12,", "****+65*****"], ["65", "0=12", "000000000065"], ["65", "c", "A"], ["65", "5c", "    A"], ["65", "05c", "0000A"], ["65", "e", "6.500000e+01"], ["65", ".2e", "6.50e+01"], ["65", "f", "65.000000"], ["65", ".3f", "65.000"], ["65", "g", "65"], ["65", "%", "6500.000000%"], ["65", ".1%", "6500.0%"], ["65", ",.2f", "65.00"], ["65", "E", "6.500000E+01"], ["65", "G", "65"], ["65", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"], ["65", ".2", "!ValueError: Precision not allowed in integer format specifier"], ["65", ".2d", "!ValueError: Precision not allowed in integer format specifier"], ["65", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"], ["65", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"], ["65", ",c", "!ValueError: Cannot specify ',' with 'c'."], ["65", "_c", "!ValueError: Cannot specify '_' with 'c'."], ["65", ",b", "!ValueError: Cannot specify ',' with 'b'."], ["65", "s", "!ValueError: Unknown format code 's' for object of type 'int'"], ["65", "", "65"], ["65", "08_b", "100_0001"], ["65", "#010b", "0b01000001"], ["1114112", "d", "1114112"], ["1114112", "b", "100010000000000000000"], ["1114112", "o", "4200000"], ["1114112", "x", "110000"], ["1114112", "X", "110000"], ["1114112", "#b", "0b100010000000000000000"], ["1114112", "#o", "0o4200000"], ["1114112", "#x", "0x110000"], ["1114112", "#X", "0X110000"], ["1114112", "n", "1114112"], ["1114112", ",", "1,114,112"], ["1114112", "_", "1_114_112"], ["1114112", ",d", "1,114,112"], ["1114112", "_d", "1_114_112"], ["1114112", "_b", "1_0001_0000_0000_0000_0000"], ["1114112", "_x", "11_0000"], ["1114112", "#_x", "0x11_0000"], ["1114112", "#012_x", "0x0_0011_0000"], ["1114112", "+d", "+1114112"], ["1114112", " d", " 1114112"], ["1114112", "-d", "1114112"], ["1114112", "10", "   1114112"], ["1114112", "<10", "1114112   "], ["1114112", "^10", " 1114112  "], ["1114112", ">10", "   1114112"], ["1114112", "=10", "   1114112"], ["1114112", "010", "0001114112"], ["1114112", "010,", "01,114,112"], ["1114112", "*^+12,", "*+1,114,112*"], ["1114112", "0=12", "000001114112"], ["1114112", "c", "!OverflowError: %c arg not in range(0x110000)"], ["1114112", "5c", "!OverflowError: %c arg not in range(0x110000)"], ["1114112", "05c", "!OverflowError: %c arg not in range(0x110000)"], ["1114112", "e", "1.114112e+06"], ["1114112", ".2e", "1.11e+06"], ["1114112", "f", "1114112.000000"], ["1114112", ".3f", "1114112.000"], ["1114112", "g", "1.11411e+06"], ["1114112", "%", "111411200.000000%"], ["1114112", ".1%", "111411200.0%"], ["1114112", ",.2f", "1,114,112.00"], ["1114112", "E", "1.114112E+06"], ["1114112", "G", "1.11411E+06"], ["1114112", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"], ["1114112", ".2", "!ValueError: Precision not allowed in integer format specifier"], ["1114112", ".2d", "!ValueError: Precision not allowed in integer format specifier"], ["1114112", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"], ["1114112", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"], ["1114112", ",c", "!ValueError: Cannot specify ',' with 'c'."], ["1114112", "_c", "!ValueError: Cannot specify '_' with 'c'."], ["1114112", ",b", "!ValueError: Cannot specify ',' with 'b'."], ["1114112", "s", "!ValueError: Unknown format code 's' for object of type 'int'"], ["1114112", "", "1114112"], ["1114112", "08_b", "1_0001_0000_0000_0000_0000"], ["1114112", "#010b", "0b100010000000000000000"], ["18446744073709563961", "d", "18446744073709563961"], ["18446744073709563961", "b", "10000000000000000000000000000000000000000000000000011000000111001"], ["18446744073709563961", "o", "2000000000000000030071"], ["18446744073709563961", "x", "10000000000003039"], ["18446744073709563961", "X", "10000000000003039"], ["18446744073709563961", "#b", "0b10000000000000000000000000000000000000000000000000011000000111001"], ["18446744073709563961", "#o", "0o2000000000000000030071"], ["18446744073709563961", "#x", "0x10000000000003039"], ["18446744073709563961", "#X", "0X10000000000003039"], ["18446744073709563961", "n", "18446744073709563961"], ["18446744073709563961", ",", "18,446,744,073,709,563,961"], ["18446744073709563961", "_", "18_446_744_073_709_563_961"], ["18446744073709563961", ",d", "18,446,744,073,709,563,961"], ["18446744073709563961", "_d", "18_446_744_073_709_563_961"], ["18446744073709563961", "_b", "1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0011_0000_0011_1001"], ["18446744073709563961", "_x", "1_0000_0000_0000_3039"], ["18446744073709563961", "#_x", "0x1_0000_0000_0000_3039"], ["18446744073709563961", "#012_x", "0x1_0000_0000_0000_3039"], ["18446744073709563961", "+d", "+18446744073709563961"], ["18446744073709563961", " d", " 18446744073709563961"], ["18446744073709563961", "-d", "18446744073709563961"], ["18446744073709563961", "10", "18446744073709563961"], ["18446744073709563961", "<10", "18446744073709563961"], ["18446744073709563961", "^10", "18446744073709563961"], ["18446744073709563961", ">10", "18446744073709563961"], ["18446744073709563961", "=10", "18446744073709563961"], ["18446744073709563961", "010", "18446744073709563961"], ["18446744073709563961", "010,", "18,446,744,073,709,563,961"], ["18446744073709563961", "*^+12,", "+18,446,744,073,709,563,961"], ["18446744073709563961", "0=12", "18446744073709563961"], ["18446744073709563961", "c", "!OverflowError: Python int too large to convert to C long"], ["18446744073709563961", "5c", "!OverflowError: Python int too large to convert to C long"], ["18446744073709563961", "05c", "!OverflowError: Python int too large to convert to C long"], ["18446744073709563961", "e", "1.844674e+19"], ["18446744073709563961", ".2e", "1.84e+19"], ["18446744073709563961", "f", "18446744073709563904.000000"], ["18446744073709563961", ".3f", "18446744073709563904.000"], ["18446744073709563961", "g", "1.84467e+19"], ["18446744073709563961", "%", "1844674407370956472320.000000%"], ["18446744073709563961", ".1%", "1844674407370956472320.0%"], ["18446744073709563961", ",.2f", "18,446,744,073,709,563,904.00"], ["18446744073709563961", "E", "1.844674E+19"], ["18446744073709563961", "G", "1.84467E+19"], ["18446744073709563961", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"], ["18446744073709563961", ".2", "!ValueError: Precision not allowed in integer format specifier"], ["18446744073709563961", ".2d", "!ValueError: Precision not allowed in integer format specifier"], ["18446744073709563961", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"], ["18446744073709563961", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"], ["18446744073709563961", ",c", "!ValueError: Cannot specify ',' with 'c'."], ["18446744073709563961", "_c", "!ValueError: Cannot specify '_' with 'c'."], ["18446744073709563961", ",b", "!ValueError: Cannot specify ',' with 'b'."], ["18446744073709563961", "s", "!ValueError: Unknown format code 's' for object of type 'int'"], ["18446744073709563961", "", "18446744073709563961"], ["18446744073709563961", "08_b", "1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0011_0000_0011_1001"], ["18446744073709563961", "#010b", "0b10000000000000000000000000000000000000000000000000011000000111001"], ["-1000000000000000000000000000000", "d", "-1000000000000000000000000000000"], ["-1000000000000000000000000000000", "b", "-1100100111110010110010011100110100000100011001110100111011011110101001000000000000000000000000000000"], ["-1000000000000000000000000000000", "o", "-1447626234640431647336510000000000"], ["-1000000000000000000000000000000", "x", "-c9f2c9cd04674edea40000000"], ["-1000000000000000000000000000000", "X", "-C9F2C9CD04674EDEA40000000"], ["-1000000000000000000000000000000", "#b", "-0b1100100111110010110010011100110100000100011001110100111011011110101001000000000000000000000000000000"], ["-1000000000000000000000000000000", "#o", "-0o1447626234640431647336510000000000"], ["-1000000000000000000000000000000", "#x", "-0xc9f2c9cd04674edea40000000"], ["-1000000000000000000000000000000", "#X", "-0XC9F2C9CD04674EDEA40000000"], ["-1000000000000000000000000000000", "n", "-1000000000000000000000000000000"], ["-1000000000000000000000000000000", ",", "-1,000,000,000,000,000,000,000,000,000,000"], ["-1000000000000000000000000000000", "_", "-1_000_000_000_000_000_000_000_000_000_000"], ["-1000000000000000000000000000000", ",d", "-1,000,000,000,000,000,000,000,000,000,000"], ["-1000000000000000000000000000000", "_d", "-1_000_000_000_000_000_000_000_000_000_000"], ["-1000000000000000000000000000000", "_b", "-1100_1001_1111_0010_1100_1001_1100_1101_0000_0100_0110_0111_0100_1110_1101_1110_1010_0100_0000_0000_0000_0000_0000_0000_0000"], ["-1000000000000000000000000000000", "_x", "-c_9f2c_9cd0_4674_edea_4000_0000"], ["-1000000000000000000000000000000", "#_x", "-0xc_9f2c_9cd0_4674_edea_4000_0000"], ["-1000000000000000000000000000000", "#012_x", "-0xc_9f2c_9cd0_4674_edea_4000_0000"], ["-1000000000000000000000000000000", "+d", "-1000000000000000000000000000000"], ["-1000000000000000000000000000000", " d", "-1000000000000000000000000000000"], ["-1000000000000000000000000000000", "-d", "-1000000000000000000000000000000"], ["-1000000000000000000000000000000", "10", "-1000000000000000000000000000000"], ["-1000000000000000000000000000000", "<10", "-1000000000000000000000000000000"], ["-1000000000000000000000000000000", "^10", "-1000000000000000000000000000000"], ["-1000000000000000000000000000000", ">10", "-1000000000000000000000000000000"], ["-1000000000000000000000000000000", "=10", "-1000000000000000000000000000000"], ["-1000000000000000000000000000000", "010", "-1000000000000000000000000000000"], ["-1000000000000000000000000000000", "010,", "-1,000,000,000,000,000,000,000,000,000,000"], ["-1000000000000000000000000000000", "*^+12,", "-1,000,000,000,000,000,000,000,000,000,000"], ["-1000000000000000000000000000000", "0=12", "-1000000000000000000000000000000"], ["-1000000000000000000000000000000", "c", "!OverflowError: Python int too large to convert to C long"], ["-1000000000000000000000000000000", "5c", "!OverflowError: Python int too large to convert to C long"], ["-1000000000000000000000000000000", "05c", "!OverflowError: Python int too large to convert to C long"], ["-1000000000000000000000000000000", "e", "-1.000000e+30"], ["-1000000000000000000000000000000", ".2e", "-1.00e+30"], ["-1000000000000000000000000000000", "f", "-1000000000000000019884624838656.000000"], ["-1000000000000000000000000000000", ".3f", "-1000000000000000019884624838656.000"], ["-1000000000000000000000000000000", "g", "-1e+30"], ["-1000000000000000000000000000000", "%", "-100000000000000005366162204393472.000000%"], ["-1000000000000000000000000000000", ".1%", "-100000000000000005366162204393472.0%"], ["-1000000000000000000000000000000", ",.2f", "-1,000,000,000,000,000,019,884,624,838,656.00"], ["-1000000000000000000000000000000", "E", "-1.000000E+30"], ["-1000000000000000000000000000000", "G", "-1E+30"], ["-1000000000000000000000000000000", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"], ["-1000000000000000000000000000000", ".2", "!ValueError: Precision not allowed in integer format specifier"], ["-1000000000000000000000000000000", ".2d", "!ValueError: Precision not allowed in integer format specifier"], ["-1000000000000000000000000000000", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"], ["-1000000000000000000000000000000", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"], ["-1000000000000000000000000000000", ",c", "!ValueError: Cannot specify ',' with 'c'."], ["-1000000000000000000000000000000", "_c", "!ValueError: Cannot specify '_' with 'c'."], ["-1000000000000000000000000000000", ",b", "!ValueError: Cannot specify ',' with 'b'."], ["-1000000000000000000000000000000", "s", "!ValueError: Unknown format code 's' for object of type 'int'"], ["-1000000000000000000000000000000", "", "-1000000000000000000000000000000"], ["-1000000000000000000000000000000", "08_b", "-1100_1001_1111_0010_1100_1001_1100_1101_0000_0100_0110_0111_0100_1110_1101_1110_1010_0100_0000_0000_0000_0000_0000_0000_0000"], ["-1000000000000000000000000000000", "#010b", "-0b1100100111110010110010011100110100000100011001110100111011011110101001000000000000000000000000000000"]], "hashes": [["0", "0"], ["1", "1"], ["-1", "-2"], ["5", "5"], ["-5", "-5"], ["255", "255"], ["-255", "-255"], ["256", "256"], ["1234567", "1234567"], ["-1234567", "-1234567"], ["1073741823", "1073741823"], ["1073741824", "1073741824"], ["9007199254740991", "9007199254740991"], ["9007199254740992", "9007199254740992"], ["1152921504606846976", "1152921504606846976"], ["-9223372036854775808", "-4"], ["18446744073709563961", "12353"], ["1000000000000000000000000000000", "465258685558744706"], ["-1000000000000000000000000000000", "-465258685558744706"], ["65", "65"], ["1114111", "1114111"], ["1114112", "1114112"], ["2305843009213693951", "0"], ["2305843009213693952", "1"], ["-2305843009213693952", "-2"], ["4611686018427387904", "2"], ["123456789123456789123456789", "1361126810988140292"], ["-6052915406135315549392014388595294266519", "-442816268823281268"], ["-8040015271037993686377692510540622823552", "-2265624435515003843"], ["4812767946555983955986927104916126920367", "465987774280577280"], ["3590325406133534294182178504055591219662", "1759327801940987439"], ["3516772951216901872094921417121895358379", "498106989472092148"], ["7321052806557679801957955926494300723756", "1981479137772168680"], ["4925292382708572906800793791734776406926", "258114729404369885"], ["-6032114354935749876407893767610256565555", "-248124486897598486"], ["-8035048466756558801570874525441560389848", "-1858802651436205144"], ["-4200686218179430362613301154039066332816", "-787308385736379009"], ["-2104168123236499701723448153078124646346", "-1153575958561531995"], ["-104310953625810275036959279739761822446", "-2224751302071366095"], ["74232719896742293212427902629718692496", "812481094582238959"], ["-5532385258989416254348427865377260058042", "-2136778657013051311"], ["6047992718926032573010293008524278638394", "128929630169715853"], ["-6032205633936162270550132521001218941877", "-1825540637699723265"], ["266723002938508537307411963128032585740", "535318089459357873"], ["-3486004745027634080887961379864195868901", "-921662593093008565"], ["-7165550754369213417608531814968116554715", "-1051854259327251556"], ["7320362317070390380932416149597735202244", "550097750127136618"], ["-400146061657921742318626718797243025744", "-1446026070770669184"], ["6614332097435213494844179236962601830876", "1314713990354593054"], ["444966880758748641777956300080539011159", "1633075083223651871"], ["8966847110713118443972691389018738606697", "257880368031643794"], ["-6683192461219598333986032732852752831259", "-2265851859815718884"], ["-7915985917850210866316978887535854344404", "-260312667909741035"], ["-5261862760331100195846948043954814571246", "-411820974458661950"], ["810963789624729252741616999870547355598", "465454992682490829"], ["-7530367153247295447167032720773095130812", "-564015600641319376"], ["4695417942485368268370450812215907654858", "2023485175588681573"], ["-2", "-2"], ["-3", "-3"], ["2305843009213693950", "2305843009213693950"], ["-2305843009213693951", "0"], ["-2305843009213693953", "-2"]], "divs": [["7", "2", "3", "1", "400c000000000000"], ["-7", "2", "-4", "1", "c00c000000000000"], ["7", "-2", "-4", "-1", "c00c000000000000"], ["-7", "-2", "3", "-1", "400c000000000000"], ["0", "5", "0", "0", "0000000000000000"], ["9007199254740991", "3", "3002399751580330", "1", "4325555555555555"], ["-9007199254740991", "3", "-3002399751580331", "2", "c325555555555555"], ["1000000000000000000000000000000", "7", "142857142857142857142857142857", "1", "45fcd98a8b00a10b"], ["-1000000000000000000000000000000", "7", "-142857142857142857142857142858", "6", "c5fcd98a8b00a10b"], ["1000000000000000000000000000000", "-1000000000003", "-999999999997000001", "-999991000003", "c3abc16d674e6c73"], ["1267650600228229401496703205376", "1125899906842625", "1125899906842623", "1", "430ffffffffffff8"], ["1", "100000000000000000000", "0", "1", "3bc79ca10c924223"], ["-1", "100000000000000000000", "-1", "99999999999999999999", "bbc79ca10c924223"], ["100000000000000000000", "1", "100000000000000000000", "0", "4415af1d78b58c40"], ["5", "5", "1", "0", "3ff0000000000000"], ["-5", "5", "-1", "0", "bff0000000000000"], ["2594241212171626320963783253916188679502", "7533225529963721057178", "344373230544196891", "5076296366868687845904", "43931dd683b2f654"], ["-1697310970299281142860768631563475385798", "-219075241974201339106708", "7747616549473715", "-188687868066497849205578", "433b866a8c498db4"], ["5779912704724723002829735647879377937529", "-57041643489138206738451669961", "-101327948341", "-28412204173473264254011547172", "c237979dca34807d"], ["-2949102569628975293714319446570710181622", "78163981380619215537194785842091278547580510", "-1", "78161032278049586561901071522644707837398888", "bf03c7fe2e8420d8"], ["-171786914281349986603137459353993169244", "-72511649689785354", "2369094000981602865999", "-52656592458390598", "44600db9153ca22c"], ["-2896744067909668980797295098358264496123", "-42674181567412349943159122323403546", "67880", "-20623113718666655653875045631793643", "40f09287bb7863be"], ["-3820669641234175790842397748427579396121", "-67762875876896757186744722092148139198919821", "0", "-3820669641234175790842397748427579396121", "3f0d8f96cd24cfc4"], ["-9882472393629547946186357032595782656975", "-913530477663142880761351440672562187981434948", "0", "-9882472393629547946186357032595782656975", "3ee6afcf81b39aca"], ["6586388901932282711450806661917604563599", "427753300080431677859042565", "15397634338984", "100499306313768256709709639", "42ac02150ce15078"], ["927260393212378288714003935672833151832", "9", "103028932579153143190444881741425905759", "1", "47d360a9a412c91f"], ["6326169456637279540687502342930126812470", "727430840763061520706556081616968", "8696592", "226303964824203032375988655839414", "4160966209f488a7"], ["3872584363158715312531681033333534467757", "-363952240123", "-10640364136376658991732959186", "-222896152121", "c5c130c05fd141d1"], ["-8534233335737500128654652855855064431563", "6829", "-1249704691131571259138183168231814971", "5396", "c76e15e6590a135f"], ["3800909785956513684302645698750781749995", "-1764186436026", "-2154483057084618195544524426", "-753261621081", "c59bd896223701c6"], ["-1358644633124822356779712852208219850373", "47422084514083640", "-28650040314472585088604", "24701087046988187", "c498447cb87e5fdd"], ["-165238110057478389553579784933392297388", "-885181309761174907005669153", "186671485531", "-83598834910745104179772145", "4245bb3e692d8c17"], ["-4144553225407953741151405565705478205001", "-4069078065587695884665668704192106132", "1018", "-2231754639679330561754824837914162625", "408fd463429d7035"], ["9268778769509030878685743017357728226607", "-2671397496065664818321570739921494714033774", "-1", "-2662128717296155787442884996904136985807167", "bf6c6c5b03c93f32"], ["-7612778666357417806456359939792791175882", "-86491850333684090347279041576818", "88017294", "-46933547123237338437287777685390", "4194fc263a2ba8a3"], ["-2995986978746549981115344588694737812545", "-19621627524149578", "152687995685332387420398", "-11185014617520501", "44c02a9dcd6e119b"], ["-9184253728469179909570279694556464117574", "2993761859753252335845", "-3067797025520978366", "2296682731682747211696", "c3c54980920696c5"], ["6910515064697838838315990104592000763685", "-212209203131266", "-32564634156904163911665076", "-56331055102531", "c53aefd45ade5e11"], ["-4122370243428131042998957016504734929490", "-73362", "56192173651592528052656102839409161", "-60208", "4725a4f9e31b9eee"], ["-6066675980106197209188486062314084700310", "-45967556859167979638586491633689435266715", "0", "-6066675980106197209188486062314084700310", "3fc0e4a23034decf"], ["-6468125891189490003505885580995682772027", "-684848061585296", "9444614439321008679367577", "-670278360424235", "451f3fe64c764a36"], ["-2799247813834503945148742064740936472117", "8238778217301588487743", "-339764919021127567", "4744770693057282439164", "c392dc599325931e"], ["-7366605864291484606276511693076005117820", "61103222476125389375717985689640", "-120560023", "42804309287744004303180664143900", "c19cbe665932a9af"], ["7047114283768399622807895873083447460419", "6406402514829377216626630762138965529", "1100", "71517456084684518602034730585378519", "4091300b6e6d6ba7"], ["7992918820829210321291512379780528558824", "63454040501", "125963906438759347639221698295", "51595913029", "45f9702e6bac87ed"], ["-9118908030259966368516080333731724490963", "-39", "233818154622050419705540521377736525409", "-12", "47e5fcf7a23979c7"], ["10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "10", "0", "4024000000000000"], ["1", "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "0", "1", "0000000000000000"], ["19950631168807583848837421626835850838234968318861924548520089498529438830221946631919961684036194597899331129423209124271556491349413781117593785932096323957855730046793794526765246551266059895520550086918193311542508608460618104685509074866089624888090489894838009253941633257850621568309473902556912388065225096643874441046759871626985453222868538161694315775629640762836880760732228535091641476183956381458969463899410840960536267821064621427333394036525565649530603142680234969400335934316651459297773279665775606172582031407994198179607378245683762280037302885487251900834464581454650557929601414833921615734588139257095379769119277800826957735674444123062018757836325502728323789270710373802866393031428133241401624195671690574061419654342324638801248856147305207431992259611796250130992860241708340807605932320161268492288496255841312844061536738951487114256315111089745514203313820202931640957596464756010405845841566072044962867016515061920631004186422275908670900574606417856951911456055068251250406007519842261898059237118054444788072906395242548339221982707404473162376760846613033778706039803413197133493654622700563169937455508241780972810983291314403571877524768509857276937926433221599399876886660808368837838027643282775172273657572744784112294389733810861607423253291974813120197604178281965697475898164531258434135959862784130128185406283476649088690521047580882615823961985770122407044330583075869039319604603404973156583208672105913300903752823415539745394397715257455290510212310947321610753474825740775273986348298498340756937955646638621874569499279016572103701364433135817214311791398222983845847334440270964182851005072927748364550578634501100852987812389473928699540834346158807043959118985815145779177143619698728131459483783202081474982171858011389071228250905826817436220577475921417653715687725614904582904992461028630081535583308130101987675856234343538955409175623400844887526162643568648833519463720377293240094456246923254350400678027273837755376406726898636241037491410966718557050759098100246789880178271925953381282421954028302759408448955014676668389697996886241636313376393903373455801407636741877711055384225739499110186468219696581651485130494222369947714763069155468217682876200362777257723781365331611196811280792669481887201298643660768551639860534602297871557517947385246369446923087894265948217008051120322365496288169035739121368338393591756418733850510970271613915439590991598154654417336311656936031122249937969999226781732358023111862644575299135758175008199839236284615249881088960232244362173771618086357015468484058622329792853875623486556440536962622018963571028812361567512543338303270029097668650568557157505516727518899194129711337690149916181315171544007728650573189557450920330185304847113818315407324053319038462084036421763703911550639789000742853672196280903477974533320468368795868580237952218629120080742819551317948157624448298518461509704888027274721574688131594750409732115080498190455803416826949787141316063210686391511681774304792596709376", "3", "6650210389602527949612473875611950279411656106287308182840029832843146276740648877306653894678731532633110376474403041423852163783137927039197928644032107985951910015597931508921748850422019965173516695639397770514169536153539368228503024955363208296030163298279336417980544419283540522769824634185637462688408365547958147015586623875661817740956179387231438591876546920945626920244076178363880492061318793819656487966470280320178755940354873809111131345508521883176867714226744989800111978105550486432591093221925202057527343802664732726535792748561254093345767628495750633611488193818216852643200471611307205244862713085698459923039759266942319245224814707687339585945441834242774596423570124600955464343809377747133874731890563524687139884780774879600416285382435069143997419870598750043664286747236113602535310773387089497429498751947104281353845579650495704752105037029915171401104606734310546985865488252003468615280522024014987622338838353973543668062140758636223633524868805952317303818685022750416802002506614087299353079039351481596024302131747516113073994235801491054125586948871011259568679934471065711164551540900187723312485169413926990936994430438134523959174922836619092312642144407199799958962220269456279279342547760925057424552524248261370764796577936953869141084430658271040065868059427321899158632721510419478045319954261376709395135427825549696230173682526960871941320661923374135681443527691956346439868201134991052194402890701971100301250941138513248464799238419151763503404103649107203584491608580258424662116099499446918979318548879540624856499759672190701233788144378605738103930466074327948615778146756988060950335024309249454850192878167033617662604129824642899846944782052935681319706328605048593059047873232909377153161261067360491660723952670463023742750301942272478740192491973805884571895908538301527634997487009543360511861102710033995891952078114512985136391874466948295842054214522882944506487906792431080031485415641084783466892675757945918458802242299545413679163803655572852350253032700082263293392757308651127094140651342767586469482985004892222796565998962080545437792131301124485267135878913959237018461408579833036728822739898860550495043498074123315904921023051822739227625400120925752574593788443870398937093597556493962400432881220256183879953511534099290519172649128415456482307695964755316072336017040107455165429389678579707122779464530585472911283503656757204638479863663866051551472445437218978677040749979323333075593910786007703954214858433045252725002733279745428205083293696320077414787391257206028785671822828019540776597617958541162185480178987540672987857009604120522504181112767756676365889550189519052501838909172966398043237112563383305393771723848002576216857729852483640110061768282371272771802441351106346154028012140587901303850213263000247617890732093634492658177773489456265289526745984072876373360247606517105982719208149432839487169901629342424907191562710531583469910705026832730151934472275649929047105354403562130503893924768264198903125", "1", "overflow"], ["10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "1", "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "0", "overflow"], ["202402253307310618352495346718917307049556649764142118356901358027430339567995346891960383701437124495187077864316811911389808737385793476867013399940738509921517424276566361364466907742093216341239767678472745068562007483424692698618103355649159556340810056512358769552333414615230502532186327508646006263307707741093494784", "40966672143876732145176228848043091143928566425868314369800638377010779053124493714260960149070292229477000187962034707314131344279013990700557084216067703100110397626915930050017669416781158249744236172365003101763600273594402063864722325201532144604115521818460662623935143647469165084514879475815880467163982182410113805509643338164835839186040845030529294117697218294439255325218264815180040054295920900280527835303063728875285777248462704511695944824230554347848626506942611938335291999257755662113691788246053880398723321865319809478918081631431889557552749507834196358292243660837246218506196446294893757162080795972525602568587162635206656", "0", "202402253307310618352495346718917307049556649764142118356901358027430339567995346891960383701437124495187077864316811911389808737385793476867013399940738509921517424276566361364466907742093216341239767678472745068562007483424692698618103355649159556340810056512358769552333414615230502532186327508646006263307707741093494784", "0000000000000001"], ["1", "404804506614621236704990693437834614099113299528284236713802716054860679135990693783920767402874248990374155728633623822779617474771586953734026799881477019843034848553132722728933815484186432682479535356945490137124014966849385397236206711298319112681620113024717539104666829230461005064372655017292012526615415482186989568", "0", "1", "0000000000000000"], ["3", "809609013229242473409981386875669228198226599056568473427605432109721358271981387567841534805748497980748311457267247645559234949543173907468053599762954039686069697106265445457867630968372865364959070713890980274248029933698770794472413422596638225363240226049435078209333658460922010128745310034584025053230830964373979136", "0", "3", "0000000000000001"], ["1", "607206759921931855057486040156751921148669949292426355070704074082291018703986040675881151104311373485561233592950435734169426212157380430601040199822215529764552272829699084093400723226279649023719303035418235205686022450274078095854310066947478669022430169537076308657000243845691507596558982525938018789923123223280484352", "0", "1", "0000000000000000"], ["179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792", "1", "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792", "0", "overflow"], ["179769313486231585783329745242102944220865915302134242104801930069088822049132857039678747649997371558725200148282140634302672658333178512561752459655489972529838397712786934476288037223531902825608779341177537812204758820982652898146886972738651264941212339564475904472144978749089612198939118253764199317504", "1", "179769313486231585783329745242102944220865915302134242104801930069088822049132857039678747649997371558725200148282140634302672658333178512561752459655489972529838397712786934476288037223531902825608779341177537812204758820982652898146886972738651264941212339564475904472144978749089612198939118253764199317504", "0", "overflow"], ["179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791", "1", "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791", "0", "7fefffffffffffff"], ["1700000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "10", "170000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "0", "7fee42d130773b76"], ["-100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "30000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "-4", "20000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "c00aaaaaaaaaaaab"], ["9007199254740993", "1", "9007199254740993", "0", "4340000000000000"], ["18014398509481987", "1", "18014398509481987", "0", "4350000000000001"], ["36028797018963975", "2", "18014398509481987", "1", "4350000000000001"]], "powmods": [["2", "10", "1000", "24"], ["3", "-1", "7", "5"], ["2", "-1", "4", "!base is not invertible for the given modulus"], ["-3", "5", "7", "2"], ["3", "5", "-7", "-2"], ["0", "0", "5", "1"], ["5", "0", "1", "0"], ["1000000000000000000000000000000", "100000000000000000000", "1000000000000037", "758752996890554"], ["-2", "-3", "11", "4"], ["7", "3", "-1", "0"], ["12", "-2", "35", "9"]], "digits": [["0", []], ["1", [1]], ["1073741823", [1073741823]], ["1073741824", [0, 1]], ["1152921504606846975", [1073741823, 1073741823]], ["1152921504606846976", [0, 0, 1]], ["1237940039285380274899136569", [12345, 0, 0, 1]], ["10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", [0, 0, 0, 195281920, 843253928, 74052266, 753141986, 864222434, 187139268, 319681452, 614126169, 4]], ["36360291795869936842385267079543319118023385026001623040346035832580600191583895484198508262979388783308179702534403855752855931517013066142992430916562025780021771247847643450125342836565813209972590371590152578728008385990139795377610001", [937024785, 1010681708, 390579836, 15897742, 275418202, 526781496, 999977013, 1061119079, 15065754, 1067401686, 997754729, 836386325, 386951134, 567708207, 334976514, 545370186, 318115948, 408563505, 771284394, 1058828283, 78864391, 708118249, 198280983, 236247978, 1064699108, 884179288, 5717]], ["10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668069375", [1073741823, 1073741823, 1073741823, 1073741823, 1073741823, 1073741823, 1073741823, 1073741823, 1073741823, 1073741823, 1073741823, 1073741823, 1073741823, 1073741823, 1073741823, 1073741823, 1073741823, 1073741823, 1073741823, 1073741823, 1073741823, 1073741823, 1073741823, 1073741823, 1073741823, 1073741823, 1073741823, 1073741823, 1073741823, 1073741823, 1073741823, 1073741823, 1073741823, 1023]]]};
