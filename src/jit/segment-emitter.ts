/**
 * Segments (emitter-base.ts's Segment): where a long block's text goes on in a function of
 * its own, and the text of that function and of its call. BlockEmitter.block asks before each
 * instruction (segmentBefore) and ends an open segment before the block's jump.
 */
import { Op } from "../compile/opcodes.js";
import { COLD_EXIT_LOCALS, EXIT_LABEL, Exit, WARM_UP_FRAME, coldExitEpilogue, frameWordsText } from "./emitter-base.js";
import { endsBlock, isBranch, known, type Instr } from "./bytecode.js";
import { CallEmitter } from "./call-emitter.js";
import { Jit } from "./tier.js";

export abstract class SegmentEmitter extends CallEmitter {
  /** Where the text written since the block's start or the last segment's start or end begins, in `out`. */
  protected pieceStart = 0;

  /**
   * Before the block's next instruction `ins` (not its first): an open segment ends if `ins`
   * is at its planned end or ends the block's straight run; a new one starts when the piece
   * written since the last start or end has segmentChars characters, the stack is as the
   * block came in (stackInBlockVariables), and Jit.SEGMENT_MIN_INSTRUCTIONS or more follow
   * up to where it would end.
   */
  protected segmentBefore(ins: Instr, instrs: ReadonlyMap<number, Instr>, blockStarts: ReadonlySet<number>): void {
    const at = ins.start;
    if (this.segment !== null && (at >= this.segment.end || this.endsRun(ins, instrs))) {
      this.endSegment();
      this.pieceStart = this.out.length;
    }
    if (this.segmentChars <= 0 || !this.stackInBlockVariables() || textLength(this.out, this.pieceStart) < this.segmentChars) return;
    const end = this.segment?.end ?? this.lastPointAtDepth(at, this.vs.length, instrs, blockStarts);
    if (runLength(at, end, instrs) < Jit.SEGMENT_MIN_INSTRUCTIONS) return;
    if (this.segment !== null) this.endSegment();
    this.startSegment(end);
    this.pieceStart = 0;
  }

  /**
   * Whether every entry of the stack is one the block came in with, owned, in its variable
   * (s0, s1, ...: the entries above them taken off, as at the end of a statement in a loop's
   * body) and no KW_NAMES waits for its CALL: where a segment may start or end without moving
   * an entry.
   */
  protected stackInBlockVariables(): boolean {
    return this.kwnames === 0 && this.vs.every((e, j) => e.owned && !e.isNull && e.v === `s${j}`);
  }

  /**
   * Whether `ins` ends the block's straight run: it is unknown (the block leaves there), it
   * ends the block, or it is a COMPARE_OP before a branch (which takes the branch with it:
   * instruction()). A segment ends before it: jumps are the block's own function's.
   */
  protected endsRun(ins: Instr, instrs: ReadonlyMap<number, Instr>): boolean {
    const after = instrs.get(ins.next);
    return !known(ins.op) || endsBlock(ins.op) || (ins.op === Op.COMPARE_OP && after !== undefined && isBranch(after.op));
  }

  /**
   * The last unit of the block's straight run from `at` (no instruction in between ending
   * it: endsRun) where the stack is back at `depth`: a segment starting at `at` ends there
   * at the latest. `at` when there is none.
   */
  protected lastPointAtDepth(at: number, depth: number, instrs: ReadonlyMap<number, Instr>, blockStarts: ReadonlySet<number>): number {
    let last = at;
    for (let u = at; ; ) {
      if (u !== at && (blockStarts.has(u) || !this.depthAt.has(u))) break;
      if (u !== at && this.depthAt.get(u) === depth) last = u;
      const ins = instrs.get(u);
      if (ins === undefined || this.endsRun(ins, instrs)) break;
      u = ins.next;
    }
    return last;
  }

  /** From here on the block's instructions go into a new segment, which ends before `end` at the latest. */
  protected startSegment(end: number): void {
    const index = this.segments.length;
    this.segment = { name: `seg${index}`, index, depthIn: this.vs.length, end, caller: this.out };
    this.segments.push({ name: this.segment.name, depthIn: this.vs.length, text: "" });
    this.out = [];
  }

  /**
   * The segment ends here: its function written (the stack to the frame's words at its end),
   * and in the block's function the call, the stack read back, and the return when it left.
   */
  protected endSegment(): void {
    const seg = this.segment!;
    // (Where it ends as it began, with the entries it came in with, the caller's variables
    // still hold them: a segment ends so at the points startSegment plans. Else its stack goes
    // back through the frame's words.)
    const unchanged = this.vs.length === seg.depthIn && this.stackInBlockVariables();
    this.flush();
    const depth = this.vs.length;
    this.emit(`${unchanged ? "" : `${this.blockStackToFrame(depth)} `}return ${this.whole ? 0 : "budget"};`);
    const params = Array.from({ length: seg.depthIn }, (_, j) => `, s${j}`).join("");
    const more = Array.from({ length: Math.max(0, depth - seg.depthIn) }, (_, j) => `s${seg.depthIn + j} = 0`);
    this.segments[seg.index]!.text = `const ${seg.name} = (function ${seg.name}(f, budget, th${params}) {
${frameWordsText(this.rt, this.code)}
${more.length > 0 ? `let ${more.join(", ")};\n` : ""}${COLD_EXIT_LOCALS}
${EXIT_LABEL}: { if (f === ${WARM_UP_FRAME}) break ${EXIT_LABEL};
${this.out.join("\n")}
}
${coldExitEpilogue(this.whole ? String(Exit.LEFT) : "-1 - (xr + xc)")}
});`;
    this.out = seg.caller;
    this.segment = null;
    this.emit(this.whole
      ? `if (${seg.name}(f, 0, th${params}) < 0) ${this.returnText(String(Exit.LEFT))}`
      : `{ const r = ${seg.name}(f, budget, th${params}); if (r < 0) ${this.returnText("-1 - r")} budget = r; }`);
    if (!unchanged) this.emit(Array.from({ length: depth }, (_, j) => `s${j} = i32[sb + ${2 * j}];`).join(" "));
  }
}


/** The characters of `lines` from index `from` on. */
function textLength(lines: readonly string[], from: number): number {
  let n = 0;
  for (let i = from; i < lines.length; i++) n += lines[i]!.length + 1;
  return n;
}

/** The instructions from `at` up to (not including) the unit `end`, in order. */
function runLength(at: number, end: number, instrs: ReadonlyMap<number, Instr>): number {
  let n = 0;
  for (let u = at; u < end; u = instrs.get(u)!.next) n++;
  return n;
}
