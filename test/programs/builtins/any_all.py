# any and all over lists and iterators, with empty inputs and short-circuiting.
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any([0, 1]), all([1, 0]))
print(any("abc"), all(""), any(range(0)), all(range(1, 5)), any({0: "x"}), all({1: 0}))
print(any(iter([0, 0, 7, 0])), all(iter([1, 1, 0, 1])))
it = iter([1, 0, 2, 3])
print(all(it), list(it))
it = iter([0, 5, 0, 6])
print(any(it), list(it))
print(any([[], (), {}]), all([[0], (0,), {0: 0}]), type(any([])).__name__)
