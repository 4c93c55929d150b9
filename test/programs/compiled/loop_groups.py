# A loop whose body has many short blocks (branches, inner loops): the compiled tier writes a
# text that long as several functions (groups, src/jit/block-groups.ts), each running some of
# the blocks and returning to the loop's own function where a jump goes to another's. The
# values must come out as the eval loop's; inner loops, guards that fail, an exception and
# calls that run Python code inside a group must leave the frame where the eval loop goes on.
import tracemalloc


def mix(rows, n, k=3):
    total = 0
    names = []
    for step in range(n):
        row = rows[step % len(rows)]
        a, b, c = row
        if a > b:
            total += a - b
        elif a < b:
            total -= b - a
        else:
            total += step % 4
        j = 0
        while j < k:
            total += (a * j) % 7
            j += 1
        if step % 5 == 0:
            names.append(str(step % 11))
        elif step % 5 == 1:
            total += len(names)
        elif step % 5 == 2:
            total -= len(names) // 2
        else:
            total += 1
        for x in row:
            if x > 5:
                total += x
            else:
                total -= x
        try:
            if step % 97 == 96:
                raise KeyError(step)
        except KeyError as e:
            total += e.args[0]
        if step % 13 == 0:
            total += sum(row)
    return total, len(names), "".join(names[:12])


rows = [(1, 2, 3), (9, 4, 6), (7, 7, 1), (2, 8, 5)]
print(mix(rows, 4000))
# Floats half-way through: the int guards fail inside a group.
print(mix(rows + [(2.5, 1.5, 4.0), (3.0, 3.5, 7.0)], 4000))


class Loud(int):
    """An int whose comparison runs Python code inside the loop."""

    calls = 0

    def __gt__(self, other):
        Loud.calls += 1
        return int(self) > other


print(mix([(Loud(3), 1, 2), (4, Loud(9), 7)], 600), Loud.calls)
tracemalloc.start()
print(mix(rows, 300, k=5))
tracemalloc.stop()
