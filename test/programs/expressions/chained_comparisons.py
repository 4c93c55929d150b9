# a < b < c evaluates b once and stops at the first false link.
calls = []
def v(x):
    calls.append(x)
    return x

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 1)
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) <= v(1) >= v(0) != v(5) < v(6), calls)
x = 5
print(0 < x <= 5, 0 < x < 5, 1 < x in [5], x in [5] in [[5]])
print("a" < "b" < "c", [1] < [1, 0] < [2], (1, 2) < (1, 3) < (2,))
flag = False
print(x is not None is not flag, x is not flag is None)
