# dis.dis on functions whose bytecode has no inline caches and no calls, so glasspy's listing
# is CPython 3.11's to the character: line numbers, >> targets, offsets, argument meanings.
import dis


def choose(x, y):
    z = x if x is not None else y
    if not z:
        return -z
    return ~z


def scan(items, wanted):
    found = 0
    for item in items:
        if item in wanted:
            found = item
        elif item is None:
            break
    else:
        found = None
    return found


def build(a, b):
    pair = (a, b)
    row = [a, b, *pair]
    table = {'a': a, 'b': b}
    return f"{a!r:>4}{b}", pair, row, table, {a, b}


def guarded(x):
    try:
        y = x
    except:
        y = None
    return y


for f in (choose, scan, build, guarded):
    print("==", f.__name__)
    dis.dis(f)

print("== source strings")
dis.dis("a is not b")
dis.dis("x = y\nz = not x")
