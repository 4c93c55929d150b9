/**
 * State a file keeps per interpreter, without a global: `new RuntimeLocal(make)` then
 * `local.get(rt)` gives that Runtime's value, made by `make(rt)` on first use. The last
 * Runtime asked for is remembered, so the common case (one interpreter) costs one compare.
 * Values live as long as their Runtime (a WeakMap holds them).
 */
import type { Runtime } from "./runtime.js";

/** Every RuntimeLocal made, for forget(). */
const everyLocal: RuntimeLocal<unknown>[] = [];

export class RuntimeLocal<T> {
  private readonly values = new WeakMap<Runtime, T>();
  private lastRuntime: Runtime | undefined;
  private lastValue: T | undefined;

  constructor(private readonly make: (rt: Runtime) => T) {
    everyLocal.push(this);
  }

  /** A closed interpreter's Runtime: no RuntimeLocal may keep it (and its heap) reachable. */
  static forget(rt: Runtime): void {
    for (const local of everyLocal) {
      if (local.lastRuntime === rt) {
        local.lastRuntime = undefined;
        local.lastValue = undefined;
      }
    }
  }

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
