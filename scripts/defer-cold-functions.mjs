/**
 * The start-up snapshot's cold functions, moved out of it (scripts/build.mjs runs this on the
 * snapshot's bundle before `node --build-snapshot`).
 *
 * V8 keeps a script's text twice for the whole run of a snapshot's process: in the blob, which
 * Node keeps, and as a string in V8's heap; and the bytecode of every function the snapshot's
 * builder ran, also twice. A function glasspy does not run when it starts and runs its warm-up
 * program (`counts`, below) costs that and is of no use: a function no ordinary program needs,
 * or one only the builder needs (bootstrapping an interpreter; not the modules' initialisers,
 * whose functions `counts` includes: see scripts/build.mjs). Such a function, at the top level of the bundle, is replaced by a stand-in of the
 * same name and parameters that, on its first call, has its source file's deferred functions
 * read from DIST/glasspy-deferred.code (src/cli/deferred-code.ts) and compiled, and then calls
 * the real one. The stand-in stays the function's identity: tables built at start-up hold it,
 * and comparisons with it keep their meaning. The chunks the builder loads are dropped before
 * V8 writes the snapshot (src/cli/snapshot.ts), so neither their text nor their bytecode is in
 * it.
 *
 * In the build of 2026-11-23: 673 functions of 172 source files, the bundle's 1.12 MB of text
 * down to 0.89 MB (stand-ins and loader included).
 *
 * A deferred function is compiled outside the bundle's scope (`new Function`), so the bundle's
 * names it uses are handed to it as parameters, their values when its chunk is loaded. Only
 * functions whose free names are all bindings the bundle never assigns after declaring them
 * (functions, classes, constants) or globals are deferred; a direct `eval` in the bundle's
 * scope would have kept every one of the bundle's top-level variables alive instead (255 KB
 * more of V8's heap, measured). Names are resolved by TypeScript's checker.
 *
 * Which functions glasspy runs comes from V8's coverage of the warm-up program run from a
 * first snapshot (`counts`: the call count of each function by the offset of its `function`
 * keyword in `code`).
 */
import path from "node:path";
import ts from "typescript";

/** The deferred code's file in DIST (src/cli/deferred-code.ts reads it). */
export const DEFERRED_CODE_FILE = "glasspy-deferred.code";

/**
 * Functions shorter than this stay: a stand-in is about 50 characters and a file's chunk is
 * read whole; the short ones are mostly helpers of hot code.
 */
const MIN_DEFERRED_CHARS = 160;

/** How many chunks' lists of values one function of the prelude gives (a power of 2). */
const VALUE_GROUP = 8;

/**
 * Source files whose functions always stay: the loader's own, and the Python parser's (its
 * functions are held back from TurboFan by name at start-up, src/cli/parser-tiering.ts, which a
 * stand-in would hide).
 */
const NEVER_DEFERRED = /[\\/](src[\\/]cli[\\/]deferred-code\.ts|node_modules[\\/]@lezer[\\/].*)$/;

// ── source maps ─────────────────────────────────────────────────────────────────────────

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const BASE64_VALUE = new Map([...BASE64].map((c, i) => [c, i]));

/** A source map's `mappings` as segments with absolute fields: [line, column, ...rest]. */
function decodeMappings(mappings) {
  const segments = [];
  const state = [0, 0, 0, 0];
  mappings.split(";").forEach((line, lineIndex) => {
    let column = 0;
    if (line === "") return;
    for (const text of line.split(",")) {
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const ch of text) {
        const digit = BASE64_VALUE.get(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0];
      const rest = [];
      for (let i = 1; i < fields.length; i++) rest.push((state[i - 1] += fields[i]));
      segments.push([lineIndex, column, ...rest]);
    }
  });
  return segments;
}

function encodeVlq(value) {
  let v = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = "";
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v > 0) digit |= 32;
    out += BASE64[digit];
  } while (v > 0);
  return out;
}

function encodeMappings(segments) {
  const lines = [];
  const state = [0, 0, 0, 0];
  let line = -1;
  let column = 0;
  let current;
  for (const [segLine, segColumn, ...rest] of segments) {
    while (line < segLine) {
      current = [];
      lines.push(current);
      line++;
      column = 0;
    }
    let text = encodeVlq(segColumn - column);
    column = segColumn;
    rest.forEach((v, i) => {
      text += encodeVlq(v - state[i]);
      state[i] = v;
    });
    current.push(text);
  }
  return lines.map((l) => l.join(",")).join(";");
}

