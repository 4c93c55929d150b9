/**
 * BaseException's behaviour, shared by every builtin exception type: construction from
 * positional arguments, `args`, `str`/`repr`, the chaining attributes (`__cause__`,
 * `__context__`, `__suppress_context__`, `__traceback__`), `with_traceback` and `add_note`.
 *
 * The attributes CPython keeps in extra C fields of some subclasses are derived from `args`
 * here: `StopIteration.value`, `SystemExit.code`, and SyntaxError's `msg`, `filename`,
 * `lineno`, `offset`, `text`, `end_lineno`, `end_offset` (from `args == (msg, (filename,
 * lineno, offset, text, end_lineno, end_offset))`, the form CPython accepts too).
 */
import type { Runtime } from "./runtime.js";
import type { GetSetDef, TypeDef, TypeSlots } from "./typedef.js";
import { Exc, exceptionDealloc, exceptionTraverse, exceptionClear, exceptionTable, exceptionTypeDef, newExceptionWithArgs, setExceptionField } from "./exceptions.js";
import { newTuple, tupleItem, tupleSetItem, tupleSize } from "./tuple.js";
import { repr, str, reprText, strText, lookupAttr, setAttr } from "./abstract.js";
import { TpFlag } from "./layout.js";
import { genericGetAttr, genericSetAttr } from "./object.js";
import { checkArgs, kwCount, arg } from "./args.js";
import { newList, listAppend } from "./list.js";
import { newDict, dictSetItem, dictGetItemStr } from "./dict.js";
import { instanceDictGetSet } from "./instance.js";

/** A tuple of the call's positional arguments (new reference). */
function argsTuple(rt: Runtime, args: number, nargs: number): number {
  if (nargs === 0) {
    rt.incref(rt.S.emptyTuple);
    return rt.S.emptyTuple;
  }
  const t = newTuple(rt, nargs);
  for (let i = 0; i < nargs; i++) {
    const v = arg(rt, args, i);
    rt.incref(v);
    tupleSetItem(rt, t, i, v);
  }
  return t;
}

function exceptionNew(rt: Runtime, cls: number, args: number, nargs: number, _kwnames: number): number {
  if (rt.isSubtype(cls, rt.E.OSError)) return newOSError(rt, cls, args, nargs);
  return newExceptionWithArgs(rt, cls, argsTuple(rt, args, nargs));
}

/** errno values whose OSError is created as a subclass (PEP 3151), Linux numbering. */
const ERRNO_SUBCLASS: Readonly<Record<number, string>> = {
  1: "PermissionError", 2: "FileNotFoundError", 3: "ProcessLookupError", 4: "InterruptedError",
  10: "ChildProcessError", 11: "BlockingIOError", 13: "PermissionError", 17: "FileExistsError",
  20: "NotADirectoryError", 21: "IsADirectoryError", 32: "BrokenPipeError", 103: "ConnectionAbortedError",
  104: "ConnectionResetError", 108: "BrokenPipeError", 110: "TimeoutError", 111: "ConnectionRefusedError",
  114: "BlockingIOError", 115: "BlockingIOError",
};

/**
 * OSError(errno, strerror[, filename[, winerror[, filename2]]]): with 2 to 5 arguments the
 * parts become attributes and args keeps (errno, strerror); OSError itself picks the
 * subclass for a known errno, as CPython does.
 */
function newOSError(rt: Runtime, cls: number, args: number, nargs: number): number {
  const structured = nargs >= 2 && nargs <= 5;
  let type = cls;
  if (structured && cls === rt.E.OSError && rt.typeOf(arg(rt, args, 0)) === rt.T.int) {
    const errno = rt.i32[(arg(rt, args, 0) + 16) >> 2] * rt.i32[(arg(rt, args, 0) + 24) >> 2];
    const name = ERRNO_SUBCLASS[errno] as keyof typeof rt.E | undefined;
    if (name !== undefined) type = rt.E[name];
  }
  const e = newExceptionWithArgs(rt, type, argsTuple(rt, args, structured && nargs > 2 ? 2 : nargs));
  const none = rt.S.None;
  setExceptionAttribute(rt, e, "errno", structured ? arg(rt, args, 0) : none);
  setExceptionAttribute(rt, e, "strerror", structured ? arg(rt, args, 1) : none);
  setExceptionAttribute(rt, e, "filename", structured && nargs >= 3 ? arg(rt, args, 2) : none);
  setExceptionAttribute(rt, e, "filename2", structured && nargs >= 5 ? arg(rt, args, 4) : none);
  return e;
}

