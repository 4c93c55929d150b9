# Names are references: mutation through one name is visible through the others.
a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b)
def mutate(lst):
    lst.append("from function")
    lst = ["rebound"]
    return lst
result = mutate(a)
print(a, result)
matrix = [[0] * 3 for _ in range(3)]
row = matrix[1]
row[1] = 5
print(matrix)
pairs = [a, a]
a.clear()
print(pairs)
x = y = []
x.append(1)
print(y, x is y)
