/**
 * State a file keeps per interpreter, without a global: `new RuntimeLocal(make)` then
 * `local.get(rt)` gives that Runtime's value, made by `make(rt)` on first use. The last
 * Runtime asked for is remembered, so the common case (one interpreter) costs one compare.
 * Values live as long as their Runtime (a WeakMap holds them).
 */
import type { Runtime } from "./runtime.js";

export class RuntimeLocal<T> {
  private readonly values = new WeakMap<Runtime, T>();
  private lastRuntime: Runtime | undefined;
  private lastValue: T | undefined;

  constructor(private readonly make: (rt: Runtime) => T) {}

  get(rt: Runtime): T {
    if (rt === this.lastRuntime) return this.lastValue!;
    let value = this.values.get(rt);
    if (value === undefined) {
      value = this.make(rt);
      this.values.set(rt, value);
    }
    this.lastRuntime = rt;
    this.lastValue = value;
    return value;
  }
}
