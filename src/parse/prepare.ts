// The text Lezer parses: the source respelled, character for character, where Lezer's Python
// grammar would reject valid Python 3.11. Offsets are unchanged, so every node position still
// refers to the source, and the builder reads literal text from the source itself.
//
//  - Floats ending in a dot (`1.`, `1.e5`, `1.j`): Lezer wants a digit after the dot, so the dot
//    is spelled `0` (the value is read from the source).
//  - Decorators other than `@dotted.name` or `@dotted.name(args)` (PEP 614), and `with … as`
//    targets other than a plain name: the expression is spelled as a same-length name of
//    underscores, recorded as a placeholder, and parsed on its own by the builder.
//  - Parenthesised `with` items (`with (a as b, c as d):`): the parentheses, and the line breaks
//    and comments between them, are spelled as spaces.
//  - Star expressions in subscripts (`tuple[*Ts]`, PEP 646): the `*` is spelled as a space and
//    its offset recorded in `stars`.
//  - `lambda` parameters: a trailing comma is spelled as a space, and a `/` as `*` with its
//    offset recorded in `stars` (Lezer's lambda grammar knows neither).
//  - Dotted names as mapping-pattern keys (`case {Color.RED: x}`): spelled as a same-length
//    name of underscores, recorded as a placeholder (Lezer takes only a plain name there).

import { Tok, type Token } from "./tokenizer.js";

export interface Prepared {
  text: string;
  placeholders: Set<number>;
  stars: Set<number>;
}

export function prepare(source: string, tokens: Token[]): Prepared {
  const respelled: { chars: string[] | null } = { chars: null };
  const edit = (from: number, to: number, f: (c: string, i: number) => string) => {
    const chars = respelled.chars ?? (respelled.chars = source.split(""));
    for (let i = from; i < to; i++) chars[i] = f(chars[i], i);
  };
  const placeholders = new Set<number>();
  const stars = new Set<number>();
  const text = (t: Token) => source.slice(t.start, t.end);
  const match = matchBrackets(source, tokens);
  const opens = enclosingBrackets(source, tokens);

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === Tok.Number) {
      const s = text(t);
      const dot = s.search(/\.(?![0-9])/);
      if (dot >= 0) edit(t.start + dot, t.start + dot + 1, () => "0");
      continue;
    }
    if (t.type === Tok.Op && text(t) === "*" && i > 0 && (text(tokens[i - 1]) === "[" || text(tokens[i - 1]) === ",")) {
      const open = opens[i];
      const isPattern = open !== undefined && open > 0 && startsStatement(tokens, open - 1) &&
        (text(tokens[open - 1]) === "case" || text(tokens[open - 1]) === "match");
      if (open !== undefined && text(tokens[open]) === "[" && open > 0 && !isPattern && endsExpression(source, tokens[open - 1])) {
        edit(t.start, t.end, () => " ");
        stars.add(t.start);
      }
      continue;
    }
    if (t.type === Tok.Name && text(t) === "lambda") {
      lambdaParams(source, tokens, i, match, edit, stars);
      continue;
    }
    if (t.type !== Tok.Op && t.type !== Tok.Name) continue;
    if (!startsStatement(tokens, i)) continue;
    const word = text(t);
    if (word === "@") {
      const end = lineEnd(tokens, i);
      if (!simpleDecorator(source, tokens, i + 1, end, match) && i + 1 < end) {
        const from = tokens[i + 1].start;
        edit(from, tokens[end - 1].end, () => "_");
        placeholders.add(from);
      }
    } else if (word === "with" || (word === "async" && text(tokens[i + 1] ?? t) === "with")) {
      const w = word === "with" ? i : i + 1;
      withStatement(source, tokens, w, match, edit, placeholders);
    } else if (word === "case") {
      dottedMappingKeys(source, tokens, i, edit, placeholders);
    }
  }
  return { text: respelled.chars === null ? source : respelled.chars.join(""), placeholders, stars };
}

