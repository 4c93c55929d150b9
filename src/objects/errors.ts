/**
 * The two error channels.
 *
 * 1. A Python exception: native code calls `throw rt.raise(type, message)` (or `rt.raiseObject`)
 *    which stores the exception object as the thread's current exception (a new reference the
 *    thread owns) and returns the `PY_RAISED` token to throw. Catch sites test
 *    `e === PY_RAISED`, take the exception with `rt.fetchException()`, and either handle it or
 *    rethrow. The token is one frozen object, so raising allocates nothing in JavaScript.
 * 2. An implementation bug: `InternalError` (a JS Error with a stack). The VM's outermost loop
 *    converts anything that is not `PY_RAISED` into a Python `SystemError` that says it is an
 *    internal error, so no JavaScript exception reaches the user as-is.
 */

export const PY_RAISED: unique symbol = Symbol("glasspy.PyRaised");
export type PyRaised = typeof PY_RAISED;

export class InternalError extends Error {
  override name = "InternalError";
}

/** Assert an implementation invariant. */
export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new InternalError(message);
}
