/**
 * The `itertools` module: its iterator types (itertools-basic.ts, itertools-group.ts,
 * itertools-combinatoric.ts) and `tee`. The types are static builtin types (registered through
 * stdlib-types.ts); the module hands them out under their short names.
 */
import type { Runtime } from "../objects/runtime.js";
import type { NativeModuleDef } from "./native-module.js";
import { addModuleValue } from "./native-module.js";
import { tee } from "./itertools-group.js";

/** (module attribute, rt.T key) for each type the module exposes. */
const exported = [
  ["accumulate", "itertools_accumulate"], ["chain", "itertools_chain"], ["combinations", "itertools_combinations"],
  ["combinations_with_replacement", "itertools_combinations_with_replacement"], ["compress", "itertools_compress"],
  ["count", "itertools_count"], ["cycle", "itertools_cycle"], ["dropwhile", "itertools_dropwhile"],
  ["filterfalse", "itertools_filterfalse"], ["groupby", "itertools_groupby"], ["islice", "itertools_islice"],
  ["pairwise", "itertools_pairwise"], ["permutations", "itertools_permutations"], ["product", "itertools_product"],
  ["repeat", "itertools_repeat"], ["starmap", "itertools_starmap"], ["takewhile", "itertools_takewhile"],
  ["zip_longest", "itertools_zip_longest"], ["_grouper", "itertools__grouper"], ["_tee", "itertools__tee"],
  ["_tee_dataobject", "itertools__tee_dataobject"],
] as const;

export const itertoolsModuleDef: NativeModuleDef = {
  name: "itertools",
  doc: "Functional tools for creating and using iterators.",
  methods: [{ name: "tee", fn: tee, doc: "Returns a tuple of n independent iterators." }],
  init(rt: Runtime, m: number) {
    for (const [name, key] of exported) {
      const type = rt.T[key];
      rt.incref(type);
      addModuleValue(rt, m, name, type);
    }
  },
};
