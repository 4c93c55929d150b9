# The sys module: a few attributes with fixed values.
import sys
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 11))
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0])
print(sys.maxsize, sys.byteorder, sys.getrecursionlimit(), sys.int_info.bits_per_digit)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.hash_info.modulus)
print("sys" in sys.modules, sys.modules["sys"] is sys, sys.modules["__main__"].__name__)
print(sys.stdout is not None, sys.stderr is not None, type(sys.path).__name__)
print(sys.path[0] == __file__.rsplit("/", 1)[0])