/** For each opening bracket token, the index of its closing one. */
function matchBrackets(source: string, tokens: Token[]): Map<number, number> {
  const match = new Map<number, number>();
  const stack: number[] = [];
  tokens.forEach((t, i) => {
    if (t.type !== Tok.Op || t.end - t.start !== 1) return;
    const c = source[t.start];
    if (c === "(" || c === "[" || c === "{") stack.push(i);
    else if (c === ")" || c === "]" || c === "}") {
      const open = stack.pop();
      if (open !== undefined) match.set(open, i);
    }
  });
  return match;
}

/** For each token inside brackets, the index of the innermost open bracket around it. */
function enclosingBrackets(source: string, tokens: Token[]): (number | undefined)[] {
  const out: (number | undefined)[] = [];
  const stack: number[] = [];
  tokens.forEach((t, i) => {
    out.push(stack[stack.length - 1]);
    if (t.type !== Tok.Op || t.end - t.start !== 1) return;
    const c = source[t.start];
    if (c === "(" || c === "[" || c === "{") stack.push(i);
    else if (c === ")" || c === "]" || c === "}") stack.pop();
  });
  return out;
}

/** Whether a token can end an expression, so that a `[` after it opens a subscript. */
function endsExpression(source: string, t: Token): boolean {
  const s = source.slice(t.start, t.end);
  if (t.type === Tok.Name) return !KEYWORDS_BEFORE_DISPLAY.has(s);
  return t.type === Tok.String || t.type === Tok.Number || s === ")" || s === "]" || s === "}";
}

const KEYWORDS_BEFORE_DISPLAY = new Set([
  "and", "as", "assert", "await", "del", "elif", "else", "for", "from", "if", "import", "in", "is",
  "lambda", "not", "or", "raise", "return", "while", "with", "yield",
]);

function lambdaParams(
  source: string,
  tokens: Token[],
  i: number,
  match: Map<number, number>,
  edit: (from: number, to: number, f: (c: string, i: number) => string) => void,
  stars: Set<number>,
): void {
  const text = (k: number) => source.slice(tokens[k].start, tokens[k].end);
  let k = i + 1;
  while (k < tokens.length && text(k) !== ":" && tokens[k].type !== Tok.Newline) {
    const alone = (text(k - 1) === "," || k === i + 1) && (text(k + 1) === "," || text(k + 1) === ":");
    if (text(k) === "/" && tokens[k].type === Tok.Op && alone) {
      edit(tokens[k].start, tokens[k].end, () => "*");
      stars.add(tokens[k].start);
    }
    const close = match.get(k);
    k = close !== undefined ? close + 1 : k + 1;
  }
  if (text(k) === ":" && k > i + 1 && text(k - 1) === ",") edit(tokens[k - 1].start, tokens[k - 1].end, () => " ");
}

function startsStatement(tokens: Token[], i: number): boolean {
  if (i === 0) return true;
  const prev = tokens[i - 1].type;
  return prev === Tok.Newline || prev === Tok.Indent || prev === Tok.Dedent;
}

/**
 * Mapping-pattern keys that are dotted names (`case {Color.RED: x}`), in the header of a
 * `case` clause (up to its colon): Lezer's grammar takes only a plain name there. Each is
 * spelled as a same-length name of underscores, recorded as a placeholder, and parsed on its
 * own by the builder. (A line starting with a variable named `case` has no such key: a dict
 * display with a dotted key is not respelled unless it follows a `{` or `,` of the header.)
 */
