// f-string bodies, transcribed from CPython 3.11's Parser/string_parser.c (`fstring_find_literal`,
// `fstring_find_expr`, `_PyPegen_FstringParser_ConcatFstring`).
//
// In 3.11 an f-string is one STRING token; its replacement fields are found by scanning the body
// (tracking quotes and brackets, never backslashes), and each field's expression is parsed on its
// own, wrapped in parentheses (piece.ts). Errors found by the scan are raised, as CPython raises
// them, at the token after the string group; errors inside the expression are prefixed with
// "f-string: " and placed in the parenthesised copy.

import type * as ast from "./ast.js";
import type { Ctx } from "./context.js";
import { decodeEscapes } from "./literals.js";
import { parseFStringExpr } from "./piece.js";
import { afterGroupError } from "./strings.js";

/** The JoinedStr being built for a string group. */
export interface FStringParts {
  values: ast.Expr[];
  /** Literal text not yet turned into a Constant (merged across parts and tokens). */
  pending: string;
  fmode: boolean;
}

const CONVERSIONS: Record<string, 115 | 114 | 97> = { s: 115, r: 114, a: 97 };
const CLOSERS: Record<string, string> = { "(": ")", "[": "]", "{": "}" };

class FStringScanner {
  pos = 0;

  constructor(
    private readonly cx: Ctx,
    /** Offset of `body[0]` in the unit's text. */
    private readonly bodyFrom: number,
    private readonly body: string,
    private readonly raw: boolean,
    /** The whole string group's position, given to every part. */
    private readonly loc: ast.Located,
    /** This token's position, given to format specs and their last literal (as CPython does). */
    private readonly tokenLoc: ast.Located,
    private readonly kind: "u" | undefined,
    private readonly groupEnd: number,
  ) {}

  private fail(msg: string): never {
    return afterGroupError(this.cx, msg, this.groupEnd);
  }

  private constant(value: string, loc = this.loc): ast.Constant {
    return { kind: "Constant", value, const_kind: this.kind, ...loc };
  }

  /** `_PyPegen_FstringParser_ConcatFstring`: literals and fields up to the end or a `}`. */
  concat(acc: FStringParts, level: number): void {
    const end = this.body.length;
    for (;;) {
      const doubled = this.literal(acc, level);
      if (doubled) continue;
      if (this.pos >= end || this.body[this.pos] === "}") break;
      const [field, exprText] = this.field(level);
      if (exprText !== undefined) acc.pending += exprText;
      if (acc.pending !== "") {
        acc.values.push(this.constant(acc.pending));
        acc.pending = "";
      }
      acc.values.push(field);
    }
    if (level !== 0 && this.body[this.pos] !== "}") this.fail("f-string: expecting '}'");
  }

  /** `fstring_find_literal`; true when it stopped at a doubled brace (to be continued). */
  private literal(acc: FStringParts, level: number): boolean {
    const body = this.body;
    const end = body.length;
    const start = this.pos;
    let s = this.pos;
    let doubled = false;
    let litEnd = -1;
    while (s < end) {
      let ch = body[s++];
      if (!this.raw && ch === "\\" && s < end) {
        ch = body[s++];
        if (ch === "N") {
          if (s < end && body[s++] === "{") while (s < end && body[s++] !== "}");
          continue;
        }
      }
      if (ch === "{" || ch === "}") {
        if (level === 0) {
          if (s < end && body[s] === ch) {
            litEnd = s;
            this.pos = s + 1;
            doubled = true;
            break;
          }
          if (ch === "}") {
            this.pos = s - 1;
            this.fail("f-string: single '}' is not allowed");
          }
        }
        s--;
        break;
      }
    }
    if (!doubled) {
      litEnd = s;
      this.pos = s;
    }
    if (litEnd > start) {
      const text = body.slice(start, litEnd);
      acc.pending += this.raw ? text : decodeEscapes(text);
    }
    return doubled;
  }

