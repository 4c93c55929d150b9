/**
 * The `_collections` module: deque (collections-deque.ts) with its iterators and defaultdict
 * (collections-defaultdict.ts). lib/collections/__init__.py re-exports them beside the
 * pure-Python OrderedDict, namedtuple, Counter and ChainMap.
 */
import type { Runtime } from "../objects/runtime.js";
import type { NativeModuleDef } from "./native-module.js";
import { addModuleValue } from "./native-module.js";

export const collectionsModuleDef: NativeModuleDef = {
  name: "_collections",
  doc: "High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n",
  methods: [],
  init(rt: Runtime, m: number) {
    const types = [
      ["deque", rt.T.collections_deque], ["defaultdict", rt.T.collections_defaultdict],
      ["_deque_iterator", rt.T._collections__deque_iterator], ["_deque_reverse_iterator", rt.T._collections__deque_reverse_iterator],
      ["_tuplegetter", rt.T._collections__tuplegetter],
    ] as const;
    for (const [name, type] of types) {
      rt.incref(type);
      addModuleValue(rt, m, name, type);
    }
  },
};
