# pop with and without default, popitem in LIFO order.
d = {"a": 1, "b": 2, "c": 3, "d": 4}
print(d.pop("b"), d.pop("zz", "default"), d.pop("zz", None), d)
print(d.popitem(), d.popitem(), d)
d["new"] = 5
print(d.popitem(), d)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
d.clear()
try:
    d.popitem()
except KeyError as e:
    print("KeyError:", e)
