# Nested for clauses, and comprehensions inside comprehensions.
print([(x, y) for x in range(3) for y in range(x)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([v for row in matrix for v in row])
print([[row[i] for row in matrix] for i in range(3)])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print([a + b for a in "xy" for b in "12" if b != "2" or a == "y"])
print([(i, j, k) for i in range(2) for j in range(2) for k in range(2) if i + j + k == 2])
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)
print([sum(row) for row in matrix if sum(row) > 6])
