# `s += t` in hot loops, in each case the compiled text may take without a call: an empty s
# (the result is t itself), s grown inside its block (the same id while the block holds it,
# then a new block), and the cases it must leave to the general path: s referred to elsewhere,
# hashed, interned, a non-ASCII s or t, s += s, and tracemalloc tracing the growth.
import sys
import tracemalloc

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "so", "vi", "de", "pa"]

def words(n):
    out = []
    state = 12345
    for _ in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        word = ""
        s = state
        for _ in range(1 + state % 4):
            word += SYLLABLES[s % 10]
            s //= 10
        out.append(word)
    return out

w = words(3000)
print(len(w), w[:8], sum(map(len, w)))
print([sys.getrefcount(s) for s in SYLLABLES[:3]] == [sys.getrefcount(s) for s in SYLLABLES[:3]])

def empty_left(n):
    same = 0
    digits = 0
    for i in range(n):
        s = ""
        s += SYLLABLES[i % 10]
        same += s is SYLLABLES[i % 10]
        t = ""
        t += str(i)
        digits += len(t)
    return same, digits, t

print(empty_left(2000))

def growth(n):
    # (Which steps move depends on the size classes: most stay in their block.)
    moves = 0
    s = "a" * 3
    for i in range(n):
        before = id(s)
        s += "b"
        if id(s) != before:
            moves += 1
    return len(s), 0 < moves < n // 4, sys.getsizeof(s), s[-3:]

print(growth(2500))

def shared_and_hashed(n):
    keep = []
    seen = {}
    for i in range(n):
        s = "x" * (i % 5 + 1)
        if i % 3 == 0:
            keep.append(s)
        if i % 3 == 1:
            seen[s] = i
        s += "y"
        s += "z"
        keep.append(s)
    return len(keep), keep[:7], sorted(seen.items())

print(shared_and_hashed(1500))

def interned_and_wide(n):
    out = []
    for i in range(n):
        s = sys.intern("pre" + str(i % 4))
        s += "-"
        t = "é" if i % 2 else "e"
        t += "ü"
        u = "ab"
        u += "é"
        out.append(s + t + u)
    return len(out), out[:4], sys.intern("pre1") == "pre1"

print(interned_and_wide(1200))

def doubling(n):
    total = 0
    for i in range(n):
        s = "ab" * (i % 3 + 1)
        s += s
        total += len(s)
    return total, s

print(doubling(1500))

def traced(n):
    s = ""
    for i in range(n):
        if i == n // 2:
            tracemalloc.start()
        s += "q"
    size, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return len(s), size > 0

print(traced(3000))
