# The end of a for loop over a list and over a range, as the eval loop steps them: the list
# iterator lets go of its list when it ends (the list dies then if the iterator held its last
# reference, before the iterator is released), an exhausted iterator stays exhausted, the loop
# variable's old value is released on each step, and range values cross the small-int cache
# and 2**31.
import sys


class Item:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


def temporary_list():
    # The list is referred to by the iterator only: it dies at the loop's end.
    for x in [Item("a"), Item("b")]:
        print("  item", x.name)
    print("  after the loop, x is", x.name)
    del x


print("temporary list:")
temporary_list()
print("returned")


def kept_iterator():
    seq = [1, 2, 3]
    before = sys.getrefcount(seq)
    it = iter(seq)
    with_iterator = sys.getrefcount(seq)
    total = 0
    for v in it:
        total += v
    after_end = sys.getrefcount(seq)
    for v in it:
        total += 100
    for v in seq:
        total += v
    return total, with_iterator - before, after_end - before, sys.getrefcount(seq) - before


print(kept_iterator())


def loop_variable_released():
    x = Item("initial")
    for x in range(2):
        print("  step", x)
    print("  x =", x)


print("loop variable:")
loop_variable_released()


def mutated():
    grow = [1, 2]
    seen = []
    for v in grow:
        seen.append(v)
        if v < 4:
            grow.append(v + 2)
    shrink = [1, 2, 3, 4]
    for v in shrink:
        seen.append(v)
        shrink.clear()
    return seen, grow, shrink


print(mutated())


def nested_temporaries():
    out = []
    for row in [[1, 2], [], [3]]:
        for v in row:
            out.append(v)
    for v in [y * y for y in range(4)]:
        out.append(v)
    return out


print(nested_temporaries())


def ranges():
    out = []
    for v in range(254, 259):
        out.append(v)
    for v in range(2**31 - 2, 2**31 + 2):
        out.append(v - 2**31)
    for v in range(-7, -3):
        out.append(v)
    for v in range(3, -9, -5):
        out.append(v)
    big = 0
    for v in range(1000, 1200):
        big += v
    return out, big, v


print(ranges())
