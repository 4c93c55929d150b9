// The REPL's question after each line: whole statement, beginning of one, or error? The
// expectations are what CPython 3.11's interactive prompt does with the same keystrokes.
import { describe, expect, it } from "vitest";
import { classifyInteractive } from "../../src/parse/interactive.js";

function kind(...lines: string[]): string {
  const r = classifyInteractive(lines);
  return r.kind === "error" ? `error: ${r.error.msg} (line ${r.error.lineno})` : r.kind;
}

describe("interactive input", () => {
  it("runs a simple statement at once", () => {
    expect(kind("x = 1")).toBe("complete");
    expect(kind("x = 1; y = 2")).toBe("complete");
    expect(kind("print(1)")).toBe("complete");
  });

  it("treats blank and comment lines at the prompt as nothing", () => {
    expect(kind("")).toBe("empty");
    expect(kind("   ")).toBe("empty");
    expect(kind("# a comment")).toBe("empty");
  });

  it("continues inside brackets, strings and after a backslash, blank lines included", () => {
    expect(kind("x = (1,")).toBe("incomplete");
    expect(kind("x = (1,", "")).toBe("incomplete");
    expect(kind("x = (1,", "", "2)")).toBe("complete");
    expect(kind("s = '''abc")).toBe("incomplete");
    expect(kind("s = '''abc", "def'''")).toBe("complete");
    expect(kind("x = 1 + \\")).toBe("incomplete");
    expect(kind("x = 1 + \\", "2")).toBe("complete");
  });

  it("ends a compound statement only at a blank line", () => {
    expect(kind("if True:")).toBe("incomplete");
    expect(kind("if True:", "    x = 1")).toBe("incomplete");
    expect(kind("if True:", "    x = 1", "")).toBe("complete");
    expect(kind("if 1: print(1)")).toBe("incomplete");
    expect(kind("if 1: print(1)", "")).toBe("complete");
    expect(kind("def f():", "    # body to come")).toBe("incomplete");
    expect(kind("@dec")).toBe("incomplete");
    expect(kind("@dec", "def f(): pass")).toBe("incomplete");
    expect(kind("try:", "    pass")).toBe("incomplete");
    expect(kind("if x:", "    pass", "else:")).toBe("incomplete");
    expect(kind("class A:", "    def f(self):", "        return 1")).toBe("incomplete");
  });

  it("reports at once what cannot be the start of a statement", () => {
    expect(kind("1 +")).toBe("error: invalid syntax (line 1)");
    expect(kind("x = )")).toBe("error: unmatched ')' (line 1)");
    expect(kind("for x in")).toMatch(/^error: /);
    expect(kind("'abc")).toBe("error: unterminated string literal (detected at line 1) (line 1)");
  });

  it("gives a file's error when a blank line ends an unfinished statement", () => {
    expect(kind("try:", "    pass", "")).toBe("error: expected 'except' or 'finally' block (line 3)");
    expect(kind("if True:", "")).toMatch(/^error: expected an indented block after 'if' statement on line 1/);
    expect(kind("@dec", "")).toBe("error: invalid syntax (line 2)");
  });

  it("says invalid syntax for a line back at column 0 inside a compound statement", () => {
    expect(kind("if 1:", "    pass", "x = 5")).toBe("error: invalid syntax (line 3)");
  });
});
