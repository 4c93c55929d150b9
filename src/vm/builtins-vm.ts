/**
 * The builtins that need the VM: they look at the running frame or compile and run code.
 * `__build_class__`, `globals`, `locals`, `exec`, `eval`, `compile`, `__import__`, `exit`, `quit`, and the
 * `sys` functions `exc_info` and `_getframe`. The VM copies them into the builtins (and sys)
 * namespaces at start-up.
 */
import { holdLiteralConstants, releaseLiteralConstants } from "./literal-constants.js";
import type { Runtime } from "../objects/runtime.js";
import type { NativeModuleDef } from "../modules/native-module.js";
import type { MethodDef } from "../objects/typedef.js";
import type { VM } from "./vm.js";
import { arg, argSpec, checkArgs, parseArgs } from "../objects/args.js";
import { F } from "./frame.js";
import { codeInfo } from "../objects/code.js";
import { newDict, dictSetItem, dictEntryCount, dictEntryKey } from "../objects/dict.js";
import { newList, listAppend } from "../objects/list.js";
import { listSort } from "../objects/list-sort.js";
import { dirOf } from "../objects/dir.js";
import { newTuple, tupleSetItem } from "../objects/tuple.js";
import { newExceptionWithArgs } from "../objects/exceptions.js";
import { strToJs } from "../objects/str.js";
import { frameObjectOf } from "./unwind.js";
import { asIndex, lookupAttr } from "../objects/abstract.js";
import { Exc } from "../objects/exceptions.js";
import { PY_RAISED } from "../objects/errors.js";
import { buildClass } from "./build-class.js";

function none(rt: Runtime): number {
  rt.incref(rt.S.None);
  return rt.S.None;
}

/** The fast locals of a frame as a new dict (a snapshot, like CPython's locals() in a function). */
function fastLocalsDict(rt: Runtime, frame: number): number {
  const code = rt.load(frame + F.CODE);
  const info = codeInfo(rt, code);
  const d = newDict(rt);
  const kinds = info.data.localspluskinds;
  info.localNames.forEach((name, i) => {
    let v = rt.load(frame + F.HEADER + 8 * i);
    if (v === 0) return;
    if (kinds[i] & 0xc0 && rt.typeOf(v) === rt.T.cell) {
      v = rt.load(v + 16);
      if (v === 0) return;
    }
    const key = rt.intern(name);
    dictSetItem(rt, d, key, v);
    rt.decref(key);
  });
  return d;
}

const execSpec = argSpec("exec", ["source", "globals=", "locals=", "/"]);
const evalSpec = argSpec("eval", ["source", "globals=", "locals=", "/"]);
const compileSpec = argSpec("compile", ["source", "filename", "mode", "flags=", "dont_inherit=", "optimize=", "*", "_feature_version="]);
const importSpec = argSpec("__import__", ["name", "globals=", "locals=", "fromlist=", "level="]);

