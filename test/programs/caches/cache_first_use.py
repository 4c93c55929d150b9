# The first cache-using instruction (LOAD_GLOBAL, LOAD_ATTR, LOAD_METHOD, STORE_ATTR) run in
# a code object after the loop was running another one: after a call, a return, a generator's
# resumption and an exception's handler; with operands large enough to need EXTENDED_ARG.
import tracemalloc

G = 7


class Box:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


def first_global():
    return G


def first_attr(b):
    return b.v


def first_method(b):
    return b.get()


def first_store(b, v):
    b.v = v
    return b.v


def callers():
    b = Box(1)
    out = []
    for i in range(3):
        out.append(first_global())
        out.append(first_attr(b))
        out.append(first_method(b))
        out.append(first_store(b, i))
    return out


print(callers())


def gen(b):
    while True:
        yield b.v
        b.v += 1
        yield G


g = gen(Box(10))
print([next(g) for _ in range(6)])


def handler():
    try:
        raise KeyError("k")
    except KeyError:
        return G + Box(2).get()


print(handler())

# Names past 255 in one code object: the instructions carry EXTENDED_ARG prefixes.
names = [f"g{i}" for i in range(300)]
src = "".join(f"{n} = {i}\n" for i, n in enumerate(names))
src += "class C:\n    pass\n"
src += "def wide(c):\n"
src += "".join(f"    c.a{i} = {n}\n" for i, n in enumerate(names))
src += "    return " + " + ".join(f"c.a{i}" for i in range(290, 300)) + " + " + " + ".join(names[290:]) + "\n"
ns = {}
exec(src, ns)
print(ns["wide"](ns["C"]()), ns["wide"](ns["C"]()))

# The same with tracemalloc tracing (the loop then records each instruction's index first).
tracemalloc.start()
print(callers()[:4], ns["wide"](ns["C"]()))
tracemalloc.stop()
