// The parser against CPython 3.11 on the corpus of test/parse/cases.py, whose answers
// test/parse/record.py recorded in fixtures/ (re-run it after changing the corpus).

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { dumpAst } from "../../src/parse/dump.js";
import { formatSyntaxError, PySyntaxError } from "../../src/parse/errors.js";
import { parse, type Mode } from "../../src/parse/parser.js";

type Fixture = { name: string } & Record<string, unknown>;

function readFixtures(file: string): Fixture[] {
  const text = readFileSync(new URL(`./fixtures/${file}`, import.meta.url), "utf8");
  const out: Fixture[] = [];
  for (const line of text.split("\n")) {
    if (line.startsWith("=== ")) out.push({ name: line.slice(4) });
    else if (line !== "") {
      const colon = line.indexOf(": ");
      out[out.length - 1][line.slice(0, colon)] = JSON.parse(line.slice(colon + 2));
    }
  }
  return out;
}

function parseError(source: string, mode: Mode): PySyntaxError {
  try {
    parse(source, "x.py", mode);
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    throw e;
  }
  throw new Error("parsed without error");
}

describe("valid programs: ast.dump matches CPython", () => {
  for (const f of readFixtures("valid.txt")) {
    it(f.name, () => {
      const tree = parse(f.source as string, "x.py", f.mode as Mode);
      expect(dumpAst(tree)).toBe(f.dump);
      if (f.attrs !== undefined) expect(dumpAst(tree, true)).toBe(f.attrs);
    });
  }
});

describe("syntax errors: type, message, position and printout match CPython", () => {
  for (const f of readFixtures("errors.txt")) {
    it(f.name, () => {
      const err = parseError(f.source as string, f.mode as Mode);
      const want = f.error as Record<string, unknown>;
      expect({
        type: err.type,
        msg: err.msg,
        lineno: err.lineno,
        offset: err.offset,
        end_lineno: err.end_lineno,
        end_offset: err.end_offset,
        text: err.text?.replace(/\n$/, ""),
      }).toEqual({ ...want, text: (want.text as string | null)?.replace(/\n$/, "") });
      expect(formatSyntaxError(err)).toBe(f.printed);
    });
  }
});
