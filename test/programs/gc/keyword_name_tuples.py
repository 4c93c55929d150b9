# The builtins that CPython 3.11 parses with Argument Clinic make the tuple of their keyword
# names at their parser's first use and keep it: print at its first call, the others at their
# first call with keywords (bytes' and bytearray's methods each their own). Other builtins make
# none. Collected first, printed last: print's own first call is one of them.
import gc


def new_name_tuples(fn):
    gc.collect()
    ids = {id(o) for o in gc.get_objects()}
    fn()
    return [o for o in gc.get_objects()
            if id(o) not in ids and o is not ids and type(o) is tuple and o and all(type(x) is str for x in o)]


l = [3, 1, 2]
cases = [
    ("print()", lambda: print(end="")), ("print(sep=)", lambda: print(sep="")), ("round(1.5)", lambda: round(1.5)),
    ("round(ndigits=)", lambda: round(1.25, ndigits=1)), ("sum(start=)", lambda: sum(l, start=0)),
    ("l.sort(key=)", lambda: l.sort(key=abs)), ("sorted(key=)", lambda: sorted(l, key=abs)), ("str.split()", lambda: "a b".split()),
    ("str.split(sep=)", lambda: "a b".split(sep=" ")), ("str.rsplit(sep=)", lambda: "a b".rsplit(sep=" ")),
    ("str.splitlines(keepends=)", lambda: "a\nb".splitlines(keepends=True)), ("str.encode(encoding=)", lambda: "a".encode(encoding="ascii")),
    ("str.expandtabs(tabsize=)", lambda: "a\tb".expandtabs(tabsize=4)), ("int(base=)", lambda: int("5", base=10)),
    ("int.to_bytes(length=)", lambda: (5).to_bytes(length=2, byteorder="big")), ("int.from_bytes(byteorder=)", lambda: int.from_bytes(b"\x01", byteorder="big")),
    ("bytes.split(sep=)", lambda: b"a b".split(sep=b" ")), ("bytearray.split(sep=)", lambda: bytearray(b"a b").split(sep=b" ")),
    ("bytes.decode(encoding=)", lambda: b"a".decode(encoding="ascii")), ("bytearray.hex(sep=)", lambda: bytearray(b"ab").hex(sep=":")),
    ("memoryview.hex(sep=)", lambda: memoryview(b"ab").hex(sep=":")),
    ("min(key=)", lambda: min(l, key=abs)), ("max(default=)", lambda: max([], default=0)), ("enumerate(start=)", lambda: enumerate(l, start=1)),
    ("dict(a=)", lambda: dict(a=1)), ("str.format(a=)", lambda: "{a}".format(a=1)),
]
results = [(name, new_name_tuples(fn)) for name, fn in cases]
for name, made in results:
    print(name, made)
