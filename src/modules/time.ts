/**
 * `time`: clocks, sleeping, and the calendar functions in their simple forms.
 *
 * Clocks come from the host: the wall clock from `performance.timeOrigin + performance.now()`
 * (microsecond resolution), the monotonic and performance counters from
 * `process.hrtime.bigint()` where Node provides it (else `performance.now()`), process time
 * from `process.cpuUsage()`.
 *
 * `sleep` is a wait of the thread scheduler (src/vm/scheduler.ts): it releases the GIL, and
 * the host sleeps only when every thread is waiting. Without a scheduler it really waits,
 * synchronously, with `Atomics.wait` on a private SharedArrayBuffer (a busy wait where the
 * host forbids blocking, as a browser's main thread does).
 *
 * `gmtime` and `localtime` return `time.struct_time` (structseq.ts): year, month, day, hour,
 * minute, second, weekday (Monday 0), day of the year, isdst — without CPython's extra
 * tm_zone and tm_gmtoff attributes. `strftime` knows the C locale's directives.
 */
import type { Runtime } from "../objects/runtime.js";
import type { MethodDef } from "../objects/typedef.js";
import type { NativeModuleDef } from "./native-module.js";
import { TpFlag } from "../objects/layout.js";
import { arg, checkArgs, argTypeName } from "../objects/args.js";
import { index } from "../objects/abstract.js";
import { newInt, newIntFromBigInt, intToBigInt } from "../objects/int.js";
import { newFloat, floatValue } from "../objects/float.js";
import { newTuple, tupleItem, tupleSetItem, tupleSize } from "../objects/tuple.js";
import { newStructSeq, structSeqTypeOf } from "../objects/structseq.js";
import { addModuleValue } from "./native-module.js";
import { schedulerOf } from "../vm/scheduler.js";
import type { Wait } from "../vm/thread.js";
import { noArgsMethod } from "../objects/no-args-method.js";

interface HostProcess {
  hrtime?: { bigint(): bigint };
  cpuUsage?(): { user: number; system: number };
}

const hostProcess = (globalThis as { process?: HostProcess }).process;

/** Wall-clock time in milliseconds since the epoch, with sub-millisecond digits. */
function wallMillis(): number {
  return performance.timeOrigin + performance.now();
}

/** A monotonic clock in nanoseconds. */
function monotonicNanos(): bigint {
  if (hostProcess?.hrtime !== undefined) return hostProcess.hrtime.bigint();
  return BigInt(Math.round(performance.now() * 1e6));
}

function processNanos(): bigint {
  if (hostProcess?.cpuUsage !== undefined) {
    const u = hostProcess.cpuUsage();
    return BigInt(u.user + u.system) * 1000n;
  }
  return monotonicNanos();
}

function clock(name: string, value: (rt: Runtime) => number, doc: string): MethodDef {
  return noArgsMethod(name, `time.${name}`, value, doc);
}

/** The argument-count messages of PyArg_ParseTuple ("gmtime() takes at most 1 argument (2 given)"). */
function checkTupleArgs(rt: Runtime, name: string, nargs: number, kwnames: number, min: number, max: number): void {
  if (kwnames !== 0 && tupleSize(rt, kwnames) > 0) throw rt.raise(rt.E.TypeError, `${name}() takes no keyword arguments`);
  if (nargs >= min && nargs <= max) return;
  const bound = nargs < min ? min : max;
  const how = min === max ? "exactly" : nargs < min ? "at least" : "at most";
  throw rt.raise(rt.E.TypeError, `${name}() takes ${how} ${bound} argument${bound === 1 ? "" : "s"} (${nargs} given)`);
}

const nanosToSeconds = (ns: bigint): number => Number(ns) / 1e9;

// ── sleep ───────────────────────────────────────────────────────────────────────────────

let sleepCell: Int32Array | undefined;

/** Block the host thread for `ms` milliseconds. */
function hostSleep(ms: number): void {
  if (ms <= 0) return;
  try {
    sleepCell ??= new Int32Array(new SharedArrayBuffer(4));
    Atomics.wait(sleepCell, 0, 0, ms);
    return;
  } catch {
    // The host does not allow blocking this thread: spin instead.
  }
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // busy wait
  }
}

/** 2^63 nanoseconds: the range of CPython's _PyTime_t. */
const PYTIME_LIMIT = 2 ** 63;

