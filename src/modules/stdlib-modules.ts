/**
 * The native stdlib modules (the ones whose types live in stdlib-types.ts), for the VM's list
 * of modules available to `import`.
 */
import type { NativeModuleDef } from "./native-module.js";
import { itertoolsModuleDef } from "./itertools.js";
import { operatorModuleDef } from "./operator.js";
import { randomModuleDef } from "./random.js";
import { sha512ModuleDef } from "./sha512.js";
import { collectionsModuleDef } from "./collections.js";
import { functoolsModuleDef } from "./functools.js";

export const stdlibModuleDefs: readonly NativeModuleDef[] = [itertoolsModuleDef, operatorModuleDef, randomModuleDef, sha512ModuleDef, collectionsModuleDef, functoolsModuleDef];
