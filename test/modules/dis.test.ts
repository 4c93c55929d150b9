/**
 * `dis` and `opcode` (lib/dis.py, lib/opcode.py, src/modules/opcode.ts) where glasspy's
 * bytecode is not CPython's: calls (no PRECALL, no CACHE entries, so smaller offsets), nested
 * code objects (their headers carry addresses), EXTENDED_ARG, exception tables and raw bytes.
 * The expected listings are written by hand from CPython 3.11's layout with glasspy's real
 * bytecode; test/programs/introspection/ compares the cases where the bytecode is CPython's.
 */
import { describe, expect, it } from "vitest";
import { Interpreter } from "../../src/index.js";

function run(source: string): string {
  let out = "";
  let err = "";
  const interp = new Interpreter({ stdout: (t) => { out += t; }, stderr: (t) => { err += t; } });
  const status = interp.runSource(source);
  const { liveBlocks } = interp.close();
  expect(err).toBe("");
  expect(status).toBe(0);
  expect(liveBlocks).toBe(0);
  return out.replace(/ at 0x[0-9a-f]+,/g, " at 0xADDR,");
}

const lines = (...l: string[]) => l.join("\n") + "\n";

describe("dis", () => {
  it("lists a call without PRECALL, KW_NAMES without its names", () => {
    const out = run(`import dis
def call(obj, a):
    print(a, sep="")
    return obj.method(a, key=1)
dis.dis(call)
`);
    expect(out).toBe(lines(
      "  2           0 RESUME                   0",
      "",
      "  3           2 LOAD_GLOBAL              1 (NULL + print)",
      "              4 LOAD_FAST                1 (a)",
      "              6 LOAD_CONST               1 ('')",
      "              8 KW_NAMES                 2",
      "             10 CALL                     2",
      "             12 POP_TOP",
      "",
      "  4          14 LOAD_FAST                0 (obj)",
      "             16 LOAD_METHOD              1 (method)",
      "             18 LOAD_FAST                1 (a)",
      "             20 LOAD_CONST               3 (1)",
      "             22 KW_NAMES                 4",
      "             24 CALL                     2",
      "             26 RETURN_VALUE",
    ));
  });

  it("disassembles nested code objects after their parent, under a header", () => {
    const out = run(`import dis
def outer():
    def inner(y):
        return y
    return inner
dis.dis(outer)
dis.dis(outer, depth=0)
`);
    const outerListing = [
      "  2           0 RESUME                   0",
      "",
      '  3           2 LOAD_CONST               1 (<code object inner at 0xADDR, file "<string>", line 3>)',
      "              4 MAKE_FUNCTION            0",
      "              6 STORE_FAST               0 (inner)",
      "",
      "  5           8 LOAD_FAST                0 (inner)",
      "             10 RETURN_VALUE",
    ];
    expect(out).toBe(lines(
      ...outerListing,
      "",
      'Disassembly of <code object inner at 0xADDR, file "<string>", line 3>:',
      "  3           0 RESUME                   0",
      "",
      "  4           2 LOAD_FAST                0 (y)",
      "              4 RETURN_VALUE",
      ...outerListing,
    ));
  });

  it("shows a with statement's exception table in glasspy's offsets, and encodes it as CPython does", () => {
    const out = run(`import dis
def with_block(m):
    with m:
        pass
dis.dis(with_block)
print(with_block.__code__.co_exceptiontable)
`);
    expect(out).toBe(lines(
      "  2           0 RESUME                   0",
      "",
      "  3           2 LOAD_FAST                0 (m)",
      "              4 BEFORE_WITH",
      "              6 POP_TOP",
      "",
      "  4           8 NOP",
      "",
      "  3          10 LOAD_CONST               0 (None)",
      "             12 LOAD_CONST               0 (None)",
      "             14 LOAD_CONST               0 (None)",
      "             16 CALL                     2",
      "             18 POP_TOP",
      "             20 LOAD_CONST               0 (None)",
      "             22 RETURN_VALUE",
      "        >>   24 PUSH_EXC_INFO",
      "             26 WITH_EXCEPT_START",
      "             28 POP_JUMP_FORWARD_IF_TRUE     4 (to 38)",
      "             30 RERAISE                  2",
      "        >>   32 COPY                     3",
      "             34 POP_EXCEPT",
      "             36 RERAISE                  1",
      "        >>   38 POP_TOP",
      "             40 POP_EXCEPT",
      "             42 POP_TOP",
      "             44 POP_TOP",
      "             46 LOAD_CONST               0 (None)",
      "             48 RETURN_VALUE",
      "ExceptionTable:",
      "  6 to 6 -> 24 [1] lasti",
      "  24 to 30 -> 32 [3] lasti",
      "  38 to 38 -> 32 [3] lasti",
      // start 3, length 1, target 12, depth 1 | lasti; ...: 6-bit groups, 0x80 opens an entry
      "b'\\x83\\x01\\x0c\\x03\\x8c\\x04\\x10\\x07\\x93\\x01\\x10\\x07'",
    ));
  });

  it("joins EXTENDED_ARG into the oparg and lists raw bytes without line numbers", () => {
    const out = run(`import dis, opcode
src = "x = 0\\n" + "".join("x = %d\\n" % i for i in range(1, 300))
code = compile(src, "<big>", "exec")
ins = [i for i in dis.get_instructions(code) if i.opname in ("EXTENDED_ARG", "LOAD_CONST")]
print(ins[-2].opname, ins[-2].arg, ins[-2].offset, ins[-1].opname, ins[-1].arg, repr(ins[-1].argval), ins[-1].offset)
print(ins[-2].opcode == opcode.EXTENDED_ARG, ins[-1].opcode == opcode.opmap["LOAD_CONST"])
def f(a):
    return g(a)
dis.dis(f.__code__.co_code)
`);
    expect(out).toBe(lines(
      "EXTENDED_ARG 1 1290 LOAD_CONST 300 None 1292",
      "True True",
      "          0 RESUME                   0",
      "          2 LOAD_GLOBAL              1",
      "          4 LOAD_FAST                0",
      "          6 CALL                     1",
      "          8 RETURN_VALUE",
    ));
  });

  it("widens the line column past line 999 and reports line starts from co_lines", () => {
    const out = run(`import dis
code = compile("\\n" * 1233 + "a = b", "<far>", "exec")
dis.dis(code)
print(list(dis.findlinestarts(code)), list(code.co_lines()))
`);
    expect(out).toBe(lines(
      "   0           0 RESUME                   0",
      "",
      "1234           2 LOAD_NAME                0 (b)",
      "               4 STORE_NAME               1 (a)",
      "               6 LOAD_CONST               0 (None)",
      "               8 RETURN_VALUE",
      "[(0, 0), (2, 1234)] [(0, 2, 0), (2, 4, 1234), (4, 6, 1234), (6, 8, 1234), (8, 10, 1234)]",
    ));
  });

  it("has Bytecode, distb's error and the stack effect of glasspy's CALL", () => {
    const out = run(`import dis, opcode
def f(a):
    return a
b = dis.Bytecode(f)
print(repr(b).startswith("Bytecode(<function f at "), b.first_line, b.info().splitlines()[0])
print(b.dis() == "".join(i._disassemble() + "\\n" + ("\\n" if i.offset == 0 else "") for i in b))
try:
    dis.distb()
except RuntimeError as e:
    print("RuntimeError:", e)
print([dis.stack_effect(opcode.opmap["CALL"], n) for n in range(4)])
print(opcode.HAVE_ARGUMENT == opcode.EXTENDED_ARG, opcode.opname[opcode.HAVE_ARGUMENT])
print(sorted(opcode.opname[op] for op in opcode.hasarg if op not in opcode.hasjrel)[:3])
`);
    expect(out).toBe(lines(
      "True 2 Name:              f",
      "True",
      "RuntimeError: no last traceback to disassemble",
      "[-1, -2, -3, -4]",
      "True EXTENDED_ARG",
      "['BINARY_OP', 'BUILD_CONST_KEY_MAP', 'BUILD_LIST']",
    ));
  });
});
