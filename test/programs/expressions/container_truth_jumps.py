# Conditional jumps on lists and tuples test ob_size in the eval loop; subclasses that define
# __bool__ or __len__ go through the general truth test.
class AlwaysTrue(list):
    def __bool__(self):
        return True


class Empty(tuple):
    def __len__(self):
        return 0


def branches(v):
    taken = []
    if v:
        taken.append("if")
    if not v:
        taken.append("if not")
    while v:
        taken.append("while")
        break
    taken.append("and" if v and True else "-")
    return taken


grown = []
for value in ([], [0], [[]], (), (None,), ((), ()), AlwaysTrue(), Empty((1, 2)), 0, 7, None):
    print(type(value).__name__, len(value) if hasattr(value, "__len__") else "-", branches(value), bool(value))
for _ in range(3):
    grown.append(len(grown))
    print(grown, "non-empty" if grown else "empty", "empty" if not grown else "non-empty")
while grown:
    grown.pop()
print(grown, not grown)
