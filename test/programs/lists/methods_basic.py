# append, extend, insert, pop, remove.
a = [1, 2]
a.append(3)
a.append([4, 5])
print(a)
a.extend([6, 7])
a.extend("ab")
a.extend(range(2))
a.extend(())
print(a)
a.insert(0, "first")
a.insert(-1, "before last")
a.insert(100, "end")
a.insert(-100, "start")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(3))
print(a)
a.remove("a")
a.remove(1)
print(a, a.append(9), a.extend([]) is None)
b = [3, 1, 3]
b.remove(3)
print(b)
for f, args in ((b.remove, (42,)), (b.pop, (10,)), ([].pop, ())):
    try:
        f(*args)
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
