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
 * The stack's reference to s has been made (the counts are the eval loop's); `done` is set
 * when the local holds the result and s's stack reference was used up, as concatIntoNextStore
 * returns true. Nothing here can raise or run Python code, so the frame need not be synced.
 */
import { PoolWord } from "../heap/layout.js";
import type { CompiledCodePools } from "../heap/heap.js";
import { Str, StrState } from "../objects/str-layout.js";

/** The text; `slot` is the local's i32 index, `left`/`right` the operands' variables. */
export function strAppendText(done: string, slot: string, left: string, right: string, pools: CompiledCodePools | null): string {
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
    `for (let i = 0; i < nr; i++) u8[d + i] = u8[s + i]; u8[d + nr] = 0; i32[(${left} + ${Str.LENGTH}) >> 2] = nl + nr; i32[${left} >> 2] = 1; ${done} = true; } } } }`;
}
