# `s += t` in hot loops when the result needs a new block: s referred to elsewhere (a new str,
# s kept), s hashed or grown past its block (a new str, s freed after it is made, so that the
# next str of s's size class takes s's old block), lengths on both sides of pymalloc's small
# requests, and the cases left to the general path (non-ASCII operands).
import sys

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "so", "vi", "de", "pa"]


def shared_left(n):
    out = []
    for i in range(n):
        word = SYLLABLES[i % 10]
        word += SYLLABLES[(i // 10) % 10]
        word += "!" if i % 3 else ""
        out.append(word)
    return len(out), out[:12], sum(map(len, out))


print(shared_left(3000))
print([sys.getrefcount(s) for s in SYLLABLES] == [sys.getrefcount(s) for s in SYLLABLES])


def freed_left_reused(n, k):
    # s is hashed, so it cannot grow in place: the concatenation makes a new str, then frees
    # s, whose block the next str of its size class takes.
    reused = 0
    moved = 0
    for i in range(n):
        s = "abcd" * k
        hash(s)
        old = id(s)
        s += "e"
        moved += id(s) != old
        t = "wxyz" * k
        reused += id(t) == old
    return moved, reused, s, t


print(freed_left_reused(2500, 2))
print(freed_left_reused(2500, 5))


def past_the_block(n):
    # Each step grows s by 7 bytes: most steps stay in s's block, some move it to a block of
    # the next size class, the last ones leave pymalloc's small requests.
    lengths = []
    s = ""
    for i in range(n):
        s += "x"
        s += "abcdef"
        lengths.append(len(s))
    return lengths[-1], s[-8:], sys.getsizeof(s), len(set(lengths))


print(past_the_block(100))
for n in (60, 66, 67, 68, 70):
    print(n, past_the_block(n)[:3])


def around_the_limit(n):
    out = []
    for i in range(n):
        s = "p" * (455 + i % 16)
        s += "q" * (1 + i % 9)
        out.append((len(s), s[-2:], sys.getsizeof(s)))
    return out[:20], len(set(out))


print(around_the_limit(2000))


def wide(n):
    out = []
    for i in range(n):
        s = SYLLABLES[i % 10]
        s += "é" if i % 2 else "ü"
        t = "ü" + str(i % 7)
        t += SYLLABLES[i % 10]
        out.append(s + t)
    return len(out), out[:6]


print(wide(2000))


def blocks_settle(n):
    # Everything made in the loop is freed by its end: the count of blocks in use is back to
    # where it was.
    keep = []
    for i in range(n):
        s = SYLLABLES[i % 10]
        s += SYLLABLES[i % 7]
        s += SYLLABLES[i % 3]
        h = "h" * (i % 30)
        hash(h)
        h += "k"
        keep.append(len(s) + len(h))
    return sum(keep)


blocks_settle(3000)
before = sys.getallocatedblocks()
total = blocks_settle(3000)
print(total, sys.getallocatedblocks() - before)
