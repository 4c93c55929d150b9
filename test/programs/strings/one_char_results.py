# Which operations give back the cached one-character str (a static object: its reference
# count is huge) and which make a new str of one character, as CPython 3.11 does.
import sys


def cached(x):
    return sys.getrefcount(x) > 10**8


e = ""
results = {
    "join2": "".join(["a", e]), "join1": "".join(["a"]), "sepjoin": "-".join([e, e]), "join_latin1": "".join(["é", e]),
    "join_gen": "".join(x for x in ["a"]), "join_tuple": "".join((e, "b")),
    "replace": "ab".replace("b", e), "replace_shrink": "€".replace("€", "a"), "replace_shrink2": "a€".replace("€", e),
    "replace_one": "b".replace("b", "c"), "replace_latin1": "x".replace("x", "é"), "replace_count": "aa".replace("a", e, 1),
    "replace_none": "a".replace("x", "y"),
    "upper": "a".upper(), "lower": "A".lower(), "upper_latin1": "é".upper(), "lower_latin1": "É".lower(),
    "casefold": "A".casefold(), "swapcase": "A".swapcase(), "title": "a".title(), "capitalize": "a".capitalize(),
    "strip": " a ".strip(), "lstrip": "ab".lstrip("b"), "split": "a b".split()[0], "split_sep": "a,b".split(",")[1],
    "rsplit": "a b".rsplit()[1], "splitlines": "a\nb".splitlines()[0], "partition": "a-b".partition("-")[0],
    "slice": "abc"[1:2], "index": "abc"[1], "concat": "a" + e, "concat2": e + "b", "repeat": "a" * 1,
    "percent_s": "%s" % "a", "percent_d": "%d" % 5, "percent_c": "%c" % 97, "format": "{}".format("a"),
    "center": "a".center(1), "zfill": "a".zfill(1), "chr": chr(97), "expandtabs": "a".expandtabs(),
    "translate": "a".translate({97: 98}), "decode": b"a".decode(), "iter": next(iter("a")), "removeprefix": "xa".removeprefix("x"),
}
print(sorted(k for k, v in results.items() if cached(v)))
print(sorted(k for k, v in results.items() if not cached(v)))