/** OSError's str: "[Errno 2] message: 'file'" when errno and strerror are set. */
function osErrorStr(rt: Runtime, e: number): number | undefined {
  const errno = exceptionAttribute(rt, e, "errno");
  const strerror = exceptionAttribute(rt, e, "strerror");
  if (errno === rt.S.None || strerror === rt.S.None) return undefined;
  let text = `[Errno ${strText(rt, errno)}] ${strText(rt, strerror)}`;
  const filename = exceptionAttribute(rt, e, "filename");
  const filename2 = exceptionAttribute(rt, e, "filename2");
  if (filename !== rt.S.None) text += `: ${reprText(rt, filename)}`;
  if (filename2 !== rt.S.None) text += ` -> ${reprText(rt, filename2)}`;
  return rt.newStr(text);
}

/** Keyword arguments some exception classes accept (3.11), kept as instance attributes. */
function keywordAttributes(rt: Runtime, type: number): readonly string[] {
  if (rt.isSubtype(type, rt.E.ImportError)) return ["name", "path"];
  if (rt.isSubtype(type, rt.E.AttributeError)) return ["name", "obj"];
  if (rt.isSubtype(type, rt.E.NameError)) return ["name"];
  return [];
}

function exceptionInit(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): void {
  const nkw = kwCount(rt, kwnames);
  if (nkw > 0) {
    const allowed = keywordAttributes(rt, rt.typeOf(self));
    for (let k = 0; k < nkw; k++) {
      const key = rt.jsString(tupleItem(rt, kwnames, k));
      if (!allowed.includes(key)) {
        if (allowed.length === 0) throw rt.raise(rt.E.TypeError, `${rt.typeName(self)}() takes no keyword arguments`);
        throw rt.raise(rt.E.TypeError, `'${key}' is an invalid keyword argument for ${rt.typeName(self)}()`);
      }
      setExceptionAttribute(rt, self, key, arg(rt, args, nargs + k));
    }
  }
  // OSError keeps only (errno, strerror) in args when given 3 to 5 arguments.
  const kept = nargs >= 3 && nargs <= 5 && rt.isInstance(self, rt.E.OSError) ? 2 : nargs;
  const t = argsTuple(rt, args, kept);
  setExceptionField(rt, self, Exc.ARGS, t);
  rt.decref(t);
}

/** Store an attribute in the exception's __dict__ (e.g. NameError.name). `value` is borrowed. */
export function setExceptionAttribute(rt: Runtime, e: number, name: string, value: number): void {
  let dict = rt.load(e + Exc.DICT);
  if (dict === 0) {
    dict = newDict(rt);
    rt.store(e + Exc.DICT, dict);
  }
  dictSetItem(rt, dict, rt.identifier(name), value);
}

/** An attribute kept in the exception's __dict__, or None (borrowed). */
export function exceptionAttribute(rt: Runtime, e: number, name: string): number {
  const dict = rt.load(e + Exc.DICT);
  const v = dict === 0 ? 0 : dictGetItemStr(rt, dict, rt.identifier(name));
  return v === 0 ? rt.S.None : v;
}

function dictAttr(name: string): GetSetDef {
  return {
    name,
    get: (rt, e) => {
      const v = exceptionAttribute(rt, e, name);
      rt.incref(v);
      return v;
    },
    set: (rt, e, v) => setExceptionAttribute(rt, e, name, v === 0 ? rt.S.None : v),
  };
}

function argsOf(rt: Runtime, e: number): number {
  return rt.load(e + Exc.ARGS);
}

