# sys.getsizeof of lists built in different ways.
import sys
print("empty", sys.getsizeof([]), sys.getsizeof(list()))
print("display", sys.getsizeof([1]), sys.getsizeof([1, 2, 3]), sys.getsizeof([1, 2, 3, 4, 5, 6]))
print("repeat", sys.getsizeof([None] * 5), sys.getsizeof([0] * 10), sys.getsizeof([1, 2] * 3))
print("list(range)", [sys.getsizeof(list(range(n))) for n in (0, 1, 2, 3, 10, 17)])
print("comprehension", sys.getsizeof([i for i in range(5)]), sys.getsizeof([i for i in range(10)]))
print("from tuple", sys.getsizeof(list((1, 2, 3))), "from str", sys.getsizeof(list("abcde")))
