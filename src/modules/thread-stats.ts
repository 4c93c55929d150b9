/**
 * `glasspy.gil_stats()`: the GIL's statistics for scripts (docs/threads.md).
 *
 *   {'switches': hand-overs of the GIL to a different thread,
 *    'forced_switches': those forced by the switch interval (a waiter waited a whole interval),
 *    'switch_interval': sys.getswitchinterval(), 'switch_every': N in deterministic mode or 0,
 *    'threads': [{'name', 'ident', 'alive', 'held': seconds holding the GIL,
 *                 'waited': seconds runnable but waiting for the GIL}, ...]}
 *
 * Threads appear in order of creation (the main thread first), finished ones after the live.
 */
import type { Runtime } from "../objects/runtime.js";
import type { MethodDef } from "../objects/typedef.js";
import { checkArgs } from "../objects/args.js";
import { newInt } from "../objects/int.js";
import { newFloat } from "../objects/float.js";
import { newList, listAppend } from "../objects/list.js";
import { newDict, dictSetItem } from "../objects/dict.js";
import { schedulerOf } from "../vm/scheduler.js";
import { switchIntervalMicros } from "./sys.js";

/** d[key] = value; value is a new reference, released here. */
function put(rt: Runtime, d: number, key: string, value: number): void {
  try {
    dictSetItem(rt, d, rt.identifier(key), value);
  } finally {
    rt.decref(value);
  }
}

const bool = (rt: Runtime, b: boolean): number => {
  const v = b ? rt.S.True : rt.S.False;
  rt.incref(v);
  return v;
};

function gilStats(rt: Runtime, _m: number, _args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "gil_stats", nargs, kwnames, 0, 0);
  const scheduler = schedulerOf(rt);
  if (scheduler === undefined) throw rt.raise(rt.E.RuntimeError, "no thread scheduler");
  const stats = scheduler.stats();
  const d = newDict(rt);
  try {
    put(rt, d, "switches", newInt(rt, stats.switches));
    put(rt, d, "forced_switches", newInt(rt, stats.forcedSwitches));
    put(rt, d, "switch_interval", newFloat(rt, 1e-6 * switchIntervalMicros(rt)));
    put(rt, d, "switch_every", newInt(rt, scheduler.switchEvery));
    const threads = newList(rt, 0);
    put(rt, d, "threads", threads);
    for (const t of stats.threads) {
      const td = newDict(rt);
      try {
        put(rt, td, "name", rt.newStr(t.name));
        put(rt, td, "ident", newInt(rt, t.ident));
        put(rt, td, "alive", bool(rt, t.alive));
        put(rt, td, "held", newFloat(rt, t.heldMs / 1000));
        put(rt, td, "waited", newFloat(rt, t.waitedMs / 1000));
        listAppend(rt, threads, td);
      } finally {
        rt.decref(td);
      }
    }
  } catch (e) {
    rt.decref(d);
    throw e;
  }
  return d;
}

export const gilStatsMethod: MethodDef = {
  name: "gil_stats",
  fn: gilStats,
  doc: "gil_stats() -> dict\n\nThe GIL's statistics: switches, forced switches, and per thread the seconds it held and waited for the GIL.",
};
