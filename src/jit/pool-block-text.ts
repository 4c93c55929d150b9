/**
 * The text that takes one block of a size class from the heap's first used pool of that class,
 * as pymalloc_alloc takes it: the pool's free list's head, the list's next block (or the pool's
 * next virgin block, when the list had one block) becoming the head. A pool that this block
 * would fill is left to the heap's own allocation (it unlinks the pool), and so is everything
 * while tracemalloc traces (a __del__ may have started it since the text last looked): then
 * `target` stays 0 and the caller makes its call.
 *
 * `target` is a variable the caller declared and set to 0; `idx` the size class (a constant or
 * a variable of the text), `blockSize` its block size in bytes; `filled` the text run with the
 * block in `target` (its header and contents still to be written by it). (A free list's case and
 * a virgin area's share every statement but the virgin area's three: a program's first
 * allocations come from virgin areas, so a text has type feedback for the shared path before V8
 * compiles it, and the free list's later blocks do not deoptimise it.)
 */
import { PoolWord } from "../heap/layout.js";

export function poolBlockText(target: string, idx: string, blockSize: string, filled: string): string {
  return `const pw = (UP[${idx}] >> 2); ` +
    `if (pw !== 0 && H.tracer === null) { const bp = i32[pw + ${PoolWord.FREEBLOCK}]; let nx = i32[bp >> 2]; ` +
    `if (nx === 0) { const off = i32[pw + ${PoolWord.NEXTOFFSET}]; if (off <= i32[pw + ${PoolWord.MAXNEXTOFFSET}]) { nx = (pw << 2) + off; i32[pw + ${PoolWord.NEXTOFFSET}] = off + ${blockSize}; i32[nx >> 2] = 0; } } ` +
    `if (nx !== 0) { i32[pw + ${PoolWord.FREEBLOCK}] = nx; i32[pw + ${PoolWord.COUNT}]++; ${target} = bp; ${filled} } }`;
}