  /** `fstring_find_expr`, at a `{`: the FormattedValue, and the `=` text if any. */
  private field(level: number): [ast.FormattedValue, string | undefined] {
    const body = this.body;
    const end = body.length;
    if (level >= 2) this.fail("f-string: expressions nested too deeply");
    this.pos++;
    const exprStart = this.pos;
    let quote = "";
    let tripleQuoted = false;
    const brackets: string[] = [];
    for (; this.pos < end; this.pos++) {
      const ch = body[this.pos];
      if (ch === "\\") this.fail("f-string expression part cannot include a backslash");
      if (quote !== "") {
        if (ch === quote) {
          if (!tripleQuoted) quote = "";
          else if (this.pos + 2 < end && body[this.pos + 1] === ch && body[this.pos + 2] === ch) {
            this.pos += 2;
            quote = "";
          }
        }
        continue;
      }
      if (ch === "'" || ch === '"') {
        tripleQuoted = this.pos + 2 < end && body[this.pos + 1] === ch && body[this.pos + 2] === ch;
        if (tripleQuoted) this.pos += 2;
        quote = ch;
      } else if (ch === "[" || ch === "{" || ch === "(") {
        brackets.push(ch);
      } else if (ch === "#") {
        this.fail("f-string expression part cannot include '#'");
      } else if (brackets.length === 0 && "!:}=<>".includes(ch)) {
        const next = body[this.pos + 1];
        if (next === "=" && ch !== "}" && ch !== ":") {
          this.pos++;
          continue;
        }
        if (ch === ">" || ch === "<") continue;
        break;
      } else if (ch === "]" || ch === "}" || ch === ")") {
        const open = brackets.pop();
        if (open === undefined) this.fail(`f-string: unmatched '${ch}'`);
        if (CLOSERS[open] !== ch) {
          this.fail(`f-string: closing parenthesis '${ch}' does not match opening parenthesis '${open}'`);
        }
      }
    }
    const exprEnd = this.pos;
    if (quote !== "") this.fail("f-string: unterminated string");
    if (brackets.length > 0) this.fail(`f-string: unmatched '${brackets[brackets.length - 1]}'`);
    if (this.pos >= end) this.fail("f-string: expecting '}'");

    if (/^[ \t\n\f]*$/.test(body.slice(exprStart, exprEnd))) {
      const stop = body[exprEnd];
      if (stop === "!" || stop === ":" || stop === "=") this.fail(`f-string: expression required before '${stop}'`);
      this.fail("f-string: empty expression not allowed");
    }
    const value = parseFStringExpr(this.cx, this.bodyFrom + exprStart, this.bodyFrom + exprEnd);

    let exprText: string | undefined;
    if (body[this.pos] === "=") {
      this.pos++;
      while (this.pos < end && /\s/.test(body[this.pos])) this.pos++;
      if (this.pos >= end) this.fail("f-string: expecting '}'");
      exprText = body.slice(exprStart, this.pos);
    }
    let conversion: -1 | 115 | 114 | 97 = -1;
    if (body[this.pos] === "!") {
      this.pos++;
      if (this.pos >= end) this.fail("f-string: expecting '}'");
      const c = CONVERSIONS[body[this.pos]];
      this.pos++;
      if (c === undefined) this.fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      conversion = c;
    }
    let formatSpec: ast.JoinedStr | undefined;
    if (this.pos < end && body[this.pos] === ":") {
      this.pos++;
      if (this.pos >= end) this.fail("f-string: expecting '}'");
      const spec: FStringParts = { values: [], pending: "", fmode: true };
      this.concat(spec, level + 1);
      if (spec.pending !== "") spec.values.push(this.constant(spec.pending, this.tokenLoc));
      formatSpec = { kind: "JoinedStr", values: spec.values, ...this.tokenLoc };
    }
    if (this.pos >= end || body[this.pos] !== "}") this.fail("f-string: expecting '}'");
    this.pos++;
    if (exprText !== undefined && formatSpec === undefined && conversion === -1) conversion = 114;
    return [{ kind: "FormattedValue", value, conversion, format_spec: formatSpec, ...this.loc }, exprText];
  }
}

/** Add one f-string token's parts (body at `bodyFrom` in the unit's text) to `acc`. */
export function parseFString(
  cx: Ctx,
  acc: FStringParts,
  bodyFrom: number,
  body: string,
  raw: boolean,
  loc: ast.Located,
  tokenLoc: ast.Located,
  kind: "u" | undefined,
  groupEnd: number,
): void {
  const scanner = new FStringScanner(cx, bodyFrom, body, raw, loc, tokenLoc, kind, groupEnd);
  scanner.concat(acc, 0);
  if (scanner.pos < body.length - 1) afterGroupError(cx, "f-string: unexpected end of string", groupEnd);
}
