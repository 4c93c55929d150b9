/**
 * `gc`: the interface to the cycle collector (CPython 3.11's Modules/gcmodule.c functions;
 * the collector itself is src/objects/gc-collect.ts, its state src/objects/gc-state.ts).
 *
 * `gc.garbage` and `gc.callbacks` are the collector's own lists: made when the module is first
 * imported, owned by the collector state (released at teardown), and put in the module.
 */
import type { Runtime } from "../objects/runtime.js";
import type { MethodDef, NativeFunction } from "../objects/typedef.js";
import type { NativeModuleDef } from "./native-module.js";
import { addModuleValue } from "./native-module.js";
import { arg, argSpec, checkArgs, kwCount, parseArgs } from "../objects/args.js";
import { noArgsMethod } from "../objects/no-args-method.js";
import { asIndex } from "../objects/abstract.js";
import { newInt } from "../objects/int.js";
import { newBool } from "../objects/bool.js";
import { newTuple, tupleSetItem } from "../objects/tuple.js";
import { newList, listAppend } from "../objects/list.js";
import { newDict, dictSetItem } from "../objects/dict.js";
import { TpFlag } from "../objects/layout.js";
import { GcDebug, NUM_GENERATIONS, PERMANENT, gcListObjects, gcListSize } from "../objects/gc-state.js";
import { collectGeneration, freezeAll, isGcObject, unfreezeAll } from "../objects/gc-collect.js";

const none = (rt: Runtime): number => {
  rt.incref(rt.S.None);
  return rt.S.None;
};

/** A C `int` argument ("i" format): __index__, then the range check. */
function cInt(rt: Runtime, o: number): number {
  if (rt.typeOf(o) === rt.T.float || rt.isSubtype(rt.typeOf(o), rt.T.float)) {
    throw rt.raise(rt.E.TypeError, "'float' object cannot be interpreted as an integer");
  }
  const v = asIndex(rt, o);
  if (v > 2147483647) throw rt.raise(rt.E.OverflowError, "signed integer is greater than maximum");
  if (v < -2147483648) throw rt.raise(rt.E.OverflowError, "signed integer is less than minimum");
  return v;
}

function noArgs(name: string, doc: string, body: (rt: Runtime) => number): MethodDef {
  return noArgsMethod(name, `gc.${name}`, body, doc);
}

function oneArg(name: string, doc: string, body: (rt: Runtime, o: number) => number): MethodDef {
  const qualname = `gc.${name}`;
  return {
    name,
    doc,
    fn: (rt, _m, args, nargs, kwnames) => {
      checkArgs(rt, qualname, nargs, kwnames, 1, 1);
      return body(rt, arg(rt, args, 0));
    },
  };
}

const collectSpec = argSpec("collect", ["generation="]);
const collect: NativeFunction = (rt, _m, args, nargs, kwnames) => {
  const out = new Int32Array(1);
  parseArgs(rt, collectSpec, args, nargs, kwnames, out);
  const gen = out[0] === 0 ? NUM_GENERATIONS - 1 : cInt(rt, out[0]);
  if (gen < 0 || gen >= NUM_GENERATIONS) throw rt.raise(rt.E.ValueError, "invalid generation");
  return newInt(rt, collectGeneration(rt, gen));
};

const setThreshold: NativeFunction = (rt, _m, args, nargs, kwnames) => {
  if (kwCount(rt, kwnames) > 0) throw rt.raise(rt.E.TypeError, "set_threshold() takes no keyword arguments");
  if (nargs < 1) throw rt.raise(rt.E.TypeError, `set_threshold() takes at least 1 argument (${nargs} given)`);
  if (nargs > 3) throw rt.raise(rt.E.TypeError, `set_threshold() takes at most 3 arguments (${nargs} given)`);
  const values = [];
  for (let i = 0; i < nargs; i++) values.push(cInt(rt, arg(rt, args, i)));
  const gc = rt.gc;
  gc.threshold0 = values[0];
  if (nargs > 1) gc.threshold1 = values[1];
  if (nargs > 2) gc.threshold2 = values[2];
  return none(rt);
};

function intTuple(rt: Runtime, values: readonly number[]): number {
  const t = newTuple(rt, values.length);
  values.forEach((v, i) => tupleSetItem(rt, t, i, newInt(rt, v)));
  return t;
}

