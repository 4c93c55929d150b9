# enumerate, zip, map and filter over user objects.
class Item:
    def __init__(self, name, price, qty):
        self.name, self.price, self.qty = name, price, qty

    def total(self):
        return self.price * self.qty

items = [Item("pen", 1.5, 10), Item("book", 12.0, 2), Item("bag", 30.0, 0), Item("ink", 4.25, 4)]
for i, item in enumerate(items, start=1):
    print(f"{i}. {item.name:<5} {item.total():>7.2f}")
in_stock = list(filter(lambda it: it.qty, items))
print([it.name for it in in_stock])
print(list(map(Item.total, items)))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
names = [it.name for it in items]
prices = map(lambda it: it.price, items)
print(dict(zip(names, prices)))
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
print(list(zip("abc", range(10), [True, False])))
try:
    list(zip("ab", "c", strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
e = enumerate("xy")
print(next(e), list(e), type(e).__name__)
print(sum(map(Item.total, filter(lambda it: it.price < 10, items))))
