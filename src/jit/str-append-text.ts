/**
 * `s += t` (BINARY_OP + then STORE_FAST into the local holding s, two exact strs) in a compiled
 * text, in the two cases that need neither a call nor a new block: what the eval loop's
 * strConcatIntoLocal does there, written out (block-emitter.ts's concatOrAdd; every other case,
 * and any doubt, goes to concatIntoNextStore as before).
 *
 * - s is empty: the local takes a reference to t, and s loses the local's and the stack's
 *   references (PyUnicode_Append's "" + t is t). Only when s's count stays above zero (the
 *   empty str is a cached singleton; a count of 2 would free it, which the call does).
 * - s and t are compact ASCII, s referenced by the local and the stack only, unhashed and not
 *   interned, and s's pymalloc block already holds s + t and its NUL with more than 3/4 of it
 *   used: pymalloc_realloc would keep the block, so t's bytes are copied after s's there (as
 *   asciiAppendInPlace does after its realloc). Not while tracemalloc traces (the realloc
 *   must be traced).
 *
 * - s and t are compact ASCII and non-empty, s + t within pymalloc's small requests, and the
 *   block cannot be grown in place: a new str in a block of its size class, taken from its
 *   pool here (pool-block-text.ts), s's and t's bytes copied in; s then loses the local's and
 *   the stack's references, and is freed when they were its only ones. That is strConcat's
 *   new str followed by the release of s, and also what pymalloc_realloc does when s's block
 *   is too small (a new block, the bytes copied, the old block freed). Not while tracemalloc
 *   traces, and not when the pool would be filled (the call does both).
 *
 * The stack's reference to s has been made (the counts are the eval loop's); `done` is set
 * when the local holds the result and s's stack reference was used up, as concatIntoNextStore
 * returns true. Nothing here can raise or run Python code (s, when freed, is an exact str), so
 * the frame need not be synced.
 */
import { PoolWord, SMALL_REQUEST_THRESHOLD } from "../heap/layout.js";
import type { CompiledCodePools } from "../heap/heap.js";
import { Ob } from "../objects/layout.js";
import { Str, StrState } from "../objects/str-layout.js";
import { poolBlockText } from "./pool-block-text.js";

/** An exact compact ASCII str's state word: one-byte kind, compact, ASCII, ready, not interned. */
const ASCII_STATE = (1 << StrState.KIND_SHIFT) | StrState.COMPACT | StrState.ASCII | StrState.READY;

/** The text; `slot` is the local's i32 index, `left`/`right` the operands' variables. */
export function strAppendText(done: string, slot: string, left: string, right: string, pools: CompiledCodePools | null, strType: number): string {
  const empty = `if (i32[${left} >> 2] > 2) { i32[${right} >> 2]++; i32[${slot}] = ${right}; i32[${left} >> 2] -= 2; ${done} = true; }`;
  if (pools === null) return `if (i32[${slot}] === ${left} && i32[(${left} + ${Str.LENGTH}) >> 2] === 0) { ${empty} }`;
  const bothAscii = StrState.ASCII | StrState.COMPACT;
  return `if (i32[${slot}] === ${left}) { const nl = i32[(${left} + ${Str.LENGTH}) >> 2]; ` +
    `if (nl === 0) { ${empty} } ` +
    `else if (i32[${left} >> 2] === 2 && ${left} !== ${right} && H.tracer === null && ${left} >= PS[${left} >> ${pools.arenaBits}]) { ` +
    `const sl = u8[${left} + ${Str.STATE}], sr = u8[${right} + ${Str.STATE}], nr = i32[(${right} + ${Str.LENGTH}) >> 2]; ` +
    `if ((sl & sr & ${bothAscii}) === ${bothAscii} && (sl & ${StrState.INTERNED_MASK}) === 0 && nr > 0 && ` +
    `(i32[(${left} + ${Str.HASH}) >> 2] & i32[(${left} + ${Str.HASH + 4}) >> 2]) === -1) { ` +
    `const size = ${Str.ASCII_SIZE + 1} + nl + nr, bs = (i32[((${left} & ${pools.poolMask}) >> 2) + ${PoolWord.SZIDX}] + 1) << ${pools.alignmentShift}; ` +
    `if (size <= bs && 4 * size > 3 * bs) { const d = ${left} + ${Str.ASCII_SIZE} + nl, s = ${right} + ${Str.ASCII_SIZE}; ` +
    `for (let i = 0; i < nr; i++) u8[d + i] = u8[s + i]; u8[d + nr] = 0; i32[(${left} + ${Str.LENGTH}) >> 2] = nl + nr; i32[${left} >> 2] = 1; ${done} = true; } } } ` +
    `if (!${done} && nl > 0) { ${newStrText(done, slot, left, right, pools, strType)} } }`;
}

