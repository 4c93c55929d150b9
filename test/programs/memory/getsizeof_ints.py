# sys.getsizeof of ints: 24 bytes plus 4 per 30-bit digit (at least one).
import sys
for v in (0, 1, -1, 255, 2 ** 30 - 1, 2 ** 30, -(2 ** 30), 2 ** 60 - 1, 2 ** 60, 2 ** 90, 10 ** 100, -(10 ** 100)):
    print(v if v < 10 ** 20 else "big", sys.getsizeof(v))
print(sys.getsizeof(True), sys.getsizeof(False))
print([sys.getsizeof(2 ** k) for k in range(0, 200, 15)])
