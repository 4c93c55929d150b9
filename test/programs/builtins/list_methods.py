# The full list method set in a to-do list example.
todo = ["write report", "email bob"]
todo.append("buy milk")
todo.insert(0, "coffee")
todo.extend(["gym", "read"])
print(todo, len(todo))
print(todo.index("gym"), todo.count("gym"), "gym" in todo)
done = todo.pop(0)
last = todo.pop()
print(done, last, todo)
todo.remove("email bob")
print(todo)
try:
    todo.remove("nap")
except ValueError as e:
    print("ValueError:", e)
backup = todo.copy()
todo.reverse()
print(todo, backup)
todo.sort()
print(todo)
todo.clear()
print(todo, backup)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].index(2)
except ValueError as e:
    print("ValueError:", e)
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
shared = [[0] * 3] * 2
shared[0][1] = 5
print(grid, shared)
nums = [1, 2, 3, 4, 5, 6]
nums[1:3] = []
nums[::2] = ["a", "b"]
del nums[-1]
print(nums, nums * 2, [*nums, *"xy"])