/** A duration in seconds as CPython's _PyTime_FromSecondsObject accepts it. */
function secondsArg(rt: Runtime, o: number): number {
  if (rt.isInstance(o, rt.T.float)) {
    const d = floatValue(rt, o);
    if (Number.isNaN(d)) throw rt.raise(rt.E.ValueError, "Invalid value NaN (not a number)");
    if (!(Math.abs(d * 1e9) < PYTIME_LIMIT)) throw rt.raise(rt.E.OverflowError, "timestamp out of range for platform time_t");
    return d;
  }
  const i = index(rt, o);
  try {
    const v = intToBigInt(rt, i);
    if (v * 1_000_000_000n >= 2n ** 63n || v * 1_000_000_000n < -(2n ** 63n)) {
      throw rt.raise(rt.E.OverflowError, "timestamp too large to convert to C _PyTime_t");
    }
    return Number(v);
  } finally {
    rt.decref(i);
  }
}

function sleep(rt: Runtime, _m: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "time.sleep", nargs, kwnames, 1, 1);
  const secs = secondsArg(rt, arg(rt, args, 0));
  if (secs < 0) throw rt.raise(rt.E.ValueError, "sleep length must be non-negative");
  const scheduler = schedulerOf(rt);
  if (scheduler !== undefined) return scheduler.block(sleepWait(rt, secs * 1000), args);
  hostSleep(secs * 1000);
  rt.incref(rt.S.None);
  return rt.S.None;
}

/**
 * time.sleep as a wait of the thread scheduler: the GIL is released, other threads run, and
 * the host really sleeps only when every thread waits (src/vm/scheduler.ts). sleep(0) too
 * lets the others run, as in CPython.
 */
function sleepWait(rt: Runtime, ms: number): Wait {
  return {
    deadline: performance.now() + ms,
    what: "time.sleep",
    ready: () => false,
    finish: () => {
      rt.incref(rt.S.None);
      return rt.S.None;
    },
    release: () => {},
  };
}

// ── calendar ────────────────────────────────────────────────────────────────────────────

/** struct_time's fields, in order. */
interface TimeFields {
  year: number;
  mon: number;
  mday: number;
  hour: number;
  min: number;
  sec: number;
  /** Monday is 0. */
  wday: number;
  /** 1-based. */
  yday: number;
  isdst: number;
}

function dayOfYear(year: number, mon: number, mday: number): number {
  return Math.round((Date.UTC(year, mon - 1, mday) - Date.UTC(year, 0, 1)) / 86_400_000) + 1;
}

function fieldsOf(d: Date, utc: boolean): TimeFields {
  const year = utc ? d.getUTCFullYear() : d.getFullYear();
  const mon = (utc ? d.getUTCMonth() : d.getMonth()) + 1;
  const mday = utc ? d.getUTCDate() : d.getDate();
  let isdst = 0;
  if (!utc) {
    const jan = new Date(year, 0, 1).getTimezoneOffset();
    const jul = new Date(year, 6, 1).getTimezoneOffset();
    isdst = d.getTimezoneOffset() < Math.max(jan, jul) ? 1 : 0;
  }
  return {
    year,
    mon,
    mday,
    hour: utc ? d.getUTCHours() : d.getHours(),
    min: utc ? d.getUTCMinutes() : d.getMinutes(),
    sec: utc ? d.getUTCSeconds() : d.getSeconds(),
    wday: ((utc ? d.getUTCDay() : d.getDay()) + 6) % 7,
    yday: dayOfYear(year, mon, mday),
    isdst,
  };
}

/** Seconds since the epoch from an optional argument (None or absent: now), floored as time_t. */
function timestampArg(rt: Runtime, args: number, nargs: number): number {
  if (nargs === 0 || arg(rt, args, 0) === rt.S.None) return Math.floor(wallMillis() / 1000);
  const o = arg(rt, args, 0);
  if (rt.isInstance(o, rt.T.float)) {
    const d = floatValue(rt, o);
    if (Number.isNaN(d)) throw rt.raise(rt.E.ValueError, "Invalid value NaN (not a number)");
    if (!(Math.abs(d) < 8.64e12)) throw rt.raise(rt.E.OverflowError, "timestamp out of range for platform time_t");
    return Math.floor(d);
  }
  const i = index(rt, o);
  try {
    const v = intToBigInt(rt, i);
    if (v > 8_640_000_000_000n || v < -8_640_000_000_000n) throw rt.raise(rt.E.OverflowError, "timestamp out of range for platform time_t");
    return Number(v);
  } finally {
    rt.decref(i);
  }
}

