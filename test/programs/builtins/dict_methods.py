# Dictionary methods for a phone book: get, setdefault, update, pop, popitem, views, merging.
book = {"ann": "555-1234", "bob": "555-9876"}
book["cy"] = "555-0000"
print(book.get("ann"), book.get("dan"), book.get("dan", "unknown"))
print(book.setdefault("dan", "555-1111"), book.setdefault("ann", "ignored"))
book.update({"bob": "555-2222"}, eve="555-3333")
book.update([("fay", "555-4444")])
print(book)
print(list(book.keys()), list(book.values())[:2], list(book.items())[-1])
print(book.pop("cy"), book.pop("zed", None), book.popitem(), len(book))
try:
    book.pop("zed")
except KeyError as e:
    print("KeyError:", e)
keys = book.keys()
book["gus"] = "555-5555"
print(len(keys), "gus" in keys, keys & {"ann", "nobody"}, sorted(keys - {"ann"}))
merged = book | {"ann": "new"}
book |= {"hal": "555-6666"}
print(merged["ann"], book["ann"], len(book))
print(dict.fromkeys("abc", 0), dict(zip("xy", (1, 2))), dict(a=1, **{"b": 2}))
inverse = {v: k for k, v in book.items()}
print(sorted(inverse.items())[:2])
print({k: v for k, v in sorted(book.items()) if k < "c"})
copy = book.copy()
copy.clear()
print(copy, len(book), list(reversed({"x": 1, "y": 2})))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
