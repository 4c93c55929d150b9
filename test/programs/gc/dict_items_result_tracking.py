# dict.items() iteration reuses its result tuple when nobody else holds it; a collection
# may have untracked that tuple meanwhile, and the reused tuple is tracked again.
import gc

d = {1: 2, 3: 4, 5: 6, 7: [8]}
it = iter(d.items())
x = next(it)
print(x, gc.is_tracked(x))
gc.collect()
print(gc.is_tracked(x))
del x
y = next(it)
print(y, gc.is_tracked(y))
del y
z = next(it)
print(z, gc.is_tracked(z))
del z
w = next(it)
print(w, gc.is_tracked(w))
gc.collect()
print(gc.is_tracked(w))
print(list(it))

# keys, values and items of a dict that changes size while iterated
d = {i: str(i) for i in range(10)}
for name, view in (("keys", d.keys), ("values", d.values), ("items", d.items)):
    try:
        for entry in view():
            d[100] = "x"
    except RuntimeError as e:
        print(name, e)
    del d[100]
d2 = {i: i for i in range(6)}
del d2[0], d2[3]
print(list(d2.items()), list(d2.values()), list(reversed(d2.items())))