/** The offsets at which each line of `text` starts. */
function lineStarts(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** The (line, column) of `offset` given `starts`. */
function position(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return [lo, offset - starts[lo]];
}

/**
 * `map` for the code `edits` (sorted [start, end, text] of `code`) make of it: a segment inside
 * replaced text is dropped, the others move with the text around them.
 */
function editedMap(map, code, edits, newCode) {
  const oldStarts = lineStarts(code);
  const newStarts = lineStarts(newCode);
  const segments = [];
  let e = 0;
  let delta = 0;
  for (const [line, column, ...rest] of decodeMappings(map.mappings)) {
    const offset = oldStarts[line] + column;
    while (e < edits.length && edits[e][1] <= offset && edits[e][0] < offset) {
      delta += edits[e][2].length - (edits[e][1] - edits[e][0]);
      e++;
    }
    if (e < edits.length && edits[e][0] < offset && offset < edits[e][1]) continue;
    segments.push([...position(newStarts, offset + delta), ...rest]);
  }
  return { ...map, mappings: encodeMappings(segments) };
}

// ── the bundle's names ──────────────────────────────────────────────────────────────────

/** The bundle parsed and checked (for its names' declarations). */
function checkedBundle(code) {
  const fileName = "/glasspy-snapshot.cjs";
  const options = { allowJs: true, noLib: true, noResolve: true, types: [] };
  const host = ts.createCompilerHost(options);
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.ESNext, true, ts.ScriptKind.JS);
  host.getSourceFile = (name) => (name === fileName ? file : undefined);
  host.fileExists = (name) => name === fileName;
  const checker = ts.createProgram([fileName], options, host).getTypeChecker();
  return { file, checker };
}

/** The statements of the bundle's `(() => { ... })();`. */
function bundleBody(file) {
  for (const statement of file.statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isCallExpression(statement.expression)) continue;
    let callee = statement.expression.expression;
    while (ts.isParenthesizedExpression(callee)) callee = callee.expression;
    if ((ts.isArrowFunction(callee) || ts.isFunctionExpression(callee)) && callee.body && ts.isBlock(callee.body)) {
      return callee.body;
    }
  }
  throw new Error("defer-cold-functions: the bundle is not one function expression called at once");
}

function bindingNames(name, out) {
  if (ts.isIdentifier(name)) out.push(name);
  else for (const element of name.elements) if (!ts.isOmittedExpression(element)) bindingNames(element.name, out);
}

/** The symbols the bundle's function declares at its top level. */
function topLevelSymbols(body, checker) {
  const names = [];
  for (const statement of body.statements) {
    if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) names.push(statement.name);
    else if (ts.isVariableStatement(statement)) for (const d of statement.declarationList.declarations) bindingNames(d.name, names);
  }
  return new Set(names.map((n) => checker.getSymbolAtLocation(n)).filter((s) => s !== undefined));
}

const isAssignment = (kind) => kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment;

/** The symbol an identifier in an expression stands for (a shorthand property's value's). */
function referenced(node, checker) {
  const parent = node.parent;
  if (ts.isShorthandPropertyAssignment(parent) && parent.name === node) return checker.getShorthandAssignmentValueSymbol(parent);
  return checker.getSymbolAtLocation(node);
}

/** Of `top`, the symbols something in `file` assigns or updates after their declaration. */
function assignedSymbols(file, checker, top) {
  const assigned = new Set();
  // The names an assignment's target binds: a name, or the names in a destructuring pattern
  // (a property or element being assigned binds none).
  const targets = (node) => {
    if (ts.isIdentifier(node)) {
      const symbol = referenced(node, checker);
      if (symbol !== undefined && top.has(symbol)) assigned.add(symbol);
    } else if (ts.isParenthesizedExpression(node) || ts.isSpreadElement(node)) {
      targets(node.expression);
    } else if (ts.isArrayLiteralExpression(node)) {
      node.elements.forEach(targets);
    } else if (ts.isObjectLiteralExpression(node)) {
      for (const property of node.properties) {
        if (ts.isPropertyAssignment(property)) targets(property.initializer);
        else if (ts.isShorthandPropertyAssignment(property)) targets(property.name);
        else if (ts.isSpreadAssignment(property)) targets(property.expression);
      }
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      targets(node.left); // a pattern's element with a default value
    }
  };
  const visit = (node) => {
    if (ts.isBinaryExpression(node) && isAssignment(node.operatorToken.kind)) targets(node.left);
    else if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node))
      && (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)) targets(node.operand);
    else if ((ts.isForInStatement(node) || ts.isForOfStatement(node)) && !ts.isVariableDeclarationList(node.initializer)) targets(node.initializer);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return assigned;
}

