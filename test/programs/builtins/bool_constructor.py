# bool() and the bool type as an int subclass.
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool(" "), bool([]), bool([[]]))
print(bool(None), bool({}), bool(range(0)), bool(0j), bool(b""), bool(frozenset()))
print(True + True, True * 10, False - 1, True / 2, -True, True // 1, True ** 3)
print(True == 1, False == 0, True is bool(1), isinstance(True, int), str(True), repr(False))
print(True & False, True | False, True ^ True, ~True, type(True & True).__name__, type(True + 0).__name__)
print([True, False].count(1), sum([True, True, False]), max(False, True), int(True))
print({True: "a", 1: "b"}, {0: "x", False: "y"})
