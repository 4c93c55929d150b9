# Sorts started while another sort runs (from a comparison and from a key function) get
# working arrays of their own: the outer sort's copy of its items must come through intact,
# whatever sizes the inner sorts have, and the arrays kept afterwards serve later sorts.

big = [(i * 7919) % 10007 for i in range(10000)]
words = [str((i * 31) % 997) for i in range(5000)]
calls = 0


class Key:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        global calls
        calls += 1
        if calls % 50 == 1:
            big.reverse()
            big.sort()
            words.reverse()
            words.sort()
        return self.v < other.v

    def __repr__(self):
        return "Key(%d)" % self.v


keys = [Key((i * 37) % 101) for i in range(101)]
keys.sort()
print([k.v for k in keys[:10]], keys[-1])
print(big[:5], big[-5:], big == sorted(big))
print(words[:5], words == sorted(words))
print(calls > 0)


def key_sorting_inside(x):
    return (sorted(big, reverse=True)[x % 3], -x)


small = list(range(20))
print(sorted(small, key=key_sorting_inside)[:8])

# A later sort larger than any before, then a smaller one: both correct.
huge = [(i * 104729) % 300007 for i in range(30001)]
huge.sort()
print(huge[:3], huge[-3:], all(huge[i] <= huge[i + 1] for i in range(len(huge) - 1)))
tiny = [5, 3, 9, 1]
tiny.sort()
print(tiny)
strs = ["b%d" % (i % 50) for i in range(8001)]
strs.sort(reverse=True)
print(strs[:3], strs[-3:])
