/**
 * The references a syntax tree would hold while the code compiled from it runs.
 *
 * When CPython runs source right after compiling it — the main script, `-c`, `exec` or `eval`
 * of a string, a REPL entry — its parser's arena, and with it the syntax tree, stays alive
 * until the code finishes, and every literal's node holds a reference to the object the code
 * uses as that constant. So at the top level of a script `x = 12345678; sys.getrefcount(x)`
 * is 4 (the constants tuple, the tree, `x`, the argument), where an imported module, whose
 * tree is freed before it runs, shows 3. glasspy has no such tree at run time; it holds one
 * reference to each distinct literal constant of the code (nested functions' included) for
 * the same span, and the counts agree.
 */
import type { Runtime } from "../objects/runtime.js";
import { Code, codeInfo } from "../objects/code.js";
import { tupleItem, tupleSize } from "../objects/tuple.js";

/** Take one reference to each distinct literal constant of `code` and its nested code. */
export function holdLiteralConstants(rt: Runtime, code: number): number[] {
  const held = new Set<number>();
  const visit = (c: number) => {
    const consts = rt.load(c + Code.CONSTS);
    for (const i of codeInfo(rt, c).data.literalConsts ?? []) held.add(tupleItem(rt, consts, i));
    for (let i = 0, n = tupleSize(rt, consts); i < n; i++) {
      const item = tupleItem(rt, consts, i);
      if (rt.typeOf(item) === rt.T.code) visit(item);
    }
  };
  visit(code);
  const objects = [...held];
  for (const o of objects) rt.incref(o);
  return objects;
}

/** Drop what holdLiteralConstants took. */
export function releaseLiteralConstants(rt: Runtime, held: readonly number[]): void {
  for (const o of held) rt.decref(o);
}
