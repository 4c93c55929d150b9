# CPython 3.11 marks the failing part of a line with ~ and ^ characters.
def lookup(table, row, col):
    return table[row][col] + 1

grid = [[1, 2], [3, 4]]
print(lookup(grid, 1, 1))
print(lookup(grid, 1, 5))
