// Loading the fixtures recorded by record.py, and putting glasspy's output in the same shape.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as ast from "../../src/parse/ast.js";
import { FrozensetConst, TupleConst, isCodeData, type CodeConst, type CodeData } from "../../src/compile/code.js";
import { constRepr } from "../../src/compile/constants.js";
import { instructions } from "../../src/compile/disassemble.js";
import { Op } from "../../src/compile/opcodes.js";

export interface CodeFixture {
  name: string;
  qualname: string;
  firstlineno: number;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  flags: number;
  stacksize: number;
  consts: string[];
  names: string[];
  localsplusnames: string[];
  /** [opname, arg, argrepr, [line, endLine, col, endCol]] */
  instructions: [string, number | null, string, number[]][];
  /** [start, last, target] as instruction indices, depth, lasti */
  exceptionTable: [number, number, number, number, boolean][];
}

export interface SnippetFixture {
  name: string;
  mode: "exec" | "eval" | "single";
  optimize: number;
  source: string;
  ast: unknown;
  dis: string;
  codes: CodeFixture[];
}

export interface ErrorFixture {
  name: string;
  mode: "exec" | "eval" | "single";
  source: string;
  ast: unknown;
  error: { msg: string; lineno: number; offset: number; end_lineno: number; end_offset: number };
}

export interface TableFixture {
  name: string;
  type: string;
  nested: boolean;
  symbols: Record<string, string>;
  children: TableFixture[];
}

export interface SymtableFixture {
  name: string;
  mode: "exec" | "eval" | "single";
  source: string;
  ast: unknown;
  table: TableFixture;
}

const fixturePath = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

export const loadSnippets = (): SnippetFixture[] => JSON.parse(readFileSync(fixturePath("snippets.json"), "utf8"));
export const loadErrors = (): ErrorFixture[] => JSON.parse(readFileSync(fixturePath("errors.json"), "utf8"));
export const loadSymtables = (): SymtableFixture[] => JSON.parse(readFileSync(fixturePath("symtables.json"), "utf8"));

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function constFromJson(j: { [k: string]: Json }): ast.ConstValue {
  switch (j.t) {
    case "None": return null;
    case "Ellipsis": return ast.Ellipsis;
    case "bool": return j.v as boolean;
    case "int": return BigInt(j.v as string);
    case "float": return pyFloat(j.v as string);
    case "complex": return new ast.ComplexConst(pyFloat(j.re as string), pyFloat(j.im as string));
    case "str": return j.v as string;
    case "bytes": return Uint8Array.from(j.v as number[]);
  }
  throw new Error(`unknown constant ${JSON.stringify(j)}`);
}

function pyFloat(s: string): number {
  if (s === "inf") return Infinity;
  if (s === "-inf") return -Infinity;
  if (s === "nan") return NaN;
  return Number(s);
}

/** The AST that `ast.parse` made, in glasspy's AST types (None becomes undefined). */
export function astFromJson(j: Json): unknown {
  if (j === null) return undefined;
  if (Array.isArray(j)) return j.map(astFromJson);
  if (typeof j !== "object") return j;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(j)) {
    if (j.kind === "Constant" && k === "value") out.value = constFromJson(v as { [k: string]: Json });
    else out[k] = astFromJson(v);
  }
  return out;
}

/** The repr record.py gives a constant: code objects by name and line, frozensets sorted. */
export function normConstRepr(c: CodeConst): string {
  if (isCodeData(c)) return `<code object ${c.name}, line ${c.firstlineno}>`;
  if (c instanceof FrozensetConst) return `frozenset({${c.items.map(normConstRepr).sort().join(", ")}})`;
  if (c instanceof TupleConst) {
    const items = c.items.map(normConstRepr);
    return items.length === 1 ? `(${items[0]},)` : `(${items.join(", ")})`;
  }
  return constRepr(c);
}

export function allCodes(code: CodeData): CodeData[] {
  const out = [code];
  for (const c of code.consts) if (isCodeData(c)) out.push(...allCodes(c));
  return out;
}

const JUMPS = new Set<string>([
  "FOR_ITER", "JUMP_FORWARD", "JUMP_BACKWARD", "JUMP_BACKWARD_NO_INTERRUPT", "POP_JUMP_FORWARD_IF_FALSE",
  "POP_JUMP_FORWARD_IF_TRUE", "POP_JUMP_FORWARD_IF_NONE", "POP_JUMP_FORWARD_IF_NOT_NONE", "POP_JUMP_BACKWARD_IF_FALSE",
  "POP_JUMP_BACKWARD_IF_TRUE", "POP_JUMP_BACKWARD_IF_NONE", "POP_JUMP_BACKWARD_IF_NOT_NONE", "JUMP_IF_FALSE_OR_POP",
  "JUMP_IF_TRUE_OR_POP", "SEND",
]);

