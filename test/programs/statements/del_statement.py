# del of names, items, slices and dict keys.
x = 1
y = [x, 2]
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
print(y)
lst = list(range(10))
del lst[0]
del lst[-1]
print(lst)
del lst[2:4]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
a, b = 1, 2
del a, b
print("a" in globals(), "b" in globals())
t = [[1, 2], [3, 4]]
del t[0][1], t[1]
print(t)
try:
    del lst[0]
except IndexError as e:
    print("IndexError:", e)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
try:
    del undefined_name
except NameError as e:
    print("NameError:", e)
