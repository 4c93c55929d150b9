/**
 * The opcode set, declared once.
 *
 * glasspy's bytecode is CPython 3.11's, without the adaptive machinery: no CACHE entries, no
 * PRECALL, no specialised forms. A code unit is 16 bits, `opcode | oparg << 8`; an oparg wider
 * than 8 bits is built by EXTENDED_ARG prefixes, as in CPython. Jumps are relative, counted in
 * code units from the instruction after the jump, with separate FORWARD and BACKWARD forms so
 * that only backward jumps poll the eval breaker.
 *
 * `Op` (the numbering) and `opSpecs` (one row per opcode) must agree: `opSpecs` is typed so
 * that a missing or unknown row is a compile error, and the load-time check below asserts that
 * every row names its own number. The disassembler, the compiler's stack-depth computation and
 * docs/opcodes.md all read `opSpecs`; nothing else lists opcodes.
 *
 * Stack formulas use Lua's notation: `(inputs -- outputs)`, top of stack on the right; `[x]`
 * is present only when the oparg says so.
 */

export const enum Op {
  NOP,
  EXTENDED_ARG,
  RESUME,
  POP_TOP,
  PUSH_NULL,
  COPY,
  SWAP,

  LOAD_CONST,
  LOAD_FAST,
  STORE_FAST,
  DELETE_FAST,
  LOAD_NAME,
  STORE_NAME,
  DELETE_NAME,
  LOAD_GLOBAL,
  STORE_GLOBAL,
  DELETE_GLOBAL,
  MAKE_CELL,
  COPY_FREE_VARS,
  LOAD_CLOSURE,
  LOAD_DEREF,
  LOAD_CLASSDEREF,
  STORE_DEREF,
  DELETE_DEREF,
  LOAD_ATTR,
  LOAD_METHOD,
  STORE_ATTR,
  DELETE_ATTR,

  UNARY_POSITIVE,
  UNARY_NEGATIVE,
  UNARY_NOT,
  UNARY_INVERT,
  BINARY_OP,
  COMPARE_OP,
  IS_OP,
  CONTAINS_OP,
  BINARY_SUBSCR,
  STORE_SUBSCR,
  DELETE_SUBSCR,

  BUILD_SLICE,
  BUILD_TUPLE,
  BUILD_LIST,
  BUILD_SET,
  BUILD_MAP,
  BUILD_CONST_KEY_MAP,
  BUILD_STRING,
  LIST_APPEND,
  SET_ADD,
  MAP_ADD,
  LIST_EXTEND,
  SET_UPDATE,
  DICT_UPDATE,
  DICT_MERGE,
  LIST_TO_TUPLE,
  UNPACK_SEQUENCE,
  UNPACK_EX,
  FORMAT_VALUE,

  GET_ITER,
  FOR_ITER,
  JUMP_FORWARD,
  JUMP_BACKWARD,
  JUMP_BACKWARD_NO_INTERRUPT,
  POP_JUMP_FORWARD_IF_FALSE,
  POP_JUMP_FORWARD_IF_TRUE,
  POP_JUMP_FORWARD_IF_NONE,
  POP_JUMP_FORWARD_IF_NOT_NONE,
  POP_JUMP_BACKWARD_IF_FALSE,
  POP_JUMP_BACKWARD_IF_TRUE,
  POP_JUMP_BACKWARD_IF_NONE,
  POP_JUMP_BACKWARD_IF_NOT_NONE,
  JUMP_IF_FALSE_OR_POP,
  JUMP_IF_TRUE_OR_POP,

  KW_NAMES,
  CALL,
  CALL_FUNCTION_EX,
  MAKE_FUNCTION,
  RETURN_VALUE,

  RAISE_VARARGS,
  RERAISE,
  PUSH_EXC_INFO,
  POP_EXCEPT,
  CHECK_EXC_MATCH,
  LOAD_ASSERTION_ERROR,
  BEFORE_WITH,
  WITH_EXCEPT_START,

  RETURN_GENERATOR,
  YIELD_VALUE,
  SEND,
  GET_YIELD_FROM_ITER,

  LOAD_BUILD_CLASS,
  SETUP_ANNOTATIONS,
  IMPORT_NAME,
  IMPORT_FROM,
  IMPORT_STAR,
  PRINT_EXPR,

  GET_LEN,
  MATCH_MAPPING,
  MATCH_SEQUENCE,
  MATCH_KEYS,
  MATCH_CLASS,
}

export type OpName = keyof typeof Op;

