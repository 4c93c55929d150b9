# Tuples cannot be changed, but their mutable items can; tuples with lists are unhashable.
t = (1, [2, 3])
for action in ("setitem", "delitem", "append"):
    try:
        if action == "setitem":
            t[0] = 9
        elif action == "delitem":
            del t[0]
        else:
            t.append(4)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
t[1].append(4)
print(t)
try:
    t[1] += [5]
except TypeError as e:
    print("TypeError:", e)
print(t)
try:
    hash(t)
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "ok"}[(1, 2)])
u = t
t += (6,)
print(u, t, u is t)
