/**
 * Milliseconds of a monotonic clock, for the runtime's own timing (the driver's slices, the
 * compiled tier's judgement of a loop). process.hrtime, not performance.now(): Node loads
 * perf_hooks (a dozen modules, most of a millisecond) at the first use of `performance`, and
 * most programs never need it.
 */
export function monotonicMs(): number {
  const [seconds, nanoseconds] = process.hrtime();
  return seconds * 1e3 + nanoseconds / 1e6;
}
