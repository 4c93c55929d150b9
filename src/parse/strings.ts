// String literals and their implicit concatenation (`"a" "b"`, `"a" f"{b}"`), as CPython's
// `_PyPegen_concatenate_strings` builds them: one `Constant` (str or bytes) for a group without
// f-strings, else one `JoinedStr` whose adjacent literal parts are merged and empty ones dropped.
// Every `Constant` and `FormattedValue` directly in the JoinedStr spans the whole group.

import type { SyntaxNode } from "@lezer/common";
import type * as ast from "./ast.js";
import type { Ctx } from "./context.js";
import { parseFString, type FStringParts } from "./fstring.js";
import { LiteralError, decodeBytes, decodeEscapes, splitString } from "./literals.js";
import { Tok } from "./tokenizer.js";

/** Where CPython reports errors it raises while building a string group: the token after it. */
export function afterGroupError(cx: Ctx, msg: string, groupEnd: number): never {
  const tok = cx.tokens[cx.tokenAt(groupEnd)];
  if (tok === undefined) cx.fail(msg, groupEnd, groupEnd);
  cx.fail(msg, tok.start, tok.end);
}

export function stringGroup(cx: Ctx, parts: SyntaxNode[], whole: SyntaxNode): ast.Expr {
  // The tokenizer's STRING tokens give each part's true extent; Lezer's string nodes can run on
  // when the string holds something its f-string grammar rejects.
  const tokens = parts.map((p) => {
    let i = cx.tokenAt(p.from);
    while (cx.tokens[i]?.type === Tok.Indent || cx.tokens[i]?.type === Tok.Dedent) i++;
    const tok = cx.tokens[i];
    if (tok === undefined || tok.start !== p.from || tok.type !== Tok.String) return cx.syntaxError(p);
    return { from: tok.start, to: tok.end, ...splitString(cx.slice(tok.start, tok.end)) };
  });
  const groupEnd = tokens[tokens.length - 1].to;
  const loc = cx.loc(whole.from, groupEnd);
  const bytesMode = tokens[0].isBytes;
  for (const t of tokens) {
    if (t.isBytes !== bytesMode) afterGroupError(cx, "cannot mix bytes and nonbytes literals", groupEnd);
  }
  try {
    if (bytesMode) {
      const chunks: Uint8Array[] = [];
      for (const t of tokens) {
        if (/[^\x00-\x7f]/.test(t.body)) cx.fail("bytes can only contain ASCII literal characters", t.from, t.to);
        chunks.push(decodeBytes(t.body, t.isRaw));
      }
      const value = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
      let at = 0;
      for (const c of chunks) {
        value.set(c, at);
        at += c.length;
      }
      return { kind: "Constant", value, const_kind: undefined, ...loc };
    }
    const kind = cx.slice(tokens[0].from, tokens[0].to).startsWith("u") ? "u" : undefined;
    const acc: FStringParts = { values: [], pending: "", fmode: false };
    for (const t of tokens) {
      if (t.isFormat) {
        acc.fmode = true;
        parseFString(cx, acc, t.from + t.bodyStart, t.body, t.isRaw, loc, cx.loc(t.from, t.to), kind, groupEnd);
      } else acc.pending += t.isRaw ? t.body : decodeEscapes(t.body);
    }
    if (!acc.fmode) return { kind: "Constant", value: acc.pending, const_kind: kind, ...loc };
    if (acc.pending !== "") acc.values.push({ kind: "Constant", value: acc.pending, const_kind: kind, ...loc });
    return { kind: "JoinedStr", values: acc.values, ...loc };
  } catch (e) {
    if (e instanceof LiteralError) afterGroupError(cx, e.msg, groupEnd);
    throw e;
  }
}
