# str.format: positional, numbered, named, attribute and index fields.
print("{} {}".format("a", "b"), "{1} {0} {1}".format("x", "y"), "{name}!".format(name="Zed"))
print("{0[0]} {0[1]} {1[key]}".format(["first", "second"], {"key": "value"}))
print("{0.real} {0.imag}".format(3 + 4j), "{:}".format(5), "{{literal}} {}".format("braces"))
print("{!r} {!s} {!a}".format("q", "q", "é"), "{0!r:>6}".format("x"))
data = {"user": "ann", "n": 3}
print("{user} has {n} items".format(**data), "{} {}".format(*"ab"))
for bad in ("{} {}", "{2}", "{x}", "{0} {}", "}"):
    try:
        print(bad.format("only"))
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__ + ":", e)
