# range with one, two and three arguments.
print(list(range(5)), list(range(2, 6)), list(range(0, 10, 3)), list(range(10, 0, -4)))
print(list(range(0)), list(range(5, 5)), list(range(5, 0)), list(range(-3, 3)))
print(range(5), range(1, 5), range(1, 5, 2), range(0, -5, -1))
r = range(3, 20, 4)
print(r.start, r.stop, r.step, len(r), r[0], r[-1], r[1:3])
print(sum(range(101)), max(range(7)), min(range(3, 9)))
for bad in ((1.5,), ("1",), (1, 2, 0)):
    try:
        range(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(range(10 ** 20)[-1], len(range(-(10 ** 3), 10 ** 3, 7)))