/** The third case above: s + t in a new block (`nl` is s's length, read by the caller). */
function newStrText(done: string, slot: string, left: string, right: string, pools: CompiledCodePools, strType: number): string {
  return `let o = 0; ${concatBlockText("o", left, right, pools, strType)} ` +
    `if (o !== 0) { i32[${slot}] = o; if ((i32[${left} >> 2] -= 2) === 0) D(${left}); ${done} = true; }`;
}

/**
 * `s + t` of two exact strs into a new str (BINARY_OP's result, stored anywhere: `x = s + t`,
 * `f(s + t)`), when both are compact ASCII and non-empty and s + t within pymalloc's small
 * requests: the new str in a block of its size class, taken from its pool here, as strConcat
 * makes it (PyUnicode_Concat: the block, then the bytes). Sets `target` (0 before) to it, a
 * new reference; leaves it 0 otherwise (an empty operand, another kind, a larger str, a full
 * pool, tracemalloc tracing: the general path). The operands are not released.
 */
export function strConcatText(target: string, left: string, right: string, pools: CompiledCodePools, strType: number): string {
  return `{ const nl = i32[(${left} + ${Str.LENGTH}) >> 2]; if (nl > 0) { let o = 0; ${concatBlockText("o", left, right, pools, strType)} ${target} = o; } }`;
}

/**
 * The new block of s + t into `o` (declared, 0), `nl` being s's length: when both are compact
 * ASCII, t is not empty and s + t is a small request; `o` stays 0 otherwise.
 */
function concatBlockText(o: string, left: string, right: string, pools: CompiledCodePools, strType: number): string {
  const bothAscii = StrState.ASCII | StrState.COMPACT;
  const shift = pools.alignmentShift;
  const fill = `const w = ${o} >> 2; i32[w] = 1; i32[w + 1] = 0; i32[w + ${Ob.TYPE >> 2}] = ${strType}; i32[w + ${(Ob.TYPE >> 2) + 1}] = 0; ` +
    `i32[w + ${Str.LENGTH >> 2}] = n; i32[w + ${(Str.LENGTH >> 2) + 1}] = 0; i32[w + ${Str.HASH >> 2}] = -1; i32[w + ${(Str.HASH >> 2) + 1}] = -1; ` +
    `i32[w + ${Str.STATE >> 2}] = ${ASCII_STATE}; i32[w + ${(Str.STATE >> 2) + 1}] = 0; i32[w + ${Str.WSTR >> 2}] = 0; i32[w + ${(Str.WSTR >> 2) + 1}] = 0; ` +
    `const d = ${o} + ${Str.ASCII_SIZE}, sa = ${left} + ${Str.ASCII_SIZE}, sr = ${right} + ${Str.ASCII_SIZE}; ` +
    `for (let i = 0; i < nl; i++) u8[d + i] = u8[sa + i]; for (let i = 0; i < nr; i++) u8[d + nl + i] = u8[sr + i]; u8[d + n] = 0;`;
  return `const nr = i32[(${right} + ${Str.LENGTH}) >> 2], n = nl + nr; ` +
    `if ((u8[${left} + ${Str.STATE}] & u8[${right} + ${Str.STATE}] & ${bothAscii}) === ${bothAscii} && nr > 0 && n <= ${SMALL_REQUEST_THRESHOLD - Str.ASCII_SIZE - 1}) { ` +
    `const ci = (n + ${Str.ASCII_SIZE}) >> ${shift}; ${poolBlockText(o, "ci", `((ci + 1) << ${shift})`, fill)} }`;
}
