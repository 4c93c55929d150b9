# sys.getsizeof of tuples: 40 + 8 per item, whatever the items are.
import sys
print(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof((1, 2)), sys.getsizeof(("long string" * 10, [1] * 100)))
print([sys.getsizeof(tuple(range(n))) for n in range(0, 25, 4)])
t = tuple([None] * 1000)
print(sys.getsizeof(t))
