/**
 * The introspection modules (docs/introspection.md), for the VM's list of native modules:
 * `_tracemalloc` (under lib/tracemalloc.py), `_opcode` (under lib/opcode.py and lib/dis.py)
 * and `glasspy` (the heap as data).
 */
import type { NativeModuleDef } from "./native-module.js";
import { tracemallocModuleDef } from "./tracemalloc.js";
import { glasspyModuleDef } from "./glasspy-module.js";
import { opcodeModuleDef } from "./opcode.js";

export const introspectionModuleDefs: readonly NativeModuleDef[] = [tracemallocModuleDef, glasspyModuleDef, opcodeModuleDef];