/** A glasspy code object in the shape of record.py's `code_json`. */
export function codeFixture(code: CodeData): CodeFixture {
  const instrs = instructions(code);
  const indexOf = new Map(instrs.map((i, k) => [i.offset, k]));
  const lastAtOrBefore = (offset: number) => instrs.reduce((best, i, k) => (i.offset <= offset ? k : best), -1);
  return {
    name: code.name,
    qualname: code.qualname,
    firstlineno: code.firstlineno,
    argcount: code.argcount,
    posonlyargcount: code.posonlyargcount,
    kwonlyargcount: code.kwonlyargcount,
    flags: code.flags,
    stacksize: code.stacksize,
    consts: code.consts.map(normConstRepr),
    names: [...code.names],
    localsplusnames: [...code.localsplusnames],
    instructions: instrs.map((i) => {
      const pc = i.offset / 2;
      const pos = Array.from(code.positions.subarray(pc * 4, pc * 4 + 4));
      if (JUMPS.has(i.opname)) {
        const target = Number(i.argrepr.slice(3));
        return [i.opname, null, `to #${indexOf.get(target)}`, pos];
      }
      let argrepr = i.argrepr;
      if (i.op === Op.LOAD_CONST || i.op === Op.KW_NAMES) argrepr = normConstRepr(code.consts[i.arg!]);
      return [i.opname, i.arg ?? null, argrepr, pos];
    }),
    exceptionTable: code.exceptionTable.map((e) => [
      indexOf.get(e.start * 2)!, lastAtOrBefore(e.end * 2 - 2), indexOf.get(e.target * 2)!, e.depth, e.lasti,
    ]),
  };
}

/**
 * A `dis.dis` text with what legitimately differs removed: PRECALL lines, offsets (jump targets
 * and exception-table offsets become instruction indices), jump opargs, code object addresses,
 * and the order of frozenset items.
 */
export function normalizeDis(text: string): string[] {
  const out: string[] = [];
  text = text.replace(/<code object (\S+) at 0x[0-9a-f]+, file "[^"]*", line (\d+)>/g, "<code object $1, line $2>");
  const sections = text.split(/^(?=Disassembly of )/m);
  for (const section of sections) {
    const lines = section.split("\n");
    const instrRe = /^([ \d]*?) {5}(>>| {2}) *(\d+) ([A-Z_]+)(?: +(-?\d+)(?: +\((.*)\))?)?$/;
    const parsed = lines.map((l) => instrRe.exec(l));
    const offsets: number[] = [];
    for (const m of parsed) if (m && m[4] !== "PRECALL") offsets.push(Number(m[3]));
    /* a jump to a PRECALL lands on the CALL after it */
    const index = (offset: number) => offsets.findIndex((o) => o >= offset);
    const lastAtOrBefore = (offset: number) => offsets.reduce((best, o, k) => (o <= offset ? k : best), -1);
    /* a PRECALL's line number and jump mark belong to the CALL after it */
    let carried: { lineno: string; mark: string } | undefined;
    lines.forEach((line, k) => {
      const m = parsed[k];
      if (m) {
        if (m[4] === "PRECALL") {
          carried = { lineno: m[1], mark: m[2] };
          return;
        }
        let [, lineno, mark, , opname, arg, argrepr] = m;
        if (carried) {
          if (carried.lineno.trim()) lineno = carried.lineno;
          if (carried.mark === ">>") mark = ">>";
          carried = undefined;
        }
        const isJump = argrepr?.startsWith("to ");
        const repr = isJump ? `to #${index(Number(argrepr!.slice(3)))}` : sortFrozensets(argrepr ?? "");
        out.push(`${lineno.trim().padStart(3)} ${mark} ${opname} ${isJump ? "" : arg ?? ""} ${repr}`.trimEnd());
        return;
      }
      const e = /^ {2}(\d+) to (\d+) -> (\d+) \[(\d+)\]( lasti)?$/.exec(line);
      if (e) {
        out.push(`  #${index(Number(e[1]))} to #${lastAtOrBefore(Number(e[2]))} -> #${index(Number(e[3]))} [${e[4]}]${e[5] ?? ""}`);
        return;
      }
      out.push(line);
    });
  }
  return out;
}

function sortFrozensets(s: string): string {
  return s.replace(/frozenset\(\{([^{}()]*)\}\)/g, (_, items: string) => `frozenset({${items.split(", ").sort().join(", ")}})`);
}