const getObjectsSpec = argSpec("get_objects", ["generation="]);
const getObjects: NativeFunction = (rt, _m, args, nargs, kwnames) => {
  const out = new Int32Array(1);
  parseArgs(rt, getObjectsSpec, args, nargs, kwnames, out);
  let gen = -1;
  if (out[0] !== 0 && out[0] !== rt.S.None) {
    if (!rt.hasFlag(out[0], TpFlag.LONG_SUBCLASS)) {
      throw rt.raise(rt.E.TypeError, `argument should be integer or None, not '${rt.typeName(out[0])}'`);
    }
    gen = asIndex(rt, out[0]);
    if (gen >= NUM_GENERATIONS) {
      throw rt.raise(rt.E.ValueError, `generation parameter must be less than the number of available generations (${NUM_GENERATIONS})`);
    }
    if (gen < -1) throw rt.raise(rt.E.ValueError, "generation parameter cannot be negative");
  }
  const result = newList(rt, 0);
  const objects: number[] = [];
  if (gen === -1) for (let i = 0; i < NUM_GENERATIONS; i++) gcListObjects(rt, rt.gc.heads[i], objects);
  else gcListObjects(rt, rt.gc.heads[gen], objects);
  try {
    for (const o of objects) if (o !== result) listAppend(rt, result, o);
  } catch (e) {
    rt.decref(result);
    throw e;
  }
  return result;
};

const getStats = noArgs("get_stats", "Return a list of dictionaries containing per-generation statistics.", (rt) => {
  const result = newList(rt, 0);
  try {
    for (const s of rt.gc.stats) {
      const d = newDict(rt);
      for (const [key, v] of [
        ["collections", s.collections],
        ["collected", s.collected],
        ["uncollectable", s.uncollectable],
      ] as const) {
        const value = newInt(rt, v);
        dictSetItem(rt, d, rt.identifier(key), value);
        rt.decref(value);
      }
      listAppend(rt, result, d);
      rt.decref(d);
    }
  } catch (e) {
    rt.decref(result);
    throw e;
  }
  return result;
});

/** The arguments of a `*objs` call, as a JS array of borrowed references. */
function argList(rt: Runtime, name: string, args: number, nargs: number, kwnames: number): number[] {
  if (kwCount(rt, kwnames) > 0) throw rt.raise(rt.E.TypeError, `${name}() takes no keyword arguments`);
  const objs: number[] = [];
  for (let i = 0; i < nargs; i++) objs.push(arg(rt, args, i));
  return objs;
}

const getReferrers: NativeFunction = (rt, _m, args, nargs, kwnames) => {
  const targets = new Set(argList(rt, "get_referrers", args, nargs, kwnames));
  const result = newList(rt, 0);
  try {
    for (let i = 0; i < NUM_GENERATIONS; i++) {
      for (const o of gcListObjects(rt, rt.gc.heads[i])) {
        if (o === result) continue;
        const traverse = rt.slotsOf(o).traverse;
        if (traverse === undefined) continue;
        let refers = false;
        traverse(rt, o, (child) => {
          if (targets.has(child)) refers = true;
        });
        if (refers) listAppend(rt, result, o);
      }
    }
  } catch (e) {
    rt.decref(result);
    throw e;
  }
  return result;
};

const getReferents: NativeFunction = (rt, _m, args, nargs, kwnames) => {
  const objs = argList(rt, "get_referents", args, nargs, kwnames);
  const referents: number[] = [];
  for (const o of objs) {
    if (!isGcObject(rt, o)) continue;
    rt.slotsOf(o).traverse?.(rt, o, (child) => referents.push(child));
  }
  const result = newList(rt, 0);
  try {
    for (const c of referents) listAppend(rt, result, c);
  } catch (e) {
    rt.decref(result);
    throw e;
  }
  return result;
};

