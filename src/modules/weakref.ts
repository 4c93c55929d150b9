/**
 * The `_weakref` module (CPython's Modules/_weakref.c): the weak reference types and the
 * functions lib/weakref.py builds on. The types themselves live in src/objects/weakref.ts and
 * weakref-proxy.ts.
 */
import type { Runtime } from "../objects/runtime.js";
import type { NativeModuleDef } from "./native-module.js";
import { addModuleValue } from "./native-module.js";
import { arg, argSpec, checkArgs, parseArgs, argTypeName } from "../objects/args.js";
import { newInt } from "../objects/int.js";
import { listAppend, newList } from "../objects/list.js";
import { dictDelItem, dictGetItem } from "../objects/dict.js";
import { isWeakref, newProxy, weakrefCount, weakrefListHead, weakrefNext, weakrefObject } from "../objects/weakref.js";

const proxySpec = argSpec("proxy", ["object", "callback=", "/"]);
const proxyArgs = new Int32Array(2);

function proxy(rt: Runtime, _m: number, args: number, nargs: number, kwnames: number): number {
  if (nargs < 1) throw rt.raise(rt.E.TypeError, `proxy expected at least 1 argument, got ${nargs}`);
  if (nargs > 2) throw rt.raise(rt.E.TypeError, `proxy expected at most 2 arguments, got ${nargs}`);
  parseArgs(rt, proxySpec, args, nargs, kwnames, proxyArgs);
  return newProxy(rt, proxyArgs[0], proxyArgs[1]);
}

function getweakrefcount(rt: Runtime, _m: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "_weakref.getweakrefcount", nargs, kwnames, 1, 1);
  return newInt(rt, weakrefCount(rt, arg(rt, args, 0)));
}

function getweakrefs(rt: Runtime, _m: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "getweakrefs", nargs, kwnames, 1, 1);
  const list = newList(rt, 0);
  try {
    for (let wr = weakrefListHead(rt, arg(rt, args, 0)); wr !== 0; wr = weakrefNext(rt, wr)) listAppend(rt, list, wr);
  } catch (e) {
    rt.decref(list);
    throw e;
  }
  return list;
}

/** `_remove_dead_weakref(dict, key)`: delete dict[key] if it is a dead weak reference. */
function removeDeadWeakref(rt: Runtime, _m: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "_remove_dead_weakref", nargs, kwnames, 2, 2);
  const dict = arg(rt, args, 0);
  const key = arg(rt, args, 1);
  if (!rt.isInstance(dict, rt.T.dict)) {
    throw rt.raise(rt.E.TypeError, `_remove_dead_weakref() argument 1 must be dict, not ${argTypeName(rt, dict)}`);
  }
  const value = dictGetItem(rt, dict, key);
  if (value !== 0) {
    if (!isWeakref(rt, value)) throw rt.raise(rt.E.TypeError, "not a weakref");
    if (weakrefObject(rt, value) === rt.S.None) dictDelItem(rt, dict, key);
  }
  rt.incref(rt.S.None);
  return rt.S.None;
}

export const weakrefModuleDef: NativeModuleDef = {
  name: "_weakref",
  doc: "Weak-reference support module.",
  methods: [
    { name: "getweakrefcount", fn: getweakrefcount, doc: "Return the number of weak references to 'object'." },
    { name: "getweakrefs", fn: getweakrefs, doc: "getweakrefs(object) -- return a list of all weak reference objects\nthat point to 'object'." },
    { name: "proxy", fn: proxy, doc: "proxy(object[, callback]) -- create a proxy object that weakly\nreferences 'object'.  'callback', if given, is called with a\nreference to the proxy when 'object' is about to be finalized." },
    { name: "_remove_dead_weakref", fn: removeDeadWeakref, doc: "Atomically remove key from dict if it points to a dead weakref." },
  ],
  init(rt, m) {
    for (const [name, type] of [
      ["ref", rt.T.weakref_ref],
      ["ReferenceType", rt.T.weakref_ref],
      ["ProxyType", rt.T.weakref_proxy],
      ["CallableProxyType", rt.T.weakref_callableproxy],
    ] as const) {
      rt.incref(type);
      addModuleValue(rt, m, name, type);
    }
  },
};
