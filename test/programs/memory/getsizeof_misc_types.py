# sys.getsizeof of range, slice, functions, builtins, modules, iterators and exceptions.
import sys
def f():
    pass
print("range", sys.getsizeof(range(10)), sys.getsizeof(range(10 ** 30)))
print("slice", sys.getsizeof(slice(1, 2, 3)), sys.getsizeof(slice(None)))
print("function", sys.getsizeof(f), sys.getsizeof(lambda x: x))
print("builtin", sys.getsizeof(len), sys.getsizeof([].append))
print("module", sys.getsizeof(sys))
print("iterators", sys.getsizeof(iter([])), sys.getsizeof(iter(())), sys.getsizeof(iter(range(3))))
print("enumerate/zip/map/filter", sys.getsizeof(enumerate([])), sys.getsizeof(zip()), sys.getsizeof(map(str, [])), sys.getsizeof(filter(None, [])))
print("exceptions", sys.getsizeof(Exception()), sys.getsizeof(ValueError("x")))
print("types", sys.getsizeof(int))
