# + and * on lists; repetition shares the inner objects.
a = [1, 2] + [3]
print(a, a * 2, 2 * a, a * 0, a * -1, [] * 5)
grid = [[0] * 2] * 3
grid[0][0] = "shared"
print(grid)
safe = [[0] * 2 for _ in range(3)]
safe[0][0] = "own"
print(safe)
b = a
a = a + [4]
print(a, b)
c = b
b += [5]
print(b, c)
d = [0]
d *= 3
print(d)
try:
    a + (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    a * 2.0
except TypeError as e:
    print("TypeError:", e)