function dottedMappingKeys(
  source: string, tokens: Token[], i: number, edit: (from: number, to: number, f: (c: string) => string) => void,
  placeholders: Set<number>,
): void {
  const text = (k: number) => source.slice(tokens[k].start, tokens[k].end);
  const end = lineEnd(tokens, i);
  const open: string[] = [];
  for (let k = i + 1; k < end; k++) {
    const s = text(k);
    if (tokens[k].type === Tok.Op) {
      if (s === ":" && open.length === 0) return;
      if (s === "(" || s === "[" || s === "{") open.push(s);
      else if (s === ")" || s === "]" || s === "}") open.pop();
    }
    if (open[open.length - 1] !== "{" || (s !== "{" && s !== ",")) continue;
    // A key: NAME ("." NAME)+ followed by ":".
    let j = k + 1;
    if (j >= end || tokens[j].type !== Tok.Name) continue;
    j++;
    let dots = 0;
    while (j + 1 < end && text(j) === "." && tokens[j + 1].type === Tok.Name) {
      j += 2;
      dots++;
    }
    if (dots === 0 || j >= end || text(j) !== ":") continue;
    const from = tokens[k + 1].start;
    edit(from, tokens[j - 1].end, () => "_");
    placeholders.add(from);
  }
}

/** Index of the NEWLINE ending the logical line that token `i` is on. */
function lineEnd(tokens: Token[], i: number): number {
  while (i < tokens.length && tokens[i].type !== Tok.Newline && tokens[i].type !== Tok.EndMarker) i++;
  return i;
}

function simpleDecorator(source: string, tokens: Token[], i: number, end: number, match: Map<number, number>): boolean {
  const text = (k: number) => source.slice(tokens[k].start, tokens[k].end);
  if (i >= end || tokens[i].type !== Tok.Name) return false;
  i++;
  while (i + 1 < end && text(i) === "." && tokens[i + 1].type === Tok.Name) i += 2;
  if (i === end) return true;
  if (text(i) === "(" && match.get(i) === end - 1) return true;
  return false;
}

function withStatement(
  source: string,
  tokens: Token[],
  w: number,
  match: Map<number, number>,
  edit: (from: number, to: number, f: (c: string, i: number) => string) => void,
  placeholders: Set<number>,
): void {
  const text = (k: number) => source.slice(tokens[k].start, tokens[k].end);
  let first = w + 1;
  let last = first;
  // The header ends at the first ':' outside brackets.
  while (last < tokens.length && text(last) !== ":" && tokens[last].type !== Tok.Newline) {
    const close = match.get(last);
    last = close !== undefined ? close + 1 : last + 1;
  }
  if (last >= tokens.length || text(last) !== ":") return;
  let stop = last;
  const open = first;
  if (text(open) === "(" && match.get(open) === last - 1 && hasItemSyntax(tokens, text, match, open + 1, last - 1)) {
    const closeTok = tokens[last - 1];
    // Keep the tokens, blank everything else between the brackets (spaces, line breaks, comments).
    const keep = new Set<number>();
    for (let k = open + 1; k < last - 1; k++) for (let c = tokens[k].start; c < tokens[k].end; c++) keep.add(c);
    edit(tokens[open].start, closeTok.end, (c, idx) => (keep.has(idx) ? c : " "));
    first = open + 1;
    stop = last - 1;
  }
  // Each `as` target that is not a plain name becomes a placeholder.
  let k = first;
  while (k < stop) {
    if (text(k) === "as" && tokens[k].type === Tok.Name) {
      let e = k + 1;
      while (e < stop && text(e) !== ",") {
        const close = match.get(e);
        e = close !== undefined ? close + 1 : e + 1;
      }
      if (e - (k + 1) > 1 || (e > k + 1 && tokens[k + 1].type !== Tok.Name)) {
        const from = tokens[k + 1].start;
        edit(from, tokens[e - 1].end, () => "_");
        placeholders.add(from);
      }
      k = e;
      continue;
    }
    const close = match.get(k);
    k = close !== undefined ? close + 1 : k + 1;
  }
}

/** Whether the tokens in [from, to) hold a top-level comma or `as`: with items, not an expression. */
function hasItemSyntax(
  tokens: Token[],
  text: (k: number) => string,
  match: Map<number, number>,
  from: number,
  to: number,
): boolean {
  let k = from;
  while (k < to) {
    const t = text(k);
    if (t === "," || (t === "as" && tokens[k].type === Tok.Name)) return true;
    if (t === "for" || t === "yield") return false;
    const close = match.get(k);
    k = close !== undefined ? close + 1 : k + 1;
  }
  return false;
}