function fieldsTuple(rt: Runtime, f: TimeFields): number {
  const values = [f.year, f.mon, f.mday, f.hour, f.min, f.sec, f.wday, f.yday, f.isdst];
  const t = newTuple(rt, values.length);
  values.forEach((v, i) => tupleSetItem(rt, t, i, newInt(rt, v)));
  return t;
}

function calendar(name: string, utc: boolean, doc: string): MethodDef {
  return {
    name,
    fn: (rt, _m, args, nargs, kwnames) => {
      checkTupleArgs(rt, name, nargs, kwnames, 0, 1);
      return newStructSeq(rt, "time.struct_time", fieldsTuple(rt, fieldsOf(new Date(timestampArg(rt, args, nargs) * 1000), utc)));
    },
    doc,
  };
}

/** A struct_time-like 9-tuple argument, read back into fields. */
function fieldsFromTuple(rt: Runtime, fname: string, t: number): TimeFields {
  if (!rt.hasFlag(t, TpFlag.TUPLE_SUBCLASS) || tupleSize(rt, t) !== 9) {
    throw rt.raise(rt.E.TypeError, `${fname}(): illegal time tuple argument`);
  }
  const v: number[] = [];
  for (let i = 0; i < 9; i++) {
    const i32 = index(rt, tupleItem(rt, t, i));
    try {
      v.push(Number(intToBigInt(rt, i32)));
    } finally {
      rt.decref(i32);
    }
  }
  return { year: v[0], mon: v[1], mday: v[2], hour: v[3], min: v[4], sec: v[5], wday: v[6], yday: v[7], isdst: v[8] };
}

const dayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const pad = (v: number, width: number, fill = "0") => String(v).padStart(width, fill);

/** C's asctime: "Thu Jan  1 00:00:00 1970". */
function asctimeText(f: TimeFields): string {
  return `${dayNames[f.wday].slice(0, 3)} ${monthNames[f.mon - 1].slice(0, 3)}${pad(f.mday, 3, " ")} ${pad(f.hour, 2)}:${pad(f.min, 2)}:${pad(f.sec, 2)} ${f.year}`;
}

/** Week number of the year with weeks starting on `firstDay` (0 Sunday, 1 Monday), as %U / %W. */
function weekNumber(f: TimeFields, firstDay: number): number {
  const cDay = (f.wday + 1) % 7;
  return Math.floor((f.yday - 1 + 7 - ((cDay - firstDay + 7) % 7)) / 7);
}

function strftimeText(format: string, f: TimeFields): string {
  return format.replace(/%([%aAbBcdHIjmMpSUwWxXyYZze])/g, (_m, c: string) => {
    switch (c) {
      case "%": return "%";
      case "a": return dayNames[f.wday].slice(0, 3);
      case "A": return dayNames[f.wday];
      case "b": return monthNames[f.mon - 1].slice(0, 3);
      case "B": return monthNames[f.mon - 1];
      case "c": return asctimeText(f);
      case "d": return pad(f.mday, 2);
      case "e": return pad(f.mday, 2, " ");
      case "H": return pad(f.hour, 2);
      case "I": return pad(f.hour % 12 === 0 ? 12 : f.hour % 12, 2);
      case "j": return pad(f.yday, 3);
      case "m": return pad(f.mon, 2);
      case "M": return pad(f.min, 2);
      case "p": return f.hour < 12 ? "AM" : "PM";
      case "S": return pad(f.sec, 2);
      case "U": return pad(weekNumber(f, 0), 2);
      case "w": return String((f.wday + 1) % 7);
      case "W": return pad(weekNumber(f, 1), 2);
      case "x": return `${pad(f.mon, 2)}/${pad(f.mday, 2)}/${pad(f.year % 100, 2)}`;
      case "X": return `${pad(f.hour, 2)}:${pad(f.min, 2)}:${pad(f.sec, 2)}`;
      case "y": return pad(f.year % 100, 2);
      case "Y": return String(f.year);
      case "z": return timezoneOffsetText();
      case "Z": return timezoneName();
      default: return c;
    }
  });
}

