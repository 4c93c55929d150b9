# sys.getsizeof of floats, complex numbers, None, Ellipsis, NotImplemented and object().
import sys
print(sys.getsizeof(1.0), sys.getsizeof(-0.0), sys.getsizeof(float("inf")), sys.getsizeof(1e300))
print(sys.getsizeof(1j), sys.getsizeof(3 + 4j), sys.getsizeof(complex()))
print(sys.getsizeof(None), sys.getsizeof(Ellipsis), sys.getsizeof(NotImplemented), sys.getsizeof(object()))
print(sys.getsizeof(5, "unused default"), sys.getsizeof(2.0, default=0))
