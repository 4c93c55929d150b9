# The program the build runs to warm V8 up and to see what glasspy uses: once to make the plain
# bundle's code cache (see src/cli/launcher.ts); in the builder of a first start-up snapshot
# (src/cli/snapshot.ts), which runs it twice around a move of the heap and compares the two
# outputs; and from that snapshot, whose functions it does not call are deferred out of the
# final one (scripts/defer-cold-functions.mjs). It should touch the parser, compiler, collector
# and runtime paths that ordinary programs use, and the lib/ modules they commonly import
# (their bodies run at import), quickly, and print a few lines that depend on nothing but the
# program.
import gc
import sys
import math
import time
import collections
import functools
import random
import string
import threading
import weakref


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def words(text):
    counts = {}
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def gen(n):
    for i in range(n):
        yield i * i


def closures():
    total = 0

    def add(x, *rest, scale=1, **named):
        nonlocal total
        total += x * scale + len(rest) + len(named)
        return total

    add(1, 2, 3, scale=2, extra=4)
    return total


def errors():
    caught = []
    for bad in (lambda: 1 / 0, lambda: [][1], lambda: {}["k"], lambda: int("x"), lambda: undefined_name):
        try:
            bad()
        except (ZeroDivisionError, IndexError, KeyError, ValueError, NameError) as e:
            caught.append(type(e).__name__ + str(e))
        finally:
            caught.append("-")
    return caught


class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

    def __eq__(self, other):
        return isinstance(other, Shape) and self.name == other.name

    __hash__ = None

    @property
    def label(self):
        return self.name.upper()

    @classmethod
    def make(cls, name):
        return cls(name)


class Square(Shape):
    sides = 4

    def __init__(self, name, side=1.0):
        super().__init__(name)
        self.side = side

    def __lt__(self, other):
        return self.side < other.side


class Managed:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return True


def classes():
    squares = sorted(Square.make(str(i)) for i in range(5))
    with Managed():
        raise ValueError(repr(squares[0]) + squares[1].label)
    return [s == squares[0] for s in squares].count(True)


def main():
    values = [fib(12), sum(gen(100)), closures(), len(errors()), classes()]
    values += [x * 2.5 for x in range(20) if x % 3] + list({i: str(i) for i in range(10)})
    s = {1, 2, 3} | {4} - {2}
    t = tuple(sorted(s, reverse=True))
    text = " ".join(str(v) for v in values)
    f = f"{len(text):>8} {math.sqrt(2):.3f} {t!r} {'%s-%d' % ('a', 3)} {'{:,}'.format(10**9)}"
    data = b"bytes" + bytes(range(5)) + "é".encode()
    pairs = list(zip(range(5), "abcde")) + list(enumerate(map(abs, filter(None, [-1, 0, 2]))))
    nested = [[i, j] for i in range(3) for j in range(i)]
    a, *b, c = range(6)
    big = 2 ** 100 // 3 + int("123456789" * 3) % 97
    words("the quick brown fox jumps over the lazy dog the end")
    assert isinstance(big, int) and repr(data) and hash(t) and f and pairs and nested and a + c >= 0
    time.perf_counter()
    sys.getsizeof(values) + sys.getrefcount(values) + id(b) % 2
    return [values[:6], f, data, pairs[-1], nested, big % 1000, b]


def cycles(n):
    for i in range(n):
        node = Shape(str(i))
        node.me = [node, {i: node}]
    return gc.collect()


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def hot_loops(n):
    # Loops and calls past the compiled tier's threshold (100), so that its emitter and the
    # runtime paths its texts take have bytecode in the snapshot too.
    total = 0
    acc = 0.0
    items = []
    counts = {}
    for i in range(n):
        p = Point3(i, i + 1, 2) if i % 2 else Point(i, 1)
        total += p.norm2() % 7 + len(items) // 3
        acc += i * 0.5 - acc / 3.0
        items.append(i)
        key = "k%d" % (i % 10)
        counts[key] = counts.get(key, 0) + 1
        if key in counts and i > 3:
            total -= items[i // 2] & 1
    text = ""
    j = 0
    while j < n:
        text += str(j % 3)
        j += 1
    pairs = sorted((k, v) for k, v in counts.items())
    return [total, "%.2f" % acc, len(text), pairs[:2], sum([x * x for x in items if x % 2]), max(items), min(items)]


class Slotted:
    __slots__ = ("a", "b")


def more_loops(n):
    # More of what programs commonly do in loops: range objects, nested loops, sequence
    # repetition and slices, list methods, sorting strs, str methods, dict views, large ints,
    # float powers, __slots__ attributes.
    grid = [[0] * 8 for _ in range(8)]
    for r in range(1, 8):
        for c in range(r, 8):
            grid[r][c] = grid[r - 1][c - 1] + r * c
    state = 12345
    words = []
    for i in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        words.append("ab"[state % 2] + str(state // 7 % 100))
    words.sort()
    text = " ".join(words).replace("a", "A").lower().upper()
    order = list(range(n))
    order.reverse()
    order.extend(order[:3])
    order.insert(1, order.pop())
    order[2:5] = order[5:8]
    found = order.index(7) + (8 in order) + len(order[::2])
    table = {w: i for i, w in enumerate(words)}
    weight = sum(table.values()) + sum(v for v in table.values() if v % 3)
    acc = 0.0
    for i in range(1, n):
        acc += (i * 0.25) ** 1.5 - i ** 0.5
    s = Slotted()
    for i in range(n):
        s.a = i
        s.b = s.a * 2
    return [grid[7][7], len(text), found, weight, round(acc, 3), s.b, words[0]]


def common_paths(n):
    # What the suite's programs and most others do that the loops above do not, so that the
    # functions it takes are not deferred out of the snapshot's bundle (a deferred function is
    # read from a file on first use, and called through a stand-in): dict views unpacked in a
    # loop, floats compared with ints and hashed and floor-divided and rounded, str appends
    # and repetition, a long list of small ints sorted, swaps, stepped ranges, del, break and
    # continue, annotated names, format specs, imports with `as`.
    from math import floor as fl
    import string as strings
    prices = {i: i * 1.5 for i in range(n)}
    total: float = 0.0
    for key, value in prices.items():
        if value > key and hash(value) != key:
            total += value // 2 + round(value) - fl(value)
        if key > n - 3:
            break
        if key % 5:
            continue
    text = ""
    for i in range(3, 7 * n, 7):
        text += "xy" * (i % 3)
    a, b = 1, 2
    a, b = b, a
    ints = [(i * 7919) % 1000 - 500 for i in range(5000)]
    ints.sort()
    del prices[0]
    return [f"{total:10.2f}|{a:>3}|{b:<3}|", len(text), ints[0], ints[-1], len(prices), strings.digits[:2]]


def library():
    c = collections.Counter("abracadabra").most_common(2)
    d = collections.defaultdict(list, {1: [2]})
    q = collections.deque(range(5), maxlen=3)
    r = random.Random(7)
    t = threading.Thread(target=lambda: None)
    t.start()
    t.join()
    p = functools.partial(max, 0)
    return [c, sorted(d), list(q), r.randrange(100), p(-1), string.ascii_lowercase[:3], weakref.ref(t)() is t]


gc.collect()
print(library())
print(main())
print(cycles(50), len(words("a b a c")))
print(hot_loops(300))
print(more_loops(300))
print(common_paths(300))
