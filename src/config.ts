/**
 * Debug switches: all of them live here, in one object, off by default.
 *
 * Each subsystem reads the switches it understands; none of them changes behaviour that a
 * Python program can observe, only how much the implementation checks itself and reports.
 */
export interface DebugConfig {
  /** Check every decrement against underflow and report the total reference count. */
  refcounts: boolean;
  /** Fill freed blocks with a poison byte so that a use after free shows at once. */
  poisonFreed: boolean;
  /** Run the heap verifier after every free (slow: for hunting corruption). */
  verifyHeap: boolean;
  /** Print every executed instruction to stderr. */
  traceInstructions: boolean;
  /** Run a collection on every allocation of a tracked object (cycle collector issue). */
  collectEveryAllocation: boolean;
}

export const defaultDebugConfig: Readonly<DebugConfig> = Object.freeze({
  refcounts: false,
  poisonFreed: false,
  verifyHeap: false,
  traceInstructions: false,
  collectEveryAllocation: false,
});

/** The switches turned on by `--debug-heap` and `{ debugHeap: true }`. */
export function heapDebugConfig(): DebugConfig {
  return { ...defaultDebugConfig, refcounts: true, poisonFreed: true };
}