export function vmBuiltinsDef(vm: VM): NativeModuleDef {
  const rt = vm.rt;
  const out = new Int32Array(8);

  const runCode = (name: "exec" | "eval", args: number, nargs: number, kwnames: number): number => {
    parseArgs(rt, name === "exec" ? execSpec : evalSpec, args, nargs, kwnames, out);
    const source = out[0];
    let globals = out[1] === rt.S.None ? 0 : out[1];
    let locals = out[2] === rt.S.None ? 0 : out[2];
    const frame = vm.thread.frame;
    if (globals === 0) {
      globals = rt.load(frame + F.GLOBALS);
      if (locals === 0) locals = rt.load(frame + F.LOCALS);
    } else if (rt.typeOf(globals) !== rt.T.dict) {
      throw rt.raise(rt.E.TypeError, `${name}() globals must be a dict, not ${rt.typeName(globals)}`);
    }
    let ownedLocals = 0;
    if (locals === 0) {
      locals = out[1] !== 0 && out[1] !== rt.S.None ? globals : (ownedLocals = fastLocalsDict(rt, frame));
    }
    let code: number;
    let literals: number[] = [];
    if (rt.typeOf(source) === rt.T.code) {
      rt.incref(source);
      code = source;
    } else if (rt.typeOf(source) === rt.T.str) {
      code = vm.compile(strToJs(rt, source), "<string>", name);
      // Compiled from source and run at once: held as CPython's syntax tree holds them.
      literals = holdLiteralConstants(rt, code);
    } else {
      throw rt.raise(rt.E.TypeError, `${name}() arg 1 must be a string, bytes or code object`);
    }
    try {
      const r = vm.execCode(code, globals, locals);
      if (name === "eval") return r;
      rt.decref(r);
      return none(rt);
    } finally {
      releaseLiteralConstants(rt, literals);
      rt.decref(code);
      if (ownedLocals !== 0) rt.decref(ownedLocals);
    }
  };

  const exitFn = (fname: string) => (rt: Runtime, _self: number, args: number, nargs: number, kwnames: number): number => {
    checkArgs(rt, fname, nargs, kwnames, 0, 1);
    const t = newTuple(rt, nargs);
    if (nargs === 1) {
      rt.incref(arg(rt, args, 0));
      tupleSetItem(rt, t, 0, arg(rt, args, 0));
    }
    // The thread takes the new exception's reference.
    rt.setException(newExceptionWithArgs(rt, rt.E.SystemExit, t));
    throw PY_RAISED;
  };

  const methods: MethodDef[] = [
    {
      name: "globals",
      fn: (rt, _s, _a, nargs, kwnames) => {
        checkArgs(rt, "globals", nargs, kwnames, 0, 0);
        const g = rt.load(vm.thread.frame + F.GLOBALS);
        rt.incref(g);
        return g;
      },
    },
    {
      name: "locals",
      fn: (rt, _s, _a, nargs, kwnames) => {
        checkArgs(rt, "locals", nargs, kwnames, 0, 0);
        const frame = vm.thread.frame;
        const l = rt.load(frame + F.LOCALS);
        if (l !== 0) {
          rt.incref(l);
          return l;
        }
        return fastLocalsDict(rt, frame);
      },
    },
    { name: "exec", fn: (_rt, _s, args, nargs, kwnames) => runCode("exec", args, nargs, kwnames) },
    { name: "eval", fn: (_rt, _s, args, nargs, kwnames) => runCode("eval", args, nargs, kwnames) },
    {
      name: "compile",
      fn: (rt, _s, args, nargs, kwnames) => {
        parseArgs(rt, compileSpec, args, nargs, kwnames, out);
        if (rt.typeOf(out[0]) !== rt.T.str) throw rt.raise(rt.E.TypeError, "compile() arg 1 must be a string, bytes or AST object");
        const mode = strToJs(rt, out[2]);
        if (mode !== "exec" && mode !== "eval" && mode !== "single") {
          throw rt.raise(rt.E.ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
        }
        return vm.compile(strToJs(rt, out[0]), strToJs(rt, out[1]), mode);
      },
    },
    {
      name: "__import__",
      fn: (rt, _s, args, nargs, kwnames) => {
        parseArgs(rt, importSpec, args, nargs, kwnames, out);
        const globals = out[1] === 0 || out[1] === rt.S.None ? rt.load(vm.thread.frame + F.GLOBALS) : out[1];
        const fromlist = out[3] === 0 ? rt.S.None : out[3];
        const level = out[4] === 0 ? rt.S.smallInts[5] : out[4];
        asIndex(rt, level);
        return vm.importName(out[0], globals, fromlist, level);
      },
    },
    {
      name: "dir",
      packsArgs: true,
      fn: (rt, _s, args, nargs, kwnames) => {
        checkArgs(rt, "dir", nargs, kwnames, 0, 1);
        if (nargs === 1) return dirOf(rt, arg(rt, args, 0));
        // dir(): the names of the current local scope, sorted.
        const frame = vm.thread.frame;
        const locals = rt.load(frame + F.LOCALS);
        const d = locals !== 0 ? (rt.incref(locals), locals) : fastLocalsDict(rt, frame);
        try {
          const keys = newList(rt, 0);
          for (let i = 0, n = dictEntryCount(rt, d); i < n; i++) {
            const k = dictEntryKey(rt, d, i);
            if (k !== 0) listAppend(rt, keys, k);
          }
          listSort(rt, keys, 0, false);
          return keys;
        } finally {
          rt.decref(d);
        }
      },
    },
    {
      name: "vars",
      packsArgs: true,
      fn: (rt, _s, args, nargs, kwnames) => {
        checkArgs(rt, "vars", nargs, kwnames, 0, 1);
        if (nargs === 0) {
          const frame = vm.thread.frame;
          const l = rt.load(frame + F.LOCALS);
          if (l !== 0) {
            rt.incref(l);
            return l;
          }
          return fastLocalsDict(rt, frame);
        }
        const d = lookupAttr(rt, arg(rt, args, 0), rt.identifier("__dict__"));
        if (d === 0) throw rt.raise(rt.E.TypeError, "vars() argument must have __dict__ attribute");
        return d;
      },
    },
    {
      name: "__build_class__",
      fn: (_rt, _s, args, nargs, kwnames) => buildClass(vm, args, nargs, kwnames),
      doc: "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n\nInternal helper function used by the class statement.",
    },
    { name: "exit", fn: exitFn("exit") },
    { name: "quit", fn: exitFn("quit") },
  ];
  return { name: "_vm_builtins", methods };
}

/** sys.exc_info() and sys._getframe(), added to the sys module by the VM. */
export function vmSysMethods(vm: VM): MethodDef[] {
  return [
    {
      name: "exc_info",
      fn: (rt, _s, _a, nargs, kwnames) => {
        checkArgs(rt, "exc_info", nargs, kwnames, 0, 0);
        const exc = vm.thread.handled;
        const t = newTuple(rt, 3);
        if (exc === 0) {
          for (let i = 0; i < 3; i++) tupleSetItem(rt, t, i, none(rt));
          return t;
        }
        const type = rt.typeOf(exc);
        rt.incref(type);
        tupleSetItem(rt, t, 0, type);
        rt.incref(exc);
        tupleSetItem(rt, t, 1, exc);
        const tb = rt.load(exc + Exc.TRACEBACK);
        if (tb !== 0) rt.incref(tb);
        tupleSetItem(rt, t, 2, tb === 0 ? none(rt) : tb);
        return t;
      },
    },
    {
      name: "_getframe",
      fn: (rt, _s, args, nargs, kwnames) => {
        checkArgs(rt, "_getframe", nargs, kwnames, 0, 1);
        let depth = nargs === 1 ? asIndex(rt, arg(rt, args, 0)) : 0;
        let frame = vm.thread.frame;
        while (depth > 0 && frame !== 0) {
          frame = rt.load(frame + F.PREVIOUS);
          depth--;
        }
        if (frame === 0) throw rt.raise(rt.E.ValueError, "call stack is not deep enough");
        const fo = frameObjectOf(rt, frame, rt.i32[(frame + F.LASTI) >> 2]);
        rt.incref(fo);
        return fo;
      },
    },
  ];
}