/** Whether identifier `node` names a property, a label or a destructured key, not a binding. */
function namesNoBinding(node) {
  const parent = node.parent;
  if ((ts.isPropertyAccessExpression(parent) || ts.isPropertyAssignment(parent) || ts.isMethodDeclaration(parent)
    || ts.isPropertyDeclaration(parent) || ts.isGetAccessorDeclaration(parent) || ts.isSetAccessorDeclaration(parent)
    || ts.isMetaProperty(parent)) && parent.name === node) return true;
  if (ts.isBindingElement(parent) && parent.propertyName === node) return true;
  return ts.isLabeledStatement(parent) || ts.isBreakOrContinueStatement(parent);
}

/**
 * What declaration `fn` needs from the bundle when compiled outside it: the top-level names
 * it uses (in order of first use) and whether it uses its own name other than to call
 * itself; undefined if it cannot be moved (it uses a binding the bundle assigns, or a name
 * neither the bundle nor the global object declares).
 */
function freeNames(fn, checker, top, assigned) {
  const own = checker.getSymbolAtLocation(fn.name);
  const names = new Set();
  let ownValueUse = false;
  let movable = true;
  const visit = (node) => {
    if (!movable) return;
    if (ts.isIdentifier(node) && node !== fn.name && !namesNoBinding(node)) {
      const symbol = referenced(node, checker);
      if (symbol === undefined) {
        if (node.text !== "arguments" && !(node.text in globalThis)) movable = false;
      } else if (top.has(symbol)) {
        if (assigned.has(symbol)) movable = false;
        names.add(node.text);
        if (symbol === own && !(ts.isCallExpression(node.parent) && node.parent.expression === node)) ownValueUse = true;
      }
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(fn, visit);
  return movable ? { names, ownValueUse } : undefined;
}

/** Whether `name` occurs in `text` as an identifier. */
function usesIdentifier(text, name) {
  return new RegExp(`(?<![\\w$])${name.replace(/\$/g, "\\$")}(?![\\w$])`).test(text);
}

/** A short identifier that `code` never uses. */
function unusedName(code, stem) {
  for (let i = 0; ; i++) {
    const name = `${stem}${i.toString(36)}`;
    if (!usesIdentifier(code, name)) return name;
  }
}

// ── the rewrite ─────────────────────────────────────────────────────────────────────────

/**
 * Rewrite `code` (the snapshot's bundle, with its source map `map`, an object) so that its cold
 * top-level functions are loaded on demand. Returns the new code and map, the deferred code's
 * file contents (`deferred`: a line with `buildId`, then the chunks), and what was deferred.
 */
export function deferColdFunctions({ code, map, counts, buildId }) {
  const { file, checker } = checkedBundle(code);
  const body = bundleBody(file);
  const top = topLevelSymbols(body, checker);
  const assigned = assignedSymbols(file, checker, top);
  const mapSegments = decodeMappings(map.mappings);
  const starts = lineStarts(code);
  const sourceAt = (offset) => {
    // The source of the last mapping at or before `offset` (the mappings are in order).
    let lo = 0;
    let hi = mapSegments.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [line, column, source] = mapSegments[mid];
      if (starts[line] + column <= offset) {
        found = source ?? found;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found < 0 ? "(none)" : map.sources[found];
  };

  const chunksBySource = new Map();
  for (const statement of body.statements) {
    if (!ts.isFunctionDeclaration(statement) || statement.name === undefined || statement.body === undefined) continue;
    const start = statement.getStart(file);
    const end = statement.end;
    if (end - start < MIN_DEFERRED_CHARS || (counts.get(start) ?? 0) !== 0) continue;
    const source = sourceAt(start);
    if (NEVER_DEFERRED.test(source)) continue;
    const free = freeNames(statement, checker, top, assigned);
    if (free === undefined) continue;
    if (!chunksBySource.has(source)) chunksBySource.set(source, { source, functions: [], names: new Set() });
    const chunk = chunksBySource.get(source);
    chunk.functions.push({ statement, start, end, ownValueUse: free.ownValueUse });
    for (const n of free.names) chunk.names.add(n);
  }
  const chunks = [...chunksBySource.values()];

  const table = unusedName(code, "$d");
  const loader = unusedName(code, "$l");
  const values = unusedName(code, "$v");
  const edits = [];
  const chunkTexts = [];
  chunks.forEach((chunk, chunkIndex) => {
    const texts = chunk.functions.map(({ statement, start, end, ownValueUse }, index) => {
      const name = statement.name.text;
      const text = code.slice(start, end);
      const simple = statement.parameters.every((p) => ts.isIdentifier(p.name) && p.initializer === undefined && p.dotDotDotToken === undefined)
        && !usesIdentifier(text, "arguments");
      const params = simple ? statement.parameters.map((p) => p.name.text).join(",") : "...a";
      const target = `(${table}[${chunkIndex}]||${loader}(${chunkIndex}))[${index}]`;
      const call = usesIdentifier(text, "this") ? `${target}.call(this${params === "" ? "" : `,${params}`})` : `${target}(${params})`;
      edits.push([start, end, `function ${name}(${params}){return ${call}}`]);
      // The real function, as an expression. It keeps its name (stack traces show it) unless its
      // body uses that name other than to call itself: the name would then be the real function
      // where the bundle's binding, which callers and tables hold, is the stand-in.
      const afterKeyword = statement.name.getStart(file) - start;
      const head = text.slice(0, afterKeyword).replace(/\s+$/, "");
      return `${head}${ownValueUse ? "" : ` ${name}`}${text.slice(afterKeyword + name.length)}`;
    });
    // (The second line names the chunk's source file, for GLASSPY_TRACE_DEFERRED.)
    chunkTexts.push(`${[...chunk.names].join(",")}\n//${path.basename(chunk.source)}\n"use strict";return[${texts.join(",")}]`);
  });
  // The file: the build's id, the chunks' offsets and lengths in bytes, then the chunks. (The
  // offsets count the line that lists them, whose length depends on them: repeat until stable.)
  const lengths = chunkTexts.map((t) => Buffer.byteLength(t));
  let spans = "";
  for (;;) {
    let at = Buffer.byteLength(`${buildId}\n${spans}\n`);
    const next = lengths.map((n) => {
      const span = `${at},${n}`;
      at += n;
      return span;
    }).join(",");
    if (next === spans) break;
    spans = next;
  }
  const deferred = `${buildId}\n${spans}\n${chunkTexts.join("")}`;

  // The stand-ins' loader, and the bundle's values each chunk is compiled with: a function for
  // every VALUE_GROUP chunks (V8 compiles a function whole, so one for them all would compile
  // every chunk's list when the first chunk is loaded).
  const groups = [];
  for (let g = 0; g * VALUE_GROUP < chunks.length; g++) {
    const cases = chunks.slice(g * VALUE_GROUP, (g + 1) * VALUE_GROUP)
      .map((chunk, i) => `case ${g * VALUE_GROUP + i}:return[${[...chunk.names].join(",")}]`).join(";");
    groups.push(`function ${values}_${g.toString(36)}(k){switch(k){${cases}}}`);
  }
  const groupNames = groups.map((_, g) => `${values}_${g.toString(36)}`);
  for (const name of groupNames) if (usesIdentifier(code, name)) throw new Error(`defer-cold-functions: the bundle already uses ${name}`);
  const prelude = `var ${table}=[];function ${loader}(k){return globalThis.__glasspyDeferredCode(k,[${groupNames.join(",")}][k>>${Math.log2(VALUE_GROUP)}](k),${table})}${groups.join("")}`;
  edits.push([body.getStart(file) + 1, body.getStart(file) + 1, prelude]);
  edits.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let out = "";
  let at = 0;
  for (const [start, end, text] of edits) {
    out += code.slice(at, start) + text;
    at = end;
  }
  out += code.slice(at);
  return {
    code: out, deferred, map: editedMap(map, code, edits, out),
    stats: {
      chunks: chunks.length, functions: edits.length - 1,
      movedChars: chunks.reduce((n, c) => n + c.functions.reduce((m, f) => m + f.end - f.start, 0), 0),
      addedChars: edits.reduce((n, [, , t]) => n + t.length, 0),
    },
  };
}
