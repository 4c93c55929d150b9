# `x = s + t` and `f(s + t)` of two strs in hot loops, where the result goes anywhere but s's
# own local: a new str in a block of its size class (the operands kept), and the cases left
# to the general path (an empty operand, non-ASCII operands, a subclass, a result past
# pymalloc's small requests, a non-str operand).
import sys

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "so", "vi", "de", "pa"]


def other_local(n):
    out = []
    w = "ab"
    for i in range(n):
        x = w + SYLLABLES[i % 10]
        y = SYLLABLES[i % 7] + x
        out.append(y)
    return len(out), out[:12], sum(map(len, out))


print(other_local(3000))


def as_argument(n):
    total = 0
    for i in range(n):
        total += len(SYLLABLES[i % 10] + "xyz")
    return total


print(as_argument(3000))


def operand_counts(n):
    # The operands lose no reference: their counts are the same after the loop.
    a = "left" * 3
    b = "right" * 2
    before = (sys.getrefcount(a), sys.getrefcount(b))
    for i in range(n):
        c = a + b
    return (sys.getrefcount(a), sys.getrefcount(b)) == before, c, sys.getrefcount(c)


print(operand_counts(500))


def block_reuse(n):
    # The previous result is freed when the next is stored (STORE_FAST: new value, then the
    # old released), so results alternate between two blocks of their size class.
    ids = set()
    w = "abcdefgh"
    for i in range(n):
        x = w + "ijklmnop"
        ids.add(id(x))
    return len(ids)


print(block_reuse(400))


class S(str):
    pass


def mixed(n):
    out = []
    for i in range(n):
        k = i % 8
        if k == 0:
            left, right = "", "tail"
        elif k == 1:
            left, right = "head", ""
        elif k == 2:
            left, right = "caf\u00e9", "s"
        elif k == 3:
            left, right = "snow", "\u2603"
        elif k == 4:
            left, right = S("sub"), "str"
        elif k == 5:
            left, right = "x" * 300, "y" * 300
        else:
            left, right = "ab", "cd"
        r = left + right
        out.append((len(r), type(r).__name__, r[:3], r is left, r is right))
    return out[:8], len(set(out))


print(mixed(400))


def type_errors(n):
    caught = 0
    msg = ""
    for i in range(n):
        right = 5 if i % 50 == 49 else "z"
        try:
            x = "a" + right
        except TypeError as e:
            caught += 1
            msg = str(e)
    return caught, msg


print(type_errors(300))
