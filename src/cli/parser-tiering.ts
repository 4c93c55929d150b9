/**
 * The Python parser's functions are never optimised by V8 in the `glasspy` command.
 *
 * A program is parsed once, at its start, in 5-20 ms, by Lezer's LR parser (@lezer/lr, its
 * trees from @lezer/common, the grammar's tokenizers from @lezer/python). Its functions get hot
 * within that parse, and V8 queued TurboFan compilations of them (getActions 9 ms of compiler
 * time, getGoto, readToken, addActions, reduceContext, ...: 8-27 ms a program, by
 * `--trace-opt`) that finished after the parse was over, on the one compiler thread, ahead of
 * the program's own hot code, which a program's first run waits for. Marked never to be
 * optimised, they run as V8's baseline code: a program that parses much (exec and eval in a
 * loop, a long REPL session) parses at that speed.
 *
 * The list comes from the snapshot's bundle (scripts/build.mjs's parserCodeList plugin:
 * `globalThis.__glasspyParserCode`, the packages' top-level functions and classes); the mark
 * is V8's `%NeverOptimizeFunction` (the command runs with `--allow-natives-syntax`), made while
 * the snapshot is built, and kept by the snapshot on the functions' shared info. Elsewhere
 * (the plain bundle, the library, the tests) nothing is listed and nothing is marked.
 */

/** The snapshot's builder: mark the listed functions, every method of the listed classes too. */
export function keepParserFromOptimisation(): number {
  const listed = (globalThis as { __glasspyParserCode?: unknown[] }).__glasspyParserCode;
  delete (globalThis as { __glasspyParserCode?: unknown[] }).__glasspyParserCode;
  if (listed === undefined) return 0;
  const neverOptimise = new Function("f", "%NeverOptimizeFunction(f)") as (f: unknown) => void;
  const marked = new Set<unknown>();
  const mark = (f: unknown): void => {
    if (typeof f !== "function" || marked.has(f)) return;
    marked.add(f);
    neverOptimise(f);
  };
  const markMembers = (holder: object): void => {
    for (const key of Object.getOwnPropertyNames(holder)) {
      if (key === "constructor" || key === "prototype" || key === "length" || key === "name") continue;
      const d = Object.getOwnPropertyDescriptor(holder, key)!;
      mark(d.value);
      mark(d.get);
      mark(d.set);
    }
  };
  for (const f of listed) {
    mark(f);
    if (typeof f === "function") {
      markMembers(f);
      if (typeof f.prototype === "object" && f.prototype !== null) markMembers(f.prototype);
    }
  }
  return marked.size;
}
