# __iter__ written as a generator method makes a class iterable with little code.
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

    def leaves(self):
        if not self.children:
            yield self.value
        for child in self.children:
            yield from child.leaves()

    def walk(self, depth=0):
        yield depth, self.value
        for child in self.children:
            yield from child.walk(depth + 1)

t = Tree("root", Tree("a", Tree("a1"), Tree("a2")), Tree("b"), Tree("c", Tree("c1")))
print(list(t))
print(list(t.leaves()))
for depth, value in t.walk():
    print("  " * depth + value)
print("a2" in t, "zz" in t, len(list(t)))
it = iter(t)
print(type(it).__name__, next(it), next(it))
print(type(Tree.__iter__).__name__, Tree.__iter__.__qualname__)
