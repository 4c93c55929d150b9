/**
 * `_opcode`: the opcode table of src/compile/opcodes.ts as data, for lib/opcode.py and lib/dis.py.
 *
 *   stack_effect(opcode, oparg=None, *, jump=None)   CPython's function and errors, over
 *                                                     glasspy's opcodes and stack effects
 *   _opnames       tuple of glasspy's opcode names, indexed by opcode number
 *   _operands      tuple, per opcode, of what its oparg means: 'none', 'number', 'const',
 *                  'name', 'global_name', 'local', 'deref', 'jump_forward', 'jump_backward',
 *                  'binary_op', 'compare' (the `Operand` enum)
 *   _nb_ops        BINARY_OP's opargs as (NB_* name, symbol) pairs
 *   _cmp_op        COMPARE_OP's opargs as symbols
 *
 * Nothing here lists opcodes: every row comes from `opSpecs`, so lib/opcode.py follows the
 * compiler's table by construction. An opcode "takes an argument" when its operand is not
 * 'none' (glasspy's numbering does not put those above a HAVE_ARGUMENT threshold).
 */
import type { Runtime } from "../objects/runtime.js";
import type { NativeModuleDef } from "./native-module.js";
import { addModuleValue } from "./native-module.js";
import { argSpec, parseArgs } from "../objects/args.js";
import { newTuple, tupleSetItem } from "../objects/tuple.js";
import { newInt } from "../objects/int.js";
import { asCInt } from "./builtins-numeric.js";
import { binaryOpSymbols, compareOpSymbols, opNames, opSpecs, Operand, stackEffect, Op } from "../compile/opcodes.js";

const operandNames: Record<Operand, string> = {
  [Operand.None]: "none",
  [Operand.Number]: "number",
  [Operand.Const]: "const",
  [Operand.Name]: "name",
  [Operand.GlobalName]: "global_name",
  [Operand.Local]: "local",
  [Operand.Deref]: "deref",
  [Operand.JumpForward]: "jump_forward",
  [Operand.JumpBackward]: "jump_backward",
  [Operand.BinaryOp]: "binary_op",
  [Operand.Compare]: "compare",
};

/** The NB_* names of BINARY_OP's opargs, in `BinaryOp` order (CPython's Include/opcode.h). */
const nbOpNames = [
  "ADD", "AND", "FLOOR_DIVIDE", "LSHIFT", "MATRIX_MULTIPLY", "MULTIPLY", "REMAINDER", "OR", "POWER", "RSHIFT",
  "SUBTRACT", "TRUE_DIVIDE", "XOR",
];

function strTuple(rt: Runtime, items: readonly string[]): number {
  const t = newTuple(rt, items.length);
  items.forEach((s, i) => tupleSetItem(rt, t, i, rt.newStr(s)));
  return t;
}

function nbOps(rt: Runtime): number {
  const t = newTuple(rt, binaryOpSymbols.length);
  binaryOpSymbols.forEach((symbol, i) => {
    const base = nbOpNames[i % nbOpNames.length];
    const name = i < nbOpNames.length ? `NB_${base}` : `NB_INPLACE_${base}`;
    tupleSetItem(rt, t, i, strTuple(rt, [name, symbol]));
  });
  return t;
}

const stackEffectSpec = argSpec("stack_effect", ["opcode", "oparg=", "/", "*", "jump="]);
const stackEffectArgs = new Int32Array(3);

/** CPython's `_opcode.stack_effect`: its argument checks, in its order, then glasspy's table. */
function stackEffectFn(rt: Runtime, _m: number, args: number, nargs: number, kwnames: number): number {
  parseArgs(rt, stackEffectSpec, args, nargs, kwnames, stackEffectArgs);
  const opcode = asCInt(rt, stackEffectArgs[0]);
  const opargObj = stackEffectArgs[1] === 0 ? rt.S.None : stackEffectArgs[1];
  const jumpObj = stackEffectArgs[2] === 0 ? rt.S.None : stackEffectArgs[2];
  const known = opcode >= 0 && opcode < opNames.length;
  // CPython's HAS_ARG is `opcode >= HAVE_ARGUMENT`, for unknown numbers too; glasspy's
  // HAVE_ARGUMENT is EXTENDED_ARG's number (lib/opcode.py), and known opcodes use their operand.
  const takesArg = known ? opSpecs[opNames[opcode]].operand !== Operand.None : opcode >= Op.EXTENDED_ARG;
  let oparg = 0;
  if (takesArg) {
    if (opargObj === rt.S.None) {
      throw rt.raise(rt.E.ValueError, "stack_effect: opcode requires oparg but oparg was not specified");
    }
    oparg = asCInt(rt, opargObj);
  } else if (opargObj !== rt.S.None) {
    throw rt.raise(rt.E.ValueError, "stack_effect: opcode does not permit oparg but oparg was specified");
  }
  let jump: boolean | undefined;
  if (jumpObj === rt.S.True) jump = true;
  else if (jumpObj === rt.S.False) jump = false;
  else if (jumpObj !== rt.S.None) throw rt.raise(rt.E.ValueError, "stack_effect: jump must be False, True or None");
  if (!known) throw rt.raise(rt.E.ValueError, "invalid opcode or oparg");
  // jump=None: the larger of the two effects, as CPython's compiler uses for stack depth.
  const effect =
    jump === undefined ? Math.max(stackEffect(opcode as Op, oparg, true), stackEffect(opcode as Op, oparg, false)) : stackEffect(opcode as Op, oparg, jump);
  return newInt(rt, effect);
}

export const opcodeModuleDef: NativeModuleDef = {
  name: "_opcode",
  doc: "Opcode support module.",
  methods: [
    {
      name: "stack_effect",
      fn: stackEffectFn,
      doc: "Compute the stack effect of the opcode.",
    },
  ],
  init(rt, m) {
    addModuleValue(rt, m, "_opnames", strTuple(rt, opNames));
    addModuleValue(rt, m, "_operands", strTuple(rt, opNames.map((name) => operandNames[opSpecs[name].operand])));
    addModuleValue(rt, m, "_nb_ops", nbOps(rt));
    addModuleValue(rt, m, "_cmp_op", strTuple(rt, compareOpSymbols));
  },
};