function exceptionStr(rt: Runtime, e: number): number {
  if (rt.isInstance(e, rt.E.OSError)) {
    const s = osErrorStr(rt, e);
    if (s !== undefined) return s;
  }
  const args = argsOf(rt, e);
  const n = args === 0 ? 0 : tupleSize(rt, args);
  if (n === 0) return rt.newStr("");
  if (n === 1) {
    const only = tupleItem(rt, args, 0);
    return rt.isInstance(e, rt.E.KeyError) ? repr(rt, only) : str(rt, only);
  }
  return str(rt, args);
}

function exceptionRepr(rt: Runtime, e: number): number {
  const args = argsOf(rt, e);
  const n = args === 0 ? 0 : tupleSize(rt, args);
  const name = rt.typeNameOf(rt.typeOf(e)).split(".").pop()!;
  if (n === 1) return rt.newStr(`${name}(${reprText(rt, tupleItem(rt, args, 0))})`);
  if (n === 0) return rt.newStr(`${name}()`);
  return rt.newStr(name + reprText(rt, args));
}

function fieldGetSet(name: string, field: Exc, check?: (rt: Runtime, v: number) => void): GetSetDef {
  return {
    name,
    get: (rt, e) => {
      const v = rt.load(e + field);
      const r = v === 0 ? rt.S.None : v;
      rt.incref(r);
      return r;
    },
    set: (rt, e, v) => {
      if (v === 0) throw rt.raise(rt.E.TypeError, `${name} may not be deleted`);
      if (check !== undefined) check(rt, v);
      setExceptionField(rt, e, field, v === rt.S.None ? 0 : v);
    },
  };
}

function checkChain(what: string) {
  return (rt: Runtime, v: number) => {
    if (v !== rt.S.None && !rt.hasFlag(v, TpFlag.BASE_EXC_SUBCLASS)) {
      throw rt.raise(rt.E.TypeError, `exception ${what} must be None or derive from BaseException`);
    }
  };
}

const baseGetSet: GetSetDef[] = [
  instanceDictGetSet,
  {
    name: "args",
    get: (rt, e) => {
      const a = argsOf(rt, e);
      rt.incref(a);
      return a;
    },
    set: (rt, e, v) => {
      if (v === 0) throw rt.raise(rt.E.TypeError, "args may not be deleted");
      const t = rt.typeOf(v) === rt.T.tuple ? (rt.incref(v), v) : argsFromIterable(rt, v);
      setExceptionField(rt, e, Exc.ARGS, t);
      rt.decref(t);
    },
  },
  fieldGetSet("__traceback__", Exc.TRACEBACK, (rt, v) => {
    if (v !== rt.S.None && rt.typeOf(v) !== rt.T.traceback) throw rt.raise(rt.E.TypeError, "__traceback__ must be a traceback or None");
  }),
  fieldGetSet("__cause__", Exc.CAUSE, checkChain("cause")),
  fieldGetSet("__context__", Exc.CONTEXT, checkChain("context")),
  {
    name: "__suppress_context__",
    get: (rt, e) => {
      const r = rt.i32[(e + Exc.SUPPRESS_CONTEXT) >> 2] !== 0 ? rt.S.True : rt.S.False;
      rt.incref(r);
      return r;
    },
    set: (rt, e, v) => {
      rt.i32[(e + Exc.SUPPRESS_CONTEXT) >> 2] = v === rt.S.True ? 1 : 0;
    },
  },
];

function argsFromIterable(rt: Runtime, v: number): number {
  // tuple(v), through the tuple type's constructor.
  const c = rt.typeSlots(rt.T.tuple).new!;
  const p = rt.argTop;
  rt.store(p, v);
  rt.argTop += 8;
  try {
    return c(rt, rt.T.tuple, p, 1, 0);
  } finally {
    rt.argTop = p;
  }
}

/** Attribute derived from args[index] (or None when args is shorter). */
function argAttr(name: string, pick: (rt: Runtime, args: number) => number): GetSetDef {
  return {
    name,
    get: (rt, e) => {
      const v = pick(rt, argsOf(rt, e));
      rt.incref(v);
      return v;
    },
  };
}

