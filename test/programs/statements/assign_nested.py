# Nested targets: tuples inside lists inside tuples, subscripts and attributes of modules.
import sys
(a, (b, c)), d = (1, (2, 3)), 4
print(a, b, c, d)
[x, [y, [z]]] = [10, (20, "3")]
print(x, y, z)
grid = [[0, 0], [0, 0]]
grid[0][1], grid[1][0] = "r", "c"
print(grid)
d = {}
d["a"], d["b"] = d["c"] = (1, 2)
print(d)
for i, (key, (lo, hi)) in enumerate([("p", (0, 1)), ("q", (2, 3))]):
    print(i, key, lo, hi)
lst = [0, 0, 0]
i, lst[i] = 1, 99
print(i, lst)
sys.glasspy_test_value, (n1, n2) = "on module", [5, 6]
print(sys.glasspy_test_value, n1, n2)
del sys.glasspy_test_value
print(hasattr(sys, "glasspy_test_value"))