function timezoneOffsetText(): string {
  const minutes = -new Date().getTimezoneOffset();
  const sign = minutes < 0 ? "-" : "+";
  const a = Math.abs(minutes);
  return `${sign}${pad(Math.floor(a / 60), 2)}${pad(a % 60, 2)}`;
}

function timezoneName(): string {
  const part = new Intl.DateTimeFormat("en-US", { timeZoneName: "short" }).formatToParts(new Date()).find((p) => p.type === "timeZoneName");
  return part?.value ?? "UTC";
}

/** The time tuple argument at `i`, or local time now. */
function timeArg(rt: Runtime, fname: string, args: number, nargs: number, i: number): TimeFields {
  if (nargs > i) return fieldsFromTuple(rt, fname, arg(rt, args, i));
  return fieldsOf(new Date(wallMillis()), false);
}

function strftime(rt: Runtime, _m: number, args: number, nargs: number, kwnames: number): number {
  checkTupleArgs(rt, "strftime", nargs, kwnames, 1, 2);
  const format = arg(rt, args, 0);
  if (!rt.hasFlag(format, TpFlag.UNICODE_SUBCLASS)) {
    throw rt.raise(rt.E.TypeError, `strftime() argument 1 must be str, not ${argTypeName(rt, format)}`);
  }
  return rt.newStr(strftimeText(rt.jsString(format), timeArg(rt, "strftime", args, nargs, 1)));
}

const methods: readonly MethodDef[] = [
  clock("time", (rt) => newFloat(rt, wallMillis() / 1000), "Return the current time in seconds since the Epoch."),
  clock("time_ns", (rt) => newIntFromBigInt(rt, BigInt(Math.round(wallMillis() * 1000)) * 1000n), "Return the current time in nanoseconds since the Epoch."),
  clock("perf_counter", (rt) => newFloat(rt, nanosToSeconds(monotonicNanos())), "Performance counter for benchmarking."),
  clock("perf_counter_ns", (rt) => newIntFromBigInt(rt, monotonicNanos()), "Performance counter for benchmarking as nanoseconds."),
  clock("monotonic", (rt) => newFloat(rt, nanosToSeconds(monotonicNanos())), "Monotonic clock, cannot go backward."),
  clock("monotonic_ns", (rt) => newIntFromBigInt(rt, monotonicNanos()), "Monotonic clock, cannot go backward, as nanoseconds."),
  clock("process_time", (rt) => newFloat(rt, nanosToSeconds(processNanos())), "Process time for profiling: sum of the kernel and user-space CPU time."),
  clock("process_time_ns", (rt) => newIntFromBigInt(rt, processNanos()), "Process time for profiling as nanoseconds."),
  { name: "sleep", fn: sleep, doc: "sleep(seconds)\n\nDelay execution for a given number of seconds." },
  calendar("gmtime", true, "Convert seconds since the Epoch to a time tuple expressing UTC."),
  calendar("localtime", false, "Convert seconds since the Epoch to a time tuple expressing local time."),
  {
    name: "ctime",
    fn: (rt, _m, args, nargs, kwnames) => {
      checkTupleArgs(rt, "ctime", nargs, kwnames, 0, 1);
      return rt.newStr(asctimeText(fieldsOf(new Date(timestampArg(rt, args, nargs) * 1000), false)));
    },
    doc: "Convert a time in seconds since the Epoch to a string in local time.",
  },
  {
    name: "asctime",
    fn: (rt, _m, args, nargs, kwnames) => {
      checkArgs(rt, "asctime", nargs, kwnames, 0, 1);
      return rt.newStr(asctimeText(timeArg(rt, "asctime", args, nargs, 0)));
    },
    doc: "Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'.",
  },
  { name: "strftime", fn: strftime, doc: "Convert a time tuple to a string according to a format specification." },
];

export const timeModuleDef: NativeModuleDef = {
  name: "time",
  doc: "This module provides various functions to manipulate time values.",
  methods,
  init(rt, m) {
    const structTime = structSeqTypeOf(rt, "time.struct_time");
    if (structTime !== 0) {
      rt.incref(structTime);
      addModuleValue(rt, m, "struct_time", structTime);
    }
  },
};
