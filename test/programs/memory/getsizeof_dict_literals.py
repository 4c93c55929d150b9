# sys.getsizeof of dict displays, dict() calls and comprehensions.
import sys
print(sys.getsizeof({}), sys.getsizeof({"a": 1}), sys.getsizeof({1: 1}), sys.getsizeof(dict(a=1)))
six = {"k0": 0, "k1": 1, "k2": 2, "k3": 3, "k4": 4, "k5": 5}
print(sys.getsizeof(six))
eleven = {"k%d" % i: i for i in range(11)}
print(sys.getsizeof(eleven))
print(sys.getsizeof(dict(zip(["a", "b", "c", "d", "e", "f"], range(6)))))
print(sys.getsizeof({i: i for i in range(6)}))
