# Argument errors of native methods: the qualified names in the messages (str, bytes, bytearray,
# set, frozenset, memoryview, and module functions), which the methods build only on error.
tests = [
    lambda: "abc".find("a", x=1),
    lambda: "abc".find(),
    lambda: "abc".count("a", 1, 2, 3),
    lambda: "abc".removesuffix("c", x=1),
    lambda: "abc".removeprefix(1),
    lambda: "abc".removesuffix(),
    lambda: "abc".upper(1),
    lambda: "abc".upper(x=1),
    lambda: "abc".center(1, "x", 3),
    lambda: "abc".center(1, x=3),
    lambda: "abc".strip("a", "b"),
    lambda: "abc".replace("a", x=1),
    lambda: str.maketrans(1, 2, 3, 4),
    lambda: b"abc".find(b"a", x=1),
    lambda: b"abc".count(),
    lambda: b"abc".join(1, 2),
    lambda: b"abc".partition(),
    lambda: b"abc".rpartition(b"a", x=1),
    lambda: b"abc".zfill(),
    lambda: b"abc".removesuffix(),
    lambda: b"abc".upper(1),
    lambda: b"abc".strip(1, 2),
    lambda: b"abc".replace(b"a"),
    lambda: bytearray(b"abc").upper(1),
    lambda: bytearray(b"abc").find(x=1),
    lambda: bytes.maketrans(b"a"),
    lambda: {1}.union(x=1),
    lambda: frozenset({1}).union(x=1),
    lambda: {1}.intersection(x=1),
    lambda: frozenset({1}).difference(x=1),
    lambda: {1}.update(x=1),
    lambda: {1}.difference_update(x=1),
    lambda: {1}.intersection_update(x=1),
    lambda: memoryview(b"ab").tobytes(1),
]
import gc, sys, time, collections, tracemalloc
tests += [lambda: tracemalloc.is_tracing(1), lambda: tracemalloc.get_traced_memory(x=1), lambda: tracemalloc.stop(2)]
tests += [lambda: gc.collect(1, 2, 3), lambda: gc.isenabled(1), lambda: gc.is_tracked(), lambda: time.time(1), lambda: sys.getrecursionlimit(1), lambda: collections.deque().append(), lambda: collections.deque().pop(1)]
for t in tests:
    try:
        t()
        print("no error")
    except TypeError as e:
        print(e)