/** What an oparg means; the disassembler uses it to print the argument's value. */
export const enum Operand {
  /** The oparg is ignored (always 0). */
  None,
  /** A plain number: a count, flags, or a depth. */
  Number,
  /** Index into `consts`. */
  Const,
  /** Index into `names`. */
  Name,
  /** LOAD_GLOBAL: `names[arg >> 1]`, bit 0 pushes NULL first. */
  GlobalName,
  /** Index into the fast locals (`localsplusnames`). */
  Local,
  /** Index into localsplus naming a cell or free variable. */
  Deref,
  /** Relative jump forward: target = offset of next instruction + arg. */
  JumpForward,
  /** Relative jump backward: target = offset of next instruction - arg. */
  JumpBackward,
  /** BINARY_OP: one of `BinaryOp`. */
  BinaryOp,
  /** COMPARE_OP: one of `CompareOp`. */
  Compare,
}

/**
 * Net stack effect. `jump` is true for the effect when a conditional jump is taken; for
 * instructions that do not jump it is ignored.
 */
export type StackEffect = number | ((oparg: number, jump: boolean) => number);

export interface OpSpec {
  readonly op: Op;
  readonly operand: Operand;
  readonly effect: StackEffect;
  /** The instruction's meaning as a stack formula. */
  readonly formula: string;
}

/** BINARY_OP's oparg: CPython 3.11's NB_* numbering; the in-place forms are 13 higher. */
export const enum BinaryOp {
  ADD, AND, FLOOR_DIVIDE, LSHIFT, MATRIX_MULTIPLY, MULTIPLY, REMAINDER, OR, POWER, RSHIFT,
  SUBTRACT, TRUE_DIVIDE, XOR,
  INPLACE_ADD, INPLACE_AND, INPLACE_FLOOR_DIVIDE, INPLACE_LSHIFT, INPLACE_MATRIX_MULTIPLY,
  INPLACE_MULTIPLY, INPLACE_REMAINDER, INPLACE_OR, INPLACE_POWER, INPLACE_RSHIFT,
  INPLACE_SUBTRACT, INPLACE_TRUE_DIVIDE, INPLACE_XOR,
}
export const INPLACE_OFFSET = 13;
/** The operator symbol of each BINARY_OP oparg, as `dis` prints it and as TypeErrors name it. */
export const binaryOpSymbols: readonly string[] = [
  "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
  "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
];

/** COMPARE_OP's oparg, CPython's Py_LT..Py_GE order. */
export const enum CompareOp { LT, LE, EQ, NE, GT, GE }
export const compareOpSymbols: readonly string[] = ["<", "<=", "==", "!=", ">", ">="];

/** MAKE_FUNCTION flags. */
export const enum MakeFunctionFlag { Defaults = 1, KwDefaults = 2, Annotations = 4, Closure = 8 }

/** FORMAT_VALUE flags: the low two bits are the conversion, bit 2 says a spec is on the stack. */
export const enum FormatValueFlag { ConversionMask = 3, None = 0, Str = 1, Repr = 2, Ascii = 3, HasSpec = 4 }

const withNull = (arg: number) => arg & 1;

