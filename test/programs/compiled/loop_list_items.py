# l[i] and l[i] = v in compiled loops: negative indices, the ends of the list, an index out of
# range (IndexError from the eval loop's general path), a list subclass, tuples and dicts at
# the same instruction, and the counts of what is stored and replaced.
import sys


class MyList(list):
    def __getitem__(self, i):
        return ("mine", list.__getitem__(self, i))


def rotate_sum(seq, n):
    total = 0
    for i in range(n):
        total += seq[i % 7 - 3]
    return total


def swap_ends(items, n):
    for i in range(n):
        k = i % len(items)
        items[k], items[-1 - k] = items[-1 - k], items[k]
    return items


def pick(seqs, i):
    out = []
    for s in seqs:
        out.append(s[i])
    return out


def out_of_range(items):
    got = []
    for i in range(-len(items) - 2, len(items) + 2):
        try:
            got.append(items[i])
        except IndexError as e:
            got.append(str(e))
    return got


def store_out_of_range(items):
    for i in (0, 5, -6, 2, 9):
        try:
            items[i] = i * 100
        except IndexError as e:
            print("store", i, e)
    return items


marker = object()
print(rotate_sum(list(range(10)), 500), rotate_sum(tuple(range(10)), 500))
print(swap_ends(list(range(9)), 1000))
print(pick([[1, 2, 3], (4, 5, 6), {1: "d"}, "xyz", MyList([7, 8, 9])], 1))
print(out_of_range([10, 20, 30]))
print(store_out_of_range([0, 1, 2, 3, 4]))
holder = [None] * 4
for i in range(400):
    holder[i % 4] = marker
    holder[-1] = holder[0]
print(sys.getrefcount(marker), holder.count(marker))