const methods: readonly MethodDef[] = [
  noArgs("enable", "Enable automatic garbage collection.", (rt) => {
    rt.gc.enabled = true;
    return none(rt);
  }),
  noArgs("disable", "Disable automatic garbage collection.", (rt) => {
    rt.gc.enabled = false;
    return none(rt);
  }),
  noArgs("isenabled", "Returns true if automatic garbage collection is enabled.", (rt) => newBool(rt, rt.gc.enabled)),
  {
    name: "collect",
    fn: collect,
    doc:
      "Run the garbage collector.\n\nWith no arguments, run a full collection.  The optional argument\nmay be an integer specifying which generation to collect.  A ValueError\nis raised if the generation number is invalid.\n\nThe number of unreachable objects is returned.",
  },
  noArgs("get_count", "Return a three-tuple of the current collection counts.", (rt) => intTuple(rt, [rt.gc.count0, rt.gc.count1, rt.gc.count2])),
  noArgs("get_threshold", "Return the current collection thresholds.", (rt) =>
    intTuple(rt, [rt.gc.threshold0, rt.gc.threshold1, rt.gc.threshold2]),
  ),
  {
    name: "set_threshold",
    fn: setThreshold,
    doc: "set_threshold(threshold0, [threshold1, threshold2]) -> None\n\nSets the collection thresholds.  Setting threshold0 to zero disables\ncollection.\n",
  },
  {
    name: "get_objects",
    fn: getObjects,
    doc:
      "Return a list of objects tracked by the collector (excluding the list returned).\n\n  generation\n    Generation to extract the objects from.\n\nIf generation is not None, return only the objects tracked by the collector\nthat are in that generation.",
  },
  getStats,
  { name: "get_referrers", fn: getReferrers, doc: "get_referrers(*objs) -> list\nReturn the list of objects that directly refer to any of objs." },
  { name: "get_referents", fn: getReferents, doc: "get_referents(*objs) -> list\nReturn the list of objects that are directly referred to by objs." },
  oneArg("is_tracked", "Returns true if the object is tracked by the garbage collector.\n\nSimple atomic objects will return false.", (rt, o) =>
    newBool(rt, isGcObject(rt, o) && rt.isTracked(o)),
  ),
  oneArg("is_finalized", "Returns true if the object has been already finalized by the GC.", (rt, o) =>
    newBool(rt, isGcObject(rt, o) && rt.gcIsFinalized(o)),
  ),
  noArgs(
    "freeze",
    "Freeze all current tracked objects and ignore them for future collections.\n\nThis can be used before a POSIX fork() call to make the gc copy-on-write friendly.\nNote: collection before a POSIX fork() call may free pages for future allocation\nwhich can cause copy-on-write.",
    (rt) => {
      freezeAll(rt);
      return none(rt);
    },
  ),
  noArgs("unfreeze", "Unfreeze all objects in the permanent generation.\n\nPut all objects in the permanent generation back into oldest generation.", (rt) => {
    unfreezeAll(rt);
    return none(rt);
  }),
  noArgs("get_freeze_count", "Return the number of objects in the permanent generation.", (rt) =>
    newInt(rt, gcListSize(rt, rt.gc.heads[PERMANENT])),
  ),
  oneArg(
    "set_debug",
    "Set the garbage collection debugging flags.\n\n  flags\n    An integer that can have the following bits turned on:\n      DEBUG_STATS - Print statistics during collection.\n      DEBUG_COLLECTABLE - Print collectable objects found.\n      DEBUG_UNCOLLECTABLE - Print unreachable but uncollectable objects\n        found.\n      DEBUG_SAVEALL - Save objects to gc.garbage rather than freeing them.\n      DEBUG_LEAK - Debug leaking programs (everything but STATS).\n\nDebugging information is written to sys.stderr.",
    (rt, o) => {
      rt.gc.debug = cInt(rt, o);
      return none(rt);
    },
  ),
  noArgs("get_debug", "Get the garbage collection debugging flags.", (rt) => newInt(rt, rt.gc.debug)),
];

export const gcModuleDef: NativeModuleDef = {
  name: "gc",
  doc:
    "This module provides access to the garbage collector for reference cycles.\n\nenable() -- Enable automatic garbage collection.\ndisable() -- Disable automatic garbage collection.\nisenabled() -- Returns true if automatic collection is enabled.\ncollect() -- Do a full collection right now.\nget_count() -- Return the current collection counts.\nget_stats() -- Return list of dictionaries containing per-generation stats.\nset_debug() -- Set debugging flags.\nget_debug() -- Get debugging flags.\nset_threshold() -- Set the collection thresholds.\nget_threshold() -- Return the current the collection thresholds.\nget_objects() -- Return a list of all objects tracked by the collector.\nis_tracked() -- Returns true if a given object is tracked.\nis_finalized() -- Returns true if a given object has been already finalized.\nget_referrers() -- Return the list of objects that refer to an object.\nget_referents() -- Return the list of objects that an object refers to.\nfreeze() -- Freeze all tracked objects and ignore them for future collections.\nunfreeze() -- Unfreeze all objects in the permanent generation.\nget_freeze_count() -- Return the number of objects in the permanent generation.\n",
  methods,
  init(rt, m) {
    const gc = rt.gc;
    if (gc.garbage === 0) gc.garbage = newList(rt, 0);
    if (gc.callbacks === 0) gc.callbacks = newList(rt, 0);
    rt.incref(gc.garbage);
    addModuleValue(rt, m, "garbage", gc.garbage);
    rt.incref(gc.callbacks);
    addModuleValue(rt, m, "callbacks", gc.callbacks);
    addModuleValue(rt, m, "DEBUG_STATS", newInt(rt, GcDebug.STATS));
    addModuleValue(rt, m, "DEBUG_COLLECTABLE", newInt(rt, GcDebug.COLLECTABLE));
    addModuleValue(rt, m, "DEBUG_UNCOLLECTABLE", newInt(rt, GcDebug.UNCOLLECTABLE));
    addModuleValue(rt, m, "DEBUG_SAVEALL", newInt(rt, GcDebug.SAVEALL));
    addModuleValue(rt, m, "DEBUG_LEAK", newInt(rt, GcDebug.LEAK));
  },
};
