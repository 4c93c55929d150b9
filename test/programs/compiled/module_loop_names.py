# Loops at module level (and in a class body, and in exec'd code) read and write their names
# in a dict, LOAD_NAME and STORE_NAME: hot enough to be compiled, they find names in the
# locals, then the globals, then the builtins; a name bound, shadowed or deleted mid-loop is
# seen at once; a replaced value's __del__ runs while the new value is held; a mapping that is
# not a dict is asked through its __getitem__ and __setitem__.
import sys

total = 0
for i in range(3000):
    total += i
print(total, i)

squares = 0
for i in range(3000):
    squares += len(str(i)) + abs(-i)
print(squares)

# A builtin shadowed by a global mid-loop, then the global deleted again.
found = []
for i in range(3000):
    if i == 1000:
        len = lambda s: -1
    if i == 2000:
        del len
    found.append(len("ab"))
print(found.count(2), found.count(-1))

# A name first bound inside the loop, and one deleted and bound again.
for i in range(3000):
    if i % 500 == 0:
        fresh_name = i
    if i == 2500:
        del fresh_name
        fresh_name = "again"
print(fresh_name)

# A name read before it is bound: NameError from the compiled loop, caught at module level.
errors = 0
for i in range(3000):
    try:
        if i % 1000 == 999:
            print(not_yet_bound)
    except NameError as e:
        errors += 1
        message = str(e)
print(errors, message)

# The replaced value's __del__ sees the new value held by the store (and by the stack).
log = []


class Noisy:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        log.append((self.n, sys.getrefcount(holder) if "holder" in globals() else None))


for i in range(1500):
    holder = Noisy(i)
print(len(log), log[0], log[-1])
del holder
print(len(log))


class Namespace:
    # A class body's loop stores into the class namespace.
    acc = 0
    for k in range(2000):
        acc += k
    last = k
    del k


print(Namespace.acc, Namespace.last, hasattr(Namespace, "k"))


class Recorder(dict):
    pass


class Mapping:
    def __init__(self):
        self.data = {}
        self.gets = 0
        self.sets = 0

    def __getitem__(self, key):
        self.gets += 1
        return self.data[key]

    def __setitem__(self, key, value):
        self.sets += 1
        self.data[key] = value


source = "n = 0\nfor j in range(2000):\n    n = n + j\n"
m = Mapping()
exec(source, {}, m)
print(m.data["n"], m.data["j"], m.sets, m.gets)

g = {}
r = Recorder()
exec(source, g, r)
print(r["n"], "n" in g)

value = object()
before = sys.getrefcount(value)
for i in range(3000):
    alias = value
print(sys.getrefcount(value) - before)

# Separate globals and locals: a name found in the globals before the builtins.
shadowing = {"len": lambda s: 99}
found_in = {}
exec("r = []\nfor j in range(2000):\n    r.append(len('ab'))\n", shadowing, found_in)
print(found_in["r"].count(99), found_in["r"].count(2))
