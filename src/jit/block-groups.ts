/**
 * Groups: a long text's blocks run by several functions. TurboFan's memory for a compilation
 * grows with the function it compiles (fannkuch's outer loop, 52 KB of text in 18 short
 * blocks, took 12.7 MB of zone memory as one function), and a text made of many blocks cannot
 * be split inside one of them (segments: segment-emitter.ts) where none is long. So once a
 * text's blocks have more than Jit.GROUP_CHARS characters, they are cut into runs of
 * consecutive blocks, groups; group 0, with the text's first block, stays in the text's own
 * function, and each other group is a function of its own with a dispatch loop over its own
 * blocks:
 *
 *   loop text:      grpN(f, budget, th, blk, part, s0, ..., s(m-1))
 *   whole function: grpN(f, th, blk, s0, ..., s(m-1))
 *
 * `blk` is the block it starts at, s0 ... the stack there (owned, as in the block variables;
 * m the deepest stack at any of its blocks). A jump to a block of its own group is its
 * dispatch loop's next round. A jump to another group's block returns that block's number,
 * with the stack in the frame's words (sb) and, in a loop's text, the budget and part in the
 * text's `gb` and `gp`; the text's function reads them back and goes on at that block (a
 * block of its own, or the call of another group). When the group returns what the text's
 * function is to return (a value, a left frame, a loop's budget), it puts it in the text's
 * `gr` and returns -1 (EmitterBase.returnText); its cold exits have an epilogue of their own.
 *
 * Where the cuts fall: each group gets about as many characters as the others, and a cut
 * between two blocks that an inner loop both runs (a backward jump's range) costs a call and a
 * return on each of that loop's iterations, so the planner cuts outside inner loops where the
 * sizes allow it.
 */
import { COLD_EXIT_LOCALS, EXIT_LABEL, coldExitEpilogue, frameWordsText } from "./emitter-base.js";
import type { Runtime } from "../objects/runtime.js";

/** The share of a text's characters over which its largest group would be too close to the whole to be worth the calls. */
const MOST_OF_TEXT = 0.75;

/** A cut inside one inner loop weighs this much against a group's size off by its whole ideal size. */
const INNER_LOOP_CUT = 16;

/**
 * The groups of a text of more than this many `groupChars` are of half that size at most.
 * A group is one compilation for TurboFan, whose zone memory, the largest part of a program's
 * peak (docs/performance.md, Memory), grows with the function compiled: fannkuch's main loop,
 * 54 KB, was three groups of about 18 KB, the largest zone of its run 4.7 MB; in five groups
 * of at most 12 KB it is 2.6 MB, peak RSS 57.3 → 55.1 MB (medians of 20) at the same CPU time
 * (0.821 s both, 20 alternating runs). A text of two groups keeps them whole: cut to 12 KB,
 * nbody's two loops of 20 and 24 KB took 1.047 of its time (12 pairs) and saved 0.6 MB.
 */
const FINER_OVER_GROUPS = 2;

/**
 * The group of each of the blocks 0 ... n-1 (in unit order; `lengths` their texts'
 * characters): consecutive runs, group 0 first, as many as `groupChars` goes into their
 * total (half `groupChars` when the total is more than FINER_OVER_GROUPS of it), of about the
 * same size (each but the last at most that size, or one block). `loops` are the block
 * ranges of the backward jumps, [target's block, jump's block]; a range from block 0 is the
 * text's own loop. Null when the blocks fit in `groupChars` (or it is 0 or less), or when the
 * largest group would have most of them (MOST_OF_TEXT): no groups.
 */
