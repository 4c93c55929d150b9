/**
 * The heap's internal errors. Neither is a Python exception: running out of address space is
 * reported by a 0 return (the caller raises MemoryError); these mean the implementation, not
 * the Python program, is wrong.
 */

/** A caller broke the heap's contract: freeing a block not in use, a full static region, … */
export class HeapError extends Error {
  override name = "HeapError";
}

/** The verifier found the heap's structures inconsistent. */
export class HeapCorruption extends HeapError {
  override name = "HeapCorruption";
}
