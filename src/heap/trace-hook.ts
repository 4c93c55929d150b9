/**
 * The allocation-tracing hook: what the heap calls while tracemalloc is tracing.
 *
 * CPython's tracemalloc wraps the three allocator domains with hook functions; glasspy's heap
 * instead holds one optional `AllocationTracer` (Heap.tracer) and calls it from its public
 * entry points — malloc/calloc/realloc/free and the raw domain's — with the size the caller
 * asked for (pre-headers included, as CPython records it), never the block size. Internal
 * work (realloc moving a block, the arena and pool bookkeeping) is not reported. The tracer
 * must not allocate in the heap it observes: it keeps its records in JavaScript structures,
 * which are metadata about the heap, not Python objects.
 */
export interface AllocationTracer {
  /** `p` was just handed out for a request of `size` bytes. */
  traceAlloc(p: number, size: number): void;
  /**
   * A realloc of `old` (0 for none) returned `p` for `size` bytes: CPython removes the old
   * trace when the block moved and adds (or updates) the trace at `p`.
   */
  traceRealloc(old: number, p: number, size: number): void;
  /** `p` is about to be freed (it may have been allocated before tracing started). */
  traceFree(p: number): void;
}
