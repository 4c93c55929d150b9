# len, min, max, sum, sorted, in, and nested list building.
scores = [88, 92, 75, 92, 60]
print(len(scores), min(scores), max(scores), sum(scores), sum(scores) / len(scores))
print(sorted(scores), scores.index(92), scores.count(92), 75 in scores)
table = []
for i in range(3):
    row = []
    for j in range(4):
        row.append(i * j)
    table.append(row)
print(table, [max(r) for r in table])
stack = []
for c in "([]{})":
    if c in "([{":
        stack.append(c)
    else:
        stack.pop()
print("balanced", stack == [])
queue = [1, 2, 3]
queue.append(queue.pop(0))
print(queue)
print(list(reversed(scores)), scores[::-1] == list(reversed(scores)))
