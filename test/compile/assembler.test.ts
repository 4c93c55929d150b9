// The assembler's output checked on its own terms: the stack discipline of the final bytecode
// (every path, exception handlers included), EXTENDED_ARG for wide opargs and long jumps, the
// exception table, and positions.
import { describe, expect, it } from "vitest";
import type * as ast from "../../src/parse/ast.js";
import { compile } from "../../src/compile/compiler.js";
import { CodeFlag, type CodeData } from "../../src/compile/code.js";
import { Op, Operand, opNames, opSpecs, stackEffect } from "../../src/compile/opcodes.js";
import { instructions } from "../../src/compile/disassemble.js";
import { allCodes, astFromJson, loadSnippets } from "./fixtures.js";

interface Decoded {
  /** First code unit of the instruction, EXTENDED_ARG prefixes included. */
  pc: number;
  size: number;
  op: Op;
  arg: number;
}

function decode(code: CodeData): Decoded[] {
  const out: Decoded[] = [];
  let ext = 0;
  let start = 0;
  for (let pc = 0; pc < code.code.length; pc++) {
    const op = (code.code[pc] & 0xff) as Op;
    const arg = (code.code[pc] >> 8) | ext;
    if (op === Op.EXTENDED_ARG) {
      ext = arg << 8;
      continue;
    }
    out.push({ pc: start, size: pc - start + 1, op, arg: opSpecs[opNames[op]].operand === Operand.None ? 0 : arg });
    ext = 0;
    start = pc + 1;
  }
  return out;
}

const NO_FALLTHROUGH = new Set([
  Op.JUMP_FORWARD, Op.JUMP_BACKWARD, Op.JUMP_BACKWARD_NO_INTERRUPT, Op.RETURN_VALUE, Op.RAISE_VARARGS, Op.RERAISE,
]);

/**
 * Walk every path through the bytecode, handlers included, with the effects from opSpecs.
 * Returns the deepest stack seen; throws if a depth goes negative or if two paths reach an
 * instruction with different depths. (Code may be unreachable: CPython keeps a handler whose
 * protected region turned out empty, and so does glasspy.)
 */
function verifyStack(code: CodeData): number {
  const instrs = decode(code);
  const at = new Map(instrs.map((i, k) => [i.pc, k]));
  const depth = new Array<number | undefined>(instrs.length);
  let max = 0;
  const work: [number, number][] = [];
  const reach = (k: number | undefined, d: number, why: string) => {
    if (k === undefined) throw new Error(`${code.qualname}: ${why} goes nowhere`);
    if (d < 0) throw new Error(`${code.qualname}: negative depth at ${instrs[k].pc} (${why})`);
    if (depth[k] === undefined) {
      depth[k] = d;
      work.push([k, d]);
    } else if (depth[k] !== d) {
      throw new Error(`${code.qualname}: depth ${depth[k]} and ${d} at ${instrs[k].pc} (${why})`);
    }
    max = Math.max(max, d);
  };
  const generator = (code.flags & (CodeFlag.GENERATOR | CodeFlag.COROUTINE | CodeFlag.ASYNC_GENERATOR)) !== 0;
  reach(0, generator ? 1 : 0, "entry");
  /* handlers, also those whose region cannot raise */
  for (const e of code.exceptionTable) reach(at.get(e.target), e.depth + (e.lasti ? 1 : 0) + 1, "handler");
  while (work.length) {
    const [k, d] = work.pop()!;
    const i = instrs[k];
    for (const e of code.exceptionTable) {
      if (i.pc >= e.start && i.pc < e.end) {
        if (d < e.depth) throw new Error(`${code.qualname}: depth ${d} below handler depth ${e.depth} at ${i.pc}`);
        reach(at.get(e.target), e.depth + (e.lasti ? 1 : 0) + 1, "handler");
      }
    }
    const operand = opSpecs[opNames[i.op]].operand;
    const next = d + stackEffect(i.op, i.arg, false);
    const end = i.pc + i.size;
    if (operand === Operand.JumpForward) reach(at.get(end + i.arg), d + stackEffect(i.op, i.arg, true), opNames[i.op]);
    if (operand === Operand.JumpBackward) reach(at.get(end - i.arg), d + stackEffect(i.op, i.arg, true), opNames[i.op]);
    if (!NO_FALLTHROUGH.has(i.op)) {
      if (k + 1 >= instrs.length) throw new Error(`${code.qualname}: falls off the end`);
      reach(k + 1, next, "fallthrough");
    } else if (next < 0) {
      throw new Error(`${code.qualname}: negative depth at ${i.pc}`);
    }
  }
  for (const e of code.exceptionTable) if (!at.has(e.target)) throw new Error(`${code.qualname}: handler off an instruction`);
  return max;
}

const loc = { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 1 };
const name = (id: string, ctx: ast.ExprContext = "Load"): ast.Name => ({ kind: "Name", id, ctx, ...loc });

