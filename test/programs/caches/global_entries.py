# LOAD_GLOBAL reads a global's or a builtin's value from its entry in the dict's keys table
# while the table keeps its keys: a value stored (by module code, by `global`), a global added
# or deleted, a builtin shadowed, replaced on the builtins module or unshadowed again, and a
# table grown by new names are each seen at the next load, in the eval loop and in hot loops.
import builtins
import sys

counter = 0


def bump():
    global counter
    counter += 1
    return counter


def read_counter():
    return counter


def use_len(s):
    return len(s)


total = 0
for i in range(3000):
    bump()
    total += read_counter()
print(counter, total)


def loop_reads(n):
    seen = 0
    for i in range(n):
        seen += read_counter() + use_len("abc")
    return seen


print(loop_reads(2000))

# A global that shadows the builtin, added mid-loop, then deleted again.
results = []
for i in range(3000):
    if i == 1000:
        len = lambda s: 100
    if i == 2000:
        del len
    results.append(use_len("ab"))
print(results.count(2), results.count(100))

# The builtin replaced on the builtins module, then restored.
original_len = builtins.len
results = []
for i in range(3000):
    if i == 1000:
        builtins.len = lambda s: -7
    if i == 2000:
        builtins.len = original_len
    results.append(use_len("ab"))
print(results.count(2), results.count(-7))

# The builtins' table grown mid-loop by new names (its entries moved to a new table), the
# globals' keys unchanged meanwhile.
results = []
j = 0
for i in range(3000):
    if i == 1000:
        for j in range(300):
            setattr(builtins, "extra_%d" % j, j)
    results.append(use_len("abcd"))
for j in range(300):
    delattr(builtins, "extra_%d" % j)
print(results.count(4), len(results))

# A global deleted: NameError from the function that reads it, then bound again.
victim = 5


def read_victim():
    return victim


caught = 0
values = []
for i in range(3000):
    if i == 1000:
        del victim
    if i == 2000:
        victim = 6
    try:
        values.append(read_victim())
    except NameError as e:
        caught += 1
        message = str(e)
print(caught, message, values.count(5), values.count(6))

# Many new globals grow the table (a new keys table: every entry found again).
for i in range(300):
    globals()["name_%d" % i] = i
    total += read_counter() + name_0
print(total, name_299)


# Functions of another module's globals share code with no other dict's entries.
namespace_a = {"value": "a"}
namespace_b = {"value": "b"}
source = "def get():\n    return value\n"
exec(source, namespace_a)
exec(source, namespace_b)
picked = []
for i in range(2000):
    picked.append(namespace_a["get"]() + namespace_b["get"]())
print(picked.count("ab"), len(picked))

# The value held by the globals: a replaced global's old value is freed at once.
class Tracked:
    alive = 0

    def __init__(self):
        Tracked.alive += 1

    def __del__(self):
        Tracked.alive -= 1


def read_holder():
    return holder


for i in range(2000):
    holder = Tracked()
    read_holder()
print(Tracked.alive, sys.getrefcount(holder))
