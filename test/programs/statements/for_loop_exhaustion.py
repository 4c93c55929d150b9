# A for loop's end: the exhausted iterator is popped and released, and the loop jumps past
# its body (short jumps, a jump past a long body with an extended argument, else clauses),
# for every kind of iterator, with the loop variable kept.
import sys


class Noisy:
    """An iterator that reports its release, to check when the loop drops it."""

    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            print("  next: stop")
            raise StopIteration
        self.i += 1
        return self.i

    def __del__(self):
        print("  iterator released")


def noisy_loop():
    for x in Noisy(2):
        print("  item", x)
    print("  after the loop, x =", x)


print("user iterator:")
noisy_loop()


def kinds():
    out = []
    for x in range(3):
        out.append(x)
    for x in range(300, 303):
        out.append(x)
    for x in range(10, 0, -4):
        out.append(x)
    for x in [1, "a", None]:
        out.append(x)
    for x in (4, 5):
        out.append(x)
    for x in {"k": 1, "l": 2}:
        out.append(x)
    for x in {"k": 1}.items():
        out.append(x)
    for x in "hi":
        out.append(x)
    for x in (y * 2 for y in range(2)):
        out.append(x)
    for x in iter([]):
        out.append("never")
    for x in range(0):
        out.append("never")
    return out


print(kinds())


def nested():
    total = 0
    for i in range(4):
        for j in range(i):
            total += j
        else:
            total += 100
    return total


print(nested())


def loop_else(items):
    for x in items:
        if x == 3:
            break
    else:
        return "no 3"
    return "found 3"


print(loop_else([1, 2]), loop_else([1, 3, 4]))


# A body long enough that FOR_ITER's jump needs an extended argument.
def long_body(n):
    acc = 0
    for i in range(n):
        acc += i; acc += i; acc += i; acc += i; acc += i; acc += i; acc += i; acc += i
        acc += i; acc += i; acc += i; acc += i; acc += i; acc += i; acc += i; acc += i
        acc += i; acc += i; acc += i; acc += i; acc += i; acc += i; acc += i; acc += i
        acc += i; acc += i; acc += i; acc += i; acc += i; acc += i; acc += i; acc += i
        acc += i; acc += i; acc += i; acc += i; acc += i; acc += i; acc += i; acc += i
        acc += i; acc += i; acc += i; acc += i; acc += i; acc += i; acc += i; acc += i
        acc += i; acc += i; acc += i; acc += i; acc += i; acc += i; acc += i; acc += i
        acc += i; acc += i; acc += i; acc += i; acc += i; acc += i; acc += i; acc += i
    return acc, i


print(long_body(5))


# The iterator's last reference is the loop's: released at the end, not later.
class Tracked(list):
    pass


def release_order():
    seq = Tracked([1, 2])
    it = iter(seq)
    before = sys.getrefcount(seq)
    for _ in it:
        pass
    del it
    return before - sys.getrefcount(seq)


print("references dropped:", release_order())


# Many loops run to their end, one after another.
def many(n):
    count = 0
    for _ in range(n):
        for _ in [1, 2]:
            count += 1
    return count


print(many(3000))
