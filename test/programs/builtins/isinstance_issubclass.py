# isinstance and issubclass with single types and tuples.
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, int))
print(isinstance("s", (int, str)), isinstance([], (tuple, dict)), isinstance(None, type(None)))
print(isinstance(3, (float, (str, int))), isinstance(int, type), isinstance(type, object))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, object)))
print(issubclass(KeyError, (IndexError, LookupError)), issubclass(list, list))
print(isinstance({}, dict), isinstance(range(1), range), isinstance(len, object))
print(isinstance(frozenset(), set), isinstance(b"", bytes), isinstance(1j, complex))
try:
    isinstance(1, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
