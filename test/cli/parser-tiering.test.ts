// The snapshot's builder marks the parser's functions never to be optimised
// (src/cli/parser-tiering.ts): the functions and classes the bundle lists, and every method,
// getter and setter of those classes, and then drops the list.
import { describe, expect, it } from "vitest";
import { setFlagsFromString } from "node:v8";
import { keepParserFromOptimisation } from "../../src/cli/parser-tiering.js";

// (--fuzzing: V8's %OptimizeFunctionOnNextCall of a function marked never to be optimised then
// does nothing instead of aborting the process.)
setFlagsFromString("--allow-natives-syntax");
setFlagsFromString("--fuzzing");
/** Whether V8 optimises `f` when asked to at its next call (status bit kOptimized, 1 << 4). */
const optimisable = new Function(
  "f",
  "%PrepareFunctionForOptimization(f); f(1); f(2); %OptimizeFunctionOnNextCall(f); f(3); return (%GetOptimizationStatus(f) & 16) !== 0",
) as (f: unknown) => boolean;

describe("the parser's functions in the snapshot", () => {
  it("are marked never to be optimised, with their classes' methods, and the list is dropped", () => {
    function listedFunction(x: number): number {
      return x + 1;
    }
    class Listed {
      method(x: number): number {
        return x * 2;
      }
      get value(): number {
        return 3;
      }
      static make(x: number): number {
        return x - 1;
      }
    }
    function notListed(x: number): number {
      return x + 2;
    }
    (globalThis as { __glasspyParserCode?: unknown[] }).__glasspyParserCode = [listedFunction, Listed, undefined];
    // The function, the class's constructor, its method, getter and static method.
    expect(keepParserFromOptimisation()).toBe(5);
    expect((globalThis as { __glasspyParserCode?: unknown[] }).__glasspyParserCode).toBeUndefined();
    expect(optimisable(listedFunction)).toBe(false);
    expect(optimisable(Listed.prototype.method)).toBe(false);
    expect(optimisable(Object.getOwnPropertyDescriptor(Listed.prototype, "value")!.get)).toBe(false);
    expect(optimisable(Listed.make)).toBe(false);
    expect(optimisable(notListed)).toBe(true);
    // Nothing listed (the plain bundle, the library): nothing marked.
    expect(keepParserFromOptimisation()).toBe(0);
  });
});