export const opSpecs: { readonly [K in OpName]: OpSpec } = {
  NOP: { op: Op.NOP, operand: Operand.None, effect: 0, formula: "( -- )" },
  EXTENDED_ARG: { op: Op.EXTENDED_ARG, operand: Operand.Number, effect: 0, formula: "( -- ) next oparg |= arg << 8" },
  RESUME: { op: Op.RESUME, operand: Operand.Number, effect: 0, formula: "( -- ) poll the eval breaker; 0 at function start" },
  POP_TOP: { op: Op.POP_TOP, operand: Operand.None, effect: -1, formula: "(v -- )" },
  PUSH_NULL: { op: Op.PUSH_NULL, operand: Operand.None, effect: 1, formula: "( -- NULL)" },
  COPY: { op: Op.COPY, operand: Operand.Number, effect: 1, formula: "(x ...[arg-1] -- x ... x) arg >= 1" },
  SWAP: { op: Op.SWAP, operand: Operand.Number, effect: 0, formula: "(x ...[arg-2] y -- y ... x) arg >= 2" },

  LOAD_CONST: { op: Op.LOAD_CONST, operand: Operand.Const, effect: 1, formula: "( -- consts[arg])" },
  LOAD_FAST: { op: Op.LOAD_FAST, operand: Operand.Local, effect: 1, formula: "( -- locals[arg]) UnboundLocalError if unset" },
  STORE_FAST: { op: Op.STORE_FAST, operand: Operand.Local, effect: -1, formula: "(v -- ) locals[arg] = v" },
  DELETE_FAST: { op: Op.DELETE_FAST, operand: Operand.Local, effect: 0, formula: "( -- ) locals[arg] = NULL" },
  LOAD_NAME: { op: Op.LOAD_NAME, operand: Operand.Name, effect: 1, formula: "( -- v) locals, then globals, then builtins" },
  STORE_NAME: { op: Op.STORE_NAME, operand: Operand.Name, effect: -1, formula: "(v -- ) f_locals[names[arg]] = v" },
  DELETE_NAME: { op: Op.DELETE_NAME, operand: Operand.Name, effect: 0, formula: "( -- ) del f_locals[names[arg]]" },
  LOAD_GLOBAL: { op: Op.LOAD_GLOBAL, operand: Operand.GlobalName, effect: (arg) => 1 + withNull(arg), formula: "( -- [NULL] v) globals, then builtins" },
  STORE_GLOBAL: { op: Op.STORE_GLOBAL, operand: Operand.Name, effect: -1, formula: "(v -- ) globals[names[arg]] = v" },
  DELETE_GLOBAL: { op: Op.DELETE_GLOBAL, operand: Operand.Name, effect: 0, formula: "( -- ) del globals[names[arg]]" },
  MAKE_CELL: { op: Op.MAKE_CELL, operand: Operand.Deref, effect: 0, formula: "( -- ) locals[arg] = cell(locals[arg])" },
  COPY_FREE_VARS: { op: Op.COPY_FREE_VARS, operand: Operand.Number, effect: 0, formula: "( -- ) last arg locals = func.__closure__" },
  LOAD_CLOSURE: { op: Op.LOAD_CLOSURE, operand: Operand.Deref, effect: 1, formula: "( -- cell) the cell itself" },
  LOAD_DEREF: { op: Op.LOAD_DEREF, operand: Operand.Deref, effect: 1, formula: "( -- cell.contents)" },
  LOAD_CLASSDEREF: { op: Op.LOAD_CLASSDEREF, operand: Operand.Deref, effect: 1, formula: "( -- v) class namespace, else cell.contents" },
  STORE_DEREF: { op: Op.STORE_DEREF, operand: Operand.Deref, effect: -1, formula: "(v -- ) cell.contents = v" },
  DELETE_DEREF: { op: Op.DELETE_DEREF, operand: Operand.Deref, effect: 0, formula: "( -- ) cell.contents = NULL" },
  LOAD_ATTR: { op: Op.LOAD_ATTR, operand: Operand.Name, effect: 0, formula: "(obj -- obj.name)" },
  LOAD_METHOD: { op: Op.LOAD_METHOD, operand: Operand.Name, effect: 1, formula: "(obj -- func obj | NULL obj.name)" },
  STORE_ATTR: { op: Op.STORE_ATTR, operand: Operand.Name, effect: -2, formula: "(v obj -- ) obj.name = v" },
  DELETE_ATTR: { op: Op.DELETE_ATTR, operand: Operand.Name, effect: -1, formula: "(obj -- ) del obj.name" },

  UNARY_POSITIVE: { op: Op.UNARY_POSITIVE, operand: Operand.None, effect: 0, formula: "(v -- +v)" },
  UNARY_NEGATIVE: { op: Op.UNARY_NEGATIVE, operand: Operand.None, effect: 0, formula: "(v -- -v)" },
  UNARY_NOT: { op: Op.UNARY_NOT, operand: Operand.None, effect: 0, formula: "(v -- not v)" },
  UNARY_INVERT: { op: Op.UNARY_INVERT, operand: Operand.None, effect: 0, formula: "(v -- ~v)" },
  BINARY_OP: { op: Op.BINARY_OP, operand: Operand.BinaryOp, effect: -1, formula: "(a b -- a op b)" },
  COMPARE_OP: { op: Op.COMPARE_OP, operand: Operand.Compare, effect: -1, formula: "(a b -- a cmp b)" },
  IS_OP: { op: Op.IS_OP, operand: Operand.Number, effect: -1, formula: "(a b -- a is b) negated if arg" },
  CONTAINS_OP: { op: Op.CONTAINS_OP, operand: Operand.Number, effect: -1, formula: "(a b -- a in b) negated if arg" },
  BINARY_SUBSCR: { op: Op.BINARY_SUBSCR, operand: Operand.None, effect: -1, formula: "(c k -- c[k])" },
  STORE_SUBSCR: { op: Op.STORE_SUBSCR, operand: Operand.None, effect: -3, formula: "(v c k -- ) c[k] = v" },
  DELETE_SUBSCR: { op: Op.DELETE_SUBSCR, operand: Operand.None, effect: -2, formula: "(c k -- ) del c[k]" },

  BUILD_SLICE: { op: Op.BUILD_SLICE, operand: Operand.Number, effect: (arg) => 1 - arg, formula: "(start stop [step] -- slice) arg is 2 or 3" },
  BUILD_TUPLE: { op: Op.BUILD_TUPLE, operand: Operand.Number, effect: (arg) => 1 - arg, formula: "(v1 ... vn -- (v1, ..., vn))" },
  BUILD_LIST: { op: Op.BUILD_LIST, operand: Operand.Number, effect: (arg) => 1 - arg, formula: "(v1 ... vn -- [v1, ..., vn])" },
  BUILD_SET: { op: Op.BUILD_SET, operand: Operand.Number, effect: (arg) => 1 - arg, formula: "(v1 ... vn -- {v1, ..., vn})" },
  BUILD_MAP: { op: Op.BUILD_MAP, operand: Operand.Number, effect: (arg) => 1 - 2 * arg, formula: "(k1 v1 ... kn vn -- {k1: v1, ...})" },
  BUILD_CONST_KEY_MAP: { op: Op.BUILD_CONST_KEY_MAP, operand: Operand.Number, effect: (arg) => -arg, formula: "(v1 ... vn keys -- dict(zip(keys, vs)))" },
  BUILD_STRING: { op: Op.BUILD_STRING, operand: Operand.Number, effect: (arg) => 1 - arg, formula: "(s1 ... sn -- s1 + ... + sn)" },
  LIST_APPEND: { op: Op.LIST_APPEND, operand: Operand.Number, effect: -1, formula: "(list ...[arg-1] v -- list ...) list.append(v)" },
  SET_ADD: { op: Op.SET_ADD, operand: Operand.Number, effect: -1, formula: "(set ...[arg-1] v -- set ...) set.add(v)" },
  MAP_ADD: { op: Op.MAP_ADD, operand: Operand.Number, effect: -2, formula: "(dict ...[arg-1] k v -- dict ...) dict[k] = v" },
  LIST_EXTEND: { op: Op.LIST_EXTEND, operand: Operand.Number, effect: -1, formula: "(list ...[arg-1] it -- list ...) list.extend(it)" },
  SET_UPDATE: { op: Op.SET_UPDATE, operand: Operand.Number, effect: -1, formula: "(set ...[arg-1] it -- set ...) set.update(it)" },
  DICT_UPDATE: { op: Op.DICT_UPDATE, operand: Operand.Number, effect: -1, formula: "(dict ...[arg-1] m -- dict ...) dict.update(m)" },
  DICT_MERGE: { op: Op.DICT_MERGE, operand: Operand.Number, effect: -1, formula: "(dict ...[arg-1] m -- dict ...) update, TypeError on a repeated keyword" },
  LIST_TO_TUPLE: { op: Op.LIST_TO_TUPLE, operand: Operand.None, effect: 0, formula: "(list -- tuple(list))" },
  UNPACK_SEQUENCE: { op: Op.UNPACK_SEQUENCE, operand: Operand.Number, effect: (arg) => arg - 1, formula: "(seq -- vn ... v1) v1 on top" },
  UNPACK_EX: { op: Op.UNPACK_EX, operand: Operand.Number, effect: (arg) => (arg & 0xff) + (arg >> 8), formula: "(seq -- after... list before...) arg = before | after << 8" },
  FORMAT_VALUE: { op: Op.FORMAT_VALUE, operand: Operand.Number, effect: (arg) => ((arg & FormatValueFlag.HasSpec) ? -1 : 0), formula: "(v [spec] -- format(conv(v), spec))" },

  GET_ITER: { op: Op.GET_ITER, operand: Operand.None, effect: 0, formula: "(v -- iter(v))" },
  FOR_ITER: { op: Op.FOR_ITER, operand: Operand.JumpForward, effect: (_arg, jump) => (jump ? -1 : 1), formula: "(it -- it next(it)); when exhausted (it -- ) and jump" },
  JUMP_FORWARD: { op: Op.JUMP_FORWARD, operand: Operand.JumpForward, effect: 0, formula: "( -- ) jump" },
  JUMP_BACKWARD: { op: Op.JUMP_BACKWARD, operand: Operand.JumpBackward, effect: 0, formula: "( -- ) poll the eval breaker, jump" },
  JUMP_BACKWARD_NO_INTERRUPT: { op: Op.JUMP_BACKWARD_NO_INTERRUPT, operand: Operand.JumpBackward, effect: 0, formula: "( -- ) jump" },
  POP_JUMP_FORWARD_IF_FALSE: { op: Op.POP_JUMP_FORWARD_IF_FALSE, operand: Operand.JumpForward, effect: -1, formula: "(v -- ) jump if not v" },
  POP_JUMP_FORWARD_IF_TRUE: { op: Op.POP_JUMP_FORWARD_IF_TRUE, operand: Operand.JumpForward, effect: -1, formula: "(v -- ) jump if v" },
  POP_JUMP_FORWARD_IF_NONE: { op: Op.POP_JUMP_FORWARD_IF_NONE, operand: Operand.JumpForward, effect: -1, formula: "(v -- ) jump if v is None" },
  POP_JUMP_FORWARD_IF_NOT_NONE: { op: Op.POP_JUMP_FORWARD_IF_NOT_NONE, operand: Operand.JumpForward, effect: -1, formula: "(v -- ) jump if v is not None" },
  POP_JUMP_BACKWARD_IF_FALSE: { op: Op.POP_JUMP_BACKWARD_IF_FALSE, operand: Operand.JumpBackward, effect: -1, formula: "(v -- ) poll; jump if not v" },
  POP_JUMP_BACKWARD_IF_TRUE: { op: Op.POP_JUMP_BACKWARD_IF_TRUE, operand: Operand.JumpBackward, effect: -1, formula: "(v -- ) poll; jump if v" },
  POP_JUMP_BACKWARD_IF_NONE: { op: Op.POP_JUMP_BACKWARD_IF_NONE, operand: Operand.JumpBackward, effect: -1, formula: "(v -- ) poll; jump if v is None" },
  POP_JUMP_BACKWARD_IF_NOT_NONE: { op: Op.POP_JUMP_BACKWARD_IF_NOT_NONE, operand: Operand.JumpBackward, effect: -1, formula: "(v -- ) poll; jump if v is not None" },
  JUMP_IF_FALSE_OR_POP: { op: Op.JUMP_IF_FALSE_OR_POP, operand: Operand.JumpForward, effect: (_arg, jump) => (jump ? 0 : -1), formula: "(v -- v) and jump if not v, else (v -- )" },
  JUMP_IF_TRUE_OR_POP: { op: Op.JUMP_IF_TRUE_OR_POP, operand: Operand.JumpForward, effect: (_arg, jump) => (jump ? 0 : -1), formula: "(v -- v) and jump if v, else (v -- )" },

  KW_NAMES: { op: Op.KW_NAMES, operand: Operand.Const, effect: 0, formula: "( -- ) the next CALL's last len(consts[arg]) arguments are keywords" },
  CALL: { op: Op.CALL, operand: Operand.Number, effect: (arg) => -1 - arg, formula: "(NULL callable a1..an | meth self a1..an -- result)" },
  CALL_FUNCTION_EX: { op: Op.CALL_FUNCTION_EX, operand: Operand.Number, effect: (arg) => -2 - (arg & 1), formula: "(NULL callable args [kwargs] -- result)" },
  MAKE_FUNCTION: { op: Op.MAKE_FUNCTION, operand: Operand.Number, effect: (arg) => -((arg & 1) + ((arg >> 1) & 1) + ((arg >> 2) & 1) + ((arg >> 3) & 1)), formula: "([defaults] [kwdefaults] [annotations] [closure] code -- function)" },
  RETURN_VALUE: { op: Op.RETURN_VALUE, operand: Operand.None, effect: -1, formula: "(v -- ) return v to the caller" },

  RAISE_VARARGS: { op: Op.RAISE_VARARGS, operand: Operand.Number, effect: (arg) => -arg, formula: "([exc [cause]] -- ) raise; arg 0 re-raises the handled exception" },
  RERAISE: { op: Op.RERAISE, operand: Operand.Number, effect: -1, formula: "(lasti ...[arg-1] exc -- ) re-raise exc; if arg, restore f_lasti from lasti" },
  PUSH_EXC_INFO: { op: Op.PUSH_EXC_INFO, operand: Operand.None, effect: 1, formula: "(exc -- prev exc) exc becomes the handled exception" },
  POP_EXCEPT: { op: Op.POP_EXCEPT, operand: Operand.None, effect: -1, formula: "(prev -- ) restore the handled exception" },
  CHECK_EXC_MATCH: { op: Op.CHECK_EXC_MATCH, operand: Operand.None, effect: 0, formula: "(exc type -- exc isinstance(exc, type))" },
  LOAD_ASSERTION_ERROR: { op: Op.LOAD_ASSERTION_ERROR, operand: Operand.None, effect: 1, formula: "( -- AssertionError)" },
  BEFORE_WITH: { op: Op.BEFORE_WITH, operand: Operand.None, effect: 1, formula: "(mgr -- mgr.__exit__ mgr.__enter__())" },
  WITH_EXCEPT_START: { op: Op.WITH_EXCEPT_START, operand: Operand.None, effect: 1, formula: "(exit lasti prev exc -- exit lasti prev exc exit(type, exc, tb))" },

  RETURN_GENERATOR: { op: Op.RETURN_GENERATOR, operand: Operand.None, effect: 0, formula: "( -- ) return a generator that owns this frame" },
  YIELD_VALUE: { op: Op.YIELD_VALUE, operand: Operand.None, effect: 0, formula: "(v -- sent) suspend, yielding v" },
  SEND: { op: Op.SEND, operand: Operand.JumpForward, effect: (_arg, jump) => (jump ? -1 : 0), formula: "(sub v -- sub r) r = sub.send(v); when sub returns (sub v -- r) and jump" },
  GET_YIELD_FROM_ITER: { op: Op.GET_YIELD_FROM_ITER, operand: Operand.None, effect: 0, formula: "(v -- iter(v)) generators pass through" },

  LOAD_BUILD_CLASS: { op: Op.LOAD_BUILD_CLASS, operand: Operand.None, effect: 1, formula: "( -- builtins.__build_class__)" },
  SETUP_ANNOTATIONS: { op: Op.SETUP_ANNOTATIONS, operand: Operand.None, effect: 0, formula: "( -- ) create __annotations__ in f_locals" },
  IMPORT_NAME: { op: Op.IMPORT_NAME, operand: Operand.Name, effect: -1, formula: "(level fromlist -- module) __import__(names[arg], ...)" },
  IMPORT_FROM: { op: Op.IMPORT_FROM, operand: Operand.Name, effect: 1, formula: "(module -- module module.name)" },
  IMPORT_STAR: { op: Op.IMPORT_STAR, operand: Operand.None, effect: -1, formula: "(module -- ) from module import *" },
  PRINT_EXPR: { op: Op.PRINT_EXPR, operand: Operand.None, effect: -1, formula: "(v -- ) sys.displayhook(v)" },

  GET_LEN: { op: Op.GET_LEN, operand: Operand.None, effect: 1, formula: "(v -- v len(v))" },
  MATCH_MAPPING: { op: Op.MATCH_MAPPING, operand: Operand.None, effect: 1, formula: "(subject -- subject is_mapping) the type's MAPPING flag" },
  MATCH_SEQUENCE: { op: Op.MATCH_SEQUENCE, operand: Operand.None, effect: 1, formula: "(subject -- subject is_sequence) the type's SEQUENCE flag" },
  MATCH_KEYS: { op: Op.MATCH_KEYS, operand: Operand.None, effect: 1, formula: "(subject keys -- subject keys values_or_None) through subject.get" },
  MATCH_CLASS: { op: Op.MATCH_CLASS, operand: Operand.Number, effect: -2, formula: "(subject cls names -- attrs_or_None) arg positional sub-patterns" },
};

/** Opcode number -> name, for the disassembler and error messages. */
export const opNames: readonly OpName[] = (() => {
  const names = Object.keys(opSpecs) as OpName[];
  names.forEach((name, index) => {
    if (opSpecs[name].op !== index) throw new Error(`opcodes: row ${name} is out of order (op ${opSpecs[name].op}, row ${index})`);
  });
  return names;
})();

/** Stack effect of one instruction; `jump` selects the taken branch of a conditional jump. */
export function stackEffect(op: Op, oparg: number, jump: boolean): number {
  const effect = opSpecs[opNames[op]].effect;
  return typeof effect === "number" ? effect : effect(oparg, jump);
}

export function isJump(op: Op): boolean {
  const operand = opSpecs[opNames[op]].operand;
  return operand === Operand.JumpForward || operand === Operand.JumpBackward;
}
