/**
 * A disassembler with the layout of CPython 3.11's `dis.dis`: line numbers where a line
 * starts, `>>` on jump and handler targets, offsets in bytes (2 per code unit), the opname,
 * the oparg, and what the oparg means, then the exception table; nested code objects follow,
 * each under a `Disassembly of <code object ...>:` header.
 *
 * Everything about an opcode comes from `opSpecs`: its name, and how to read its oparg.
 * glasspy has no CACHE entries or PRECALL, so offsets and jump opargs are not CPython's.
 */
import { binaryOpSymbols, compareOpSymbols, opNames, opSpecs, Op, Operand } from "./opcodes.js";
import { isCodeData, type CodeData } from "./code.js";
import { codeRepr, constRepr } from "./constants.js";

export interface DisInstruction {
  /** Offset in bytes, as dis reports it. */
  readonly offset: number;
  readonly opname: string;
  readonly op: Op;
  /** The full oparg (EXTENDED_ARG prefixes applied), or undefined if the opcode takes none. */
  readonly arg: number | undefined;
  readonly argrepr: string;
  /** The line this instruction starts, if it starts one. */
  readonly startsLine: number | undefined;
  readonly isJumpTarget: boolean;
}

const FORMAT_CONVERSIONS = ["", "str", "repr", "ascii"];
const MAKE_FUNCTION_FLAGS = ["defaults", "kwdefaults", "annotations", "closure"];

/** `findlinestarts`: byte offset -> line, where the line changes (positions without a line are skipped). */
export function lineStarts(code: CodeData): Map<number, number> {
  const starts = new Map<number, number>();
  let last: number | undefined;
  for (let pc = 0; pc < code.code.length; pc++) {
    const line = code.positions[pc * 4];
    if (line >= 0 && line !== last) {
      starts.set(pc * 2, line);
      last = line;
    }
  }
  return starts;
}

interface RawInstruction {
  offset: number;
  op: Op;
  arg: number | undefined;
}

function* unpack(code: CodeData): Generator<RawInstruction> {
  let extended = 0;
  for (let pc = 0; pc < code.code.length; pc++) {
    const unit = code.code[pc];
    const op = (unit & 0xff) as Op;
    const spec = opSpecs[opNames[op]];
    if (spec.operand === Operand.None) {
      extended = 0;
      yield { offset: pc * 2, op, arg: undefined };
      continue;
    }
    const arg = (unit >> 8) | extended;
    extended = op === Op.EXTENDED_ARG ? arg << 8 : 0;
    yield { offset: pc * 2, op, arg };
  }
}

function jumpTarget(i: RawInstruction): number | undefined {
  const operand = opSpecs[opNames[i.op]].operand;
  if (operand === Operand.JumpForward) return i.offset + 2 + i.arg! * 2;
  if (operand === Operand.JumpBackward) return i.offset + 2 - i.arg! * 2;
  return undefined;
}

function argRepr(code: CodeData, i: RawInstruction): string {
  const arg = i.arg!;
  switch (opSpecs[opNames[i.op]].operand) {
    /* 3.11's dis does not count KW_NAMES among the constant-loading opcodes, and prints no names */
    case Operand.Const: return i.op === Op.KW_NAMES ? "" : constRepr(code.consts[arg]);
    case Operand.Name: return code.names[arg];
    case Operand.GlobalName: return (arg & 1 ? "NULL + " : "") + code.names[arg >> 1];
    case Operand.Local:
    case Operand.Deref:
      return code.localsplusnames[arg];
    case Operand.JumpForward:
    case Operand.JumpBackward:
      return `to ${jumpTarget(i)}`;
    case Operand.BinaryOp: return binaryOpSymbols[arg];
    case Operand.Compare: return compareOpSymbols[arg];
    default:
      if (i.op === Op.FORMAT_VALUE) {
        let repr = FORMAT_CONVERSIONS[arg & 3];
        if (arg & 4) repr += repr ? ", with format" : "with format";
        return repr;
      }
      if (i.op === Op.MAKE_FUNCTION) return MAKE_FUNCTION_FLAGS.filter((_, k) => arg & (1 << k)).join(", ");
      return "";
  }
}

/** The instructions of one code object, as `dis.get_instructions` describes them. */
export function instructions(code: CodeData): DisInstruction[] {
  const raw = [...unpack(code)];
  const labels = new Set<number>();
  for (const i of raw) {
    const target = jumpTarget(i);
    if (target !== undefined) labels.add(target);
  }
  for (const e of code.exceptionTable) labels.add(e.target * 2);
  const starts = lineStarts(code);
  return raw.map((i) => ({
    offset: i.offset,
    opname: opNames[i.op],
    op: i.op,
    arg: i.arg,
    argrepr: i.arg === undefined ? "" : argRepr(code, i),
    startsLine: starts.get(i.offset),
    isJumpTarget: labels.has(i.offset),
  }));
}

function disassembleOne(code: CodeData, out: string[]): void {
  const starts = lineStarts(code);
  const maxLine = Math.max(0, ...starts.values());
  const linenoWidth = starts.size === 0 ? 0 : maxLine >= 1000 ? String(maxLine).length : 3;
  const maxOffset = code.code.length * 2 - 2;
  const offsetWidth = maxOffset >= 10000 ? String(maxOffset).length : 4;
  for (const i of instructions(code)) {
    if (linenoWidth && i.startsLine !== undefined && i.offset > 0) out.push("");
    const fields: string[] = [];
    if (linenoWidth) fields.push(i.startsLine !== undefined ? String(i.startsLine).padStart(linenoWidth) : " ".repeat(linenoWidth));
    fields.push("   ");
    fields.push(i.isJumpTarget ? ">>" : "  ");
    fields.push(String(i.offset).padStart(offsetWidth));
    fields.push(i.opname.padEnd(20));
    if (i.arg !== undefined) {
      fields.push(String(i.arg).padStart(5));
      if (i.argrepr) fields.push(`(${i.argrepr})`);
    }
    out.push(fields.join(" ").trimEnd());
  }
  if (code.exceptionTable.length) {
    out.push("ExceptionTable:");
    for (const e of code.exceptionTable) {
      out.push(`  ${e.start * 2} to ${e.end * 2 - 2} -> ${e.target * 2} [${e.depth}]${e.lasti ? " lasti" : ""}`);
    }
  }
}

function disassembleRecursive(code: CodeData, out: string[]): void {
  disassembleOne(code, out);
  for (const c of code.consts) {
    if (!isCodeData(c)) continue;
    out.push("");
    out.push(`Disassembly of ${codeRepr(c)}:`);
    disassembleRecursive(c, out);
  }
}

/** `dis.dis(code)`: the code object and, recursively, the code objects among its constants. */
export function disassemble(code: CodeData): string {
  const out: string[] = [];
  disassembleRecursive(code, out);
  return out.join("\n") + "\n";
}
