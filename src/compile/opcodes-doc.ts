/**
 * docs/opcodes.md, generated from `opSpecs`: `node scripts/gen-opcodes-doc.mjs` writes it, and
 * test/compile/opcodes-doc.test.ts fails when the file is not current.
 */
import { Operand, opNames, opSpecs } from "./opcodes.js";

const operandNames: Record<Operand, string> = {
  [Operand.None]: "—",
  [Operand.Number]: "number",
  [Operand.Const]: "`consts[arg]`",
  [Operand.Name]: "`names[arg]`",
  [Operand.GlobalName]: "`names[arg >> 1]`, bit 0: push NULL",
  [Operand.Local]: "fast local",
  [Operand.Deref]: "cell or free variable",
  [Operand.JumpForward]: "jump forward",
  [Operand.JumpBackward]: "jump backward",
  [Operand.BinaryOp]: "operator (`binaryOpSymbols`)",
  [Operand.Compare]: "comparison (`compareOpSymbols`)",
};

const INTRO = `# glasspy opcodes

<!-- Generated from src/compile/opcodes.ts by \`node scripts/gen-opcodes-doc.mjs\`; do not edit. -->

glasspy's bytecode is CPython 3.11's, minus the adaptive interpreter's machinery. A code unit is
16 bits, \`opcode | oparg << 8\`; an oparg wider than a byte is built by \`EXTENDED_ARG\` prefixes,
each contributing the next higher byte. Jumps are relative: the target is the offset of the
instruction after the jump plus (FORWARD) or minus (BACKWARD) the oparg, in code units.

Stack formulas read \`(inputs -- outputs)\`, the top of the stack on the right; \`[x]\` is present
only when the oparg says so. The stack effect column is what the compiler's stack-depth pass uses;
"varies" means it depends on the oparg or on whether a jump is taken, as the formula says.

## How this differs from CPython 3.11

Bytecode:

- No inline \`CACHE\` entries and no specialised instructions, so offsets and jump opargs are
  smaller than CPython's for the same code. The exception table and the positions table count
  code units too.
- What the eval loop runs is a copy of the units (inline in the code object, as CPython's
  \`co_code_adaptive\`) in which the first unit of some common pairs and triples is a
  superinstruction numbered after the last opcode: \`LOAD_FAST\`/\`LOAD_CONST\`/\`STORE_FAST\`
  pairs, \`COMPARE_OP\` with the conditional jump after it, and the loads of a \`BINARY_OP\`'s
  operands with the \`BINARY_OP\` (src/compile/superinstructions.ts). \`co_code\`, \`dis\` and
  every table show the compiler's units; the inline caches of \`LOAD_GLOBAL\`, \`LOAD_ATTR\`,
  \`STORE_ATTR\` and \`LOAD_METHOD\` live beside the code object (src/vm/inline-cache.ts).
- No \`PRECALL\`: \`CALL n\` takes \`NULL callable args\` or \`method self args\` directly
  (CPython's \`PRECALL n; CALL n\`, with the same net stack effect).
- \`KW_NAMES\` is kept; \`dis\` prints it without its names, as 3.11's \`dis\` does.
- Opcode numbers are glasspy's own (the order of \`Op\`), not CPython's.
- Not present, because glasspy does not compile the constructs that need them (the compiler
  raises \`SyntaxError: ... is not supported by glasspy\`): the async opcodes (\`GET_AWAITABLE\`,
  \`GET_AITER\`, \`GET_ANEXT\`, \`END_ASYNC_FOR\`, \`BEFORE_ASYNC_WITH\`, \`ASYNC_GEN_WRAP\`) and
  \`except*\` (\`CHECK_EG_MATCH\`, \`PREP_RERAISE_STAR\`).
- \`localspluskinds\` marks parameters with \`ARG\` as well as \`LOCAL\` (3.11 leaves the argument
  bits unused).

Compiler:

- The instruction sequences, opargs, constants, names, locals, positions, stack sizes and
  exception tables are CPython 3.11's (test/compile/cpython.test.ts compares them over 133
  snippets). The exceptions:
  - constant folding leaves a few expressions to run time that CPython folds: true division of
    integers beyond 2**53, \`**\` on complex numbers, and the set operators on frozensets;
  - \`async def\`, \`await\`, \`async for\`/\`with\`, \`try/except*\` and
    \`from __future__ import annotations\` are rejected with a SyntaxError;
  - no SyntaxWarnings are issued (\`"is" with a literal\`, \`assertion is always true\`, ...).
- Columns in positions count UTF-16 code units, as the parser's do; CPython counts UTF-8 bytes.

## Opcodes

| # | opcode | oparg | stack effect | meaning |
|---|--------|-------|--------------|---------|
`;

function effectText(name: (typeof opNames)[number]): string {
  const effect = opSpecs[name].effect;
  return typeof effect === "number" ? String(effect) : "varies";
}

export function opcodesMarkdown(): string {
  const rows = opNames.map((name, i) => {
    const spec = opSpecs[name];
    const formula = spec.formula.replaceAll("|", "\\|");
    return `| ${i} | \`${name}\` | ${operandNames[spec.operand]} | ${effectText(name)} | \`${formula}\` |`;
  });
  return INTRO + rows.join("\n") + "\n";
}