/** `for i in x:` with `n` statements `a<k> = b<k> + c<k>` in the body. */
function longLoop(n: number): ast.Module {
  const body: ast.Stmt[] = [];
  for (let k = 0; k < n; k++) {
    const value: ast.BinOp = { kind: "BinOp", left: name(`b${k}`), op: "Add", right: name(`c${k}`), ...loc };
    body.push({ kind: "Assign", targets: [name(`a${k}`, "Store")], value, ...loc, lineno: k + 2, end_lineno: k + 2 });
  }
  return { kind: "Module", body: [{ kind: "For", target: name("i", "Store"), iter: name("x"), body, orelse: [], ...loc }] };
}

describe("stack discipline of the final bytecode", () => {
  for (const s of loadSnippets()) {
    it(s.name, () => {
      const tree = astFromJson(s.ast as never) as ast.Module;
      for (const code of allCodes(compile(tree, "snippet.py", s.mode, { optimize: s.optimize }))) {
        expect(verifyStack(code)).toBe(code.stacksize);
      }
    });
  }

  it("detects a broken stack", () => {
    const code = compile(longLoop(1), "t.py", "exec");
    const broken = { ...code, code: code.code.slice() };
    const pop = broken.code.findIndex((u) => (u & 0xff) === Op.STORE_NAME);
    broken.code[pop] = Op.POP_TOP | (0 << 8);
    broken.code[pop - 1] = Op.NOP;
    expect(() => verifyStack(broken)).toThrow(/depth/);
  });
});

describe("EXTENDED_ARG", () => {
  const code = compile(longLoop(150), "t.py", "exec");
  const instrs = instructions(code);

  it("prefixes opargs wider than a byte", () => {
    const ext = instrs.filter((i) => i.opname === "EXTENDED_ARG");
    expect(ext.length).toBeGreaterThan(100);
    const loadB149 = instrs.findIndex((i) => i.opname === "LOAD_NAME" && i.argrepr === "b149");
    expect(instrs[loadB149 - 1].opname).toBe("EXTENDED_ARG");
    expect(instrs[loadB149].arg).toBeGreaterThan(255);
  });

  it("makes long jumps land where they should", () => {
    const forIter = instrs.find((i) => i.opname === "FOR_ITER")!;
    const back = instrs.find((i) => i.opname === "JUMP_BACKWARD")!;
    expect(back.arg).toBeGreaterThan(255);
    expect(forIter.arg).toBeGreaterThan(255);
    /* the backward jump goes to the EXTENDED_ARG in front of FOR_ITER, the exit to the instruction after the loop */
    const forIterStart = instrs[instrs.indexOf(forIter) - 1];
    expect(forIterStart.opname).toBe("EXTENDED_ARG");
    expect(back.argrepr).toBe(`to ${forIterStart.offset}`);
    const afterLoop = instrs[instrs.indexOf(back) + 1];
    expect(forIter.argrepr).toBe(`to ${afterLoop.offset}`);
    expect(afterLoop.isJumpTarget).toBe(true);
    expect(verifyStack(code)).toBe(code.stacksize);
  });

  it("gives the prefixes the position of their instruction", () => {
    for (let pc = 0; pc < code.code.length; pc++) {
      if ((code.code[pc] & 0xff) !== Op.EXTENDED_ARG) continue;
      expect(code.positions.subarray(pc * 4, pc * 4 + 4)).toEqual(code.positions.subarray(pc * 4 + 4, pc * 4 + 8));
    }
  });
});

describe("exception table", () => {
  const snippet = loadSnippets().find((s) => s.name === "try_except")!;
  const code = compile(astFromJson(snippet.ast as never) as ast.Module, "snippet.py", "exec");
  const instrs = instructions(code);
  const opAt = (unit: number) => instrs.find((i) => i.offset === unit * 2)!;

  it("has an entry per protected region, in order, not overlapping", () => {
    expect(code.exceptionTable.length).toBeGreaterThan(2);
    for (let k = 1; k < code.exceptionTable.length; k++) {
      expect(code.exceptionTable[k].start).toBeGreaterThanOrEqual(code.exceptionTable[k - 1].end);
    }
  });

  it("sends the try body to PUSH_EXC_INFO without lasti, and handlers to their cleanups with lasti", () => {
    const [body, ...handlers] = code.exceptionTable;
    expect(opAt(body.target).opname).toBe("PUSH_EXC_INFO");
    expect([body.depth, body.lasti]).toEqual([0, false]);
    for (const e of handlers) {
      expect([e.depth, e.lasti]).toEqual([1, true]);
      const target = opAt(e.target);
      /* the cleanup re-raising with the previous exception restored, or the `e = None; del e` of `as e` */
      expect(target.opname === "COPY" && target.arg === 3 || target.opname === "LOAD_CONST" && target.argrepr === "None").toBe(true);
    }
  });
});
