/**
 * `math`: the module table. The functions live by theme in math-float.ts (the libm-style
 * functions and CPython's error rules), math-sum.ts (hypot, dist, fsum, prod) and
 * math-integer.ts (gcd, lcm, factorial, comb, perm, isqrt).
 */
import type { NativeModuleDef } from "./native-module.js";
import { addModuleValue } from "./native-module.js";
import { newFloat } from "../objects/float.js";
import { floatFunctions } from "./math-float.js";
import { sumFunctions } from "./math-sum.js";
import { integerFunctions } from "./math-integer.js";

export { asDouble } from "./math-float.js";

export const mathModuleDef: NativeModuleDef = {
  name: "math",
  doc: "This module provides access to the mathematical functions\ndefined by the C standard.",
  methods: [...floatFunctions, ...sumFunctions, ...integerFunctions],
  init(rt, m) {
    addModuleValue(rt, m, "pi", newFloat(rt, Math.PI));
    addModuleValue(rt, m, "e", newFloat(rt, Math.E));
    addModuleValue(rt, m, "tau", newFloat(rt, 2 * Math.PI));
    addModuleValue(rt, m, "inf", newFloat(rt, Infinity));
    addModuleValue(rt, m, "nan", newFloat(rt, NaN));
  },
};