const firstArgOrNone = (rt: Runtime, args: number) => (tupleSize(rt, args) > 0 ? tupleItem(rt, args, 0) : rt.S.None);

/** SyntaxError's details live in args[1] = (filename, lineno, offset, text, end_lineno, end_offset). */
function syntaxDetail(index: number) {
  return (rt: Runtime, args: number) => {
    if (tupleSize(rt, args) < 2) return rt.S.None;
    const details = tupleItem(rt, args, 1);
    if (rt.typeOf(details) !== rt.T.tuple || tupleSize(rt, details) <= index) return rt.S.None;
    return tupleItem(rt, details, index);
  };
}

const extraGetSet: Partial<Record<string, GetSetDef[]>> = {
  ImportError: [dictAttr("name"), dictAttr("path"), argAttr("msg", firstArgOrNone)],
  OSError: [dictAttr("errno"), dictAttr("strerror"), dictAttr("filename"), dictAttr("filename2")],
  NameError: [dictAttr("name")],
  AttributeError: [dictAttr("name"), dictAttr("obj")],
  StopIteration: [argAttr("value", firstArgOrNone)],
  SystemExit: [
    argAttr("code", (rt, args) => {
      const n = tupleSize(rt, args);
      return n === 0 ? rt.S.None : n === 1 ? tupleItem(rt, args, 0) : args;
    }),
  ],
  SyntaxError: [
    argAttr("msg", firstArgOrNone),
    argAttr("filename", syntaxDetail(0)),
    argAttr("lineno", syntaxDetail(1)),
    argAttr("offset", syntaxDetail(2)),
    argAttr("text", syntaxDetail(3)),
    argAttr("end_lineno", syntaxDetail(4)),
    argAttr("end_offset", syntaxDetail(5)),
  ],
};

function withTraceback(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "BaseException.with_traceback", nargs, kwnames, 1, 1);
  const tb = arg(rt, args, 0);
  setExceptionField(rt, self, Exc.TRACEBACK, tb === rt.S.None ? 0 : tb);
  rt.incref(self);
  return self;
}

/** add_note(note): append to the `__notes__` list in the instance dict (created on first use). */
function addNote(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "BaseException.add_note", nargs, kwnames, 1, 1);
  const note = arg(rt, args, 0);
  if (!rt.hasFlag(note, TpFlag.UNICODE_SUBCLASS)) throw rt.raise(rt.E.TypeError, `note must be a str, not '${rt.typeName(note)}'`);
  const key = rt.identifier("__notes__");
  let notes = lookupAttr(rt, self, key);
  if (notes === 0) {
    notes = newList(rt, 0);
    try {
      setAttr(rt, self, key, notes);
    } catch (e) {
      rt.decref(notes);
      throw e;
    }
  }
  try {
    if (rt.typeOf(notes) !== rt.T.list) throw rt.raise(rt.E.TypeError, "Cannot add note: __notes__ is not a list");
    listAppend(rt, notes, note);
  } finally {
    rt.decref(notes);
  }
  rt.incref(rt.S.None);
  return rt.S.None;
}

export const exceptionSlots: TypeSlots = {
  dealloc: exceptionDealloc,
  traverse: exceptionTraverse,
  clear: exceptionClear,
  repr: exceptionRepr,
  str: exceptionStr,
  getattro: genericGetAttr,
  setattro: genericSetAttr,
  new: exceptionNew,
  init: exceptionInit,
};

/** TypeDefs for the whole builtin hierarchy, in creation order. */
export function exceptionTypeDefs(): TypeDef[] {
  return exceptionTable.map(([name, base]) => {
    const def = exceptionTypeDef(name, base, exceptionSlots);
    const own = name === "BaseException" ? baseGetSet : [];
    return {
      ...def,
      dictoffset: Exc.DICT,
      getset: [...own, ...(extraGetSet[name] ?? [])],
      methods: name === "BaseException" ? [
        { name: "with_traceback", fn: withTraceback },
        { name: "add_note", fn: addNote },
      ] : [],
    };
  });
}