export function planGroups(lengths: readonly number[], loops: ReadonlyArray<readonly [number, number]>, groupChars: number): number[] | null {
  const n = lengths.length;
  const total = lengths.reduce((a, b) => a + b, 0);
  if (groupChars <= 0 || n < 2 || total <= groupChars) return null;
  const groupSize = total > FINER_OVER_GROUPS * groupChars ? groupChars / 2 : groupChars;
  // (What a cut before block c costs: the loops that run on both of its sides.)
  const cutCost = (c: number): number => loops.reduce((k, [a, b]) => k + (a < c && c <= b ? (a === 0 ? 1 : INNER_LOOP_CUT) : 0), 0);
  const groupOf = new Array<number>(n).fill(0);
  const groups = Math.ceil(total / groupSize);
  let start = 0;
  let remaining = total;
  let group = 0;
  // Each group but the last ends at the best cut near its share of what is left; the last takes the rest.
  for (; group < groups - 1 && start < n; group++) {
    const ideal = remaining / (groups - group);
    let end = start + 1;
    let bestScore = Infinity;
    let size = 0;
    for (let c = start + 1; c < n; c++) {
      size += lengths[c - 1]!;
      if (size > Math.max(groupSize, lengths[start]!)) break;
      if (size < ideal / 2) continue;
      const score = cutCost(c) + Math.abs(size - ideal) / ideal;
      if (score < bestScore) {
        bestScore = score;
        end = c;
      }
    }
    for (let b = start; b < end; b++) {
      groupOf[b] = group;
      remaining -= lengths[b]!;
    }
    start = end;
  }
  for (let b = start; b < n; b++) groupOf[b] = group;
  // (Where one block is most of the text, the largest group is not much smaller than the
  // whole, and the calls would cost time for no memory: nbody's pair loop, whose one long
  // block is in segments already, measured 2 MB more in two groups.)
  const sizes = new Array<number>(group + 1).fill(0);
  lengths.forEach((length, b) => (sizes[groupOf[b]!] += length));
  return group > 0 && Math.max(...sizes) <= MOST_OF_TEXT * total ? groupOf : null;
}

/** A group function's parameters before its stack's (the file's comment). */
function groupParams(whole: boolean): string {
  return whole ? "f, th, blk" : "f, budget, th, blk, part";
}

/** Group `g`'s function's name. */
export function groupName(g: number): string {
  return `grp${g}`;
}

/**
 * Group `g`'s function: `blocks` (their `case` texts) in a dispatch loop of its own (inside
 * `shield`'s loops, a loop text's OSR shield: compile-loop.ts), its stack's variables
 * s0 ... s(maxDepth-1), the first `depthIn` of them its parameters.
 */
export function groupFunctionText(
  rt: Runtime, code: number, g: number, whole: boolean, blocks: readonly string[], depthIn: number, maxDepth: number,
  shield: readonly [string, string],
): string {
  const params = Array.from({ length: depthIn }, (_, j) => `, s${j}`).join("");
  const more = Array.from({ length: Math.max(0, maxDepth - depthIn) }, (_, j) => `s${depthIn + j} = 0`);
  return `const ${groupName(g)} = (function ${groupName(g)}(${groupParams(whole)}${params}) {
${frameWordsText(rt, code)}
${more.length > 0 ? `let ${more.join(", ")};\n` : ""}${COLD_EXIT_LOCALS}
${EXIT_LABEL}: { ${shield[0]}for (;;) {
switch (blk) {
${blocks.join("\n")}
case -1: break ${EXIT_LABEL};
default: throw new Error("compiled group: no block " + blk);
}
}${shield[1]} }
${coldExitEpilogue("(gr = xr + xc, -1)")}
});`;
}

/**
 * In the text's function, the `case` that runs group `g` from any of its blocks `numbers`
 * with the stack s0 ... s(depthIn-1), and goes on where it returns: the text's function
 * returns `gr`, or goes to the block returned with the stack (`exitDepth` words), budget and
 * part the group left.
 */
export function groupCallText(g: number, whole: boolean, numbers: readonly number[], depthIn: number, exitDepth: number): string {
  const stack = Array.from({ length: depthIn }, (_, j) => `, s${j}`).join("");
  const args = whole ? `f, th, blk${stack}` : `f, budget, th, blk, part${stack}`;
  const reloads = Array.from({ length: exitDepth }, (_, j) => ` s${j} = i32[sb + ${2 * j}];`).join("");
  return `${numbers.map((n) => `case ${n}:`).join(" ")} {
const g = ${groupName(g)}(${args});
if (g < 0) return gr;
blk = g;${whole ? "" : " budget = gb; part = gp;"}${reloads} continue;
}`;
}

/** The call that warms group `g`'s function up (emitter-base.ts's WARM_UP_FRAME: its epilogue only). */
export function groupWarmUpText(g: number, whole: boolean, depthIn: number): string {
  return `${groupName(g)}(${whole ? "f, th, -1" : "f, 0, th, -1, 0"}${", 0".repeat(depthIn)});`;
}

/** The text's variables that its groups return through (see the file's comment). */
export const GROUP_RESULT_VARS = "var gr = 0, gb = 0, gp = 0;";
