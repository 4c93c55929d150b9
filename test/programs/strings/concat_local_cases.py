# `s += t` into a local in the cases the in-place growth must tell apart: an empty left (the
# right str itself becomes the value), an empty right, a left whose hash is cached or that
# is interned, wider right characters (Latin-1, UCS-2), s += s, and long right operands.
import sys


def empty_left():
    syllables = ["ka", "lo", "mi"]
    word = ""
    word += syllables[1]
    print(word, word is syllables[1])
    word += syllables[2]
    word += syllables[0]
    print(word, syllables)


def empty_right():
    s = "ab" * 2
    s += ""
    s += "c"
    print(s)


def hashed_and_interned():
    s = "x" * 3
    d = {s: 1}
    s += "y"
    print(s, d, hash("xxxy") == hash(s))
    t = sys.intern("in" * 2)
    u = t
    t += "ned"
    print(t, u, sys.intern("inin") is u)


def wider():
    s = "ab" * 2
    s += "\xe9"
    s += "z"
    s += "\u0101"
    s += "\U0001f600"
    print(ascii(s), len(s))
    w = "\xe9" * 2
    w += "a"
    print(ascii(w))


def self_and_long():
    s = "ab" * 2
    s += s
    print(s)
    long_piece = "0123456789" * 10
    for _ in range(3):
        s += long_piece
    print(len(s), s[:12], s[-12:])


empty_left()
empty_right()
hashed_and_interned()
wider()
self_and_long()
