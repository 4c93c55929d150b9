# Slicing a range gives another range.
r = range(0, 30, 3)
print(r[2:5], r[::2], r[::-1], r[-3:], r[5:2], r[1:8:3], r[::-4])
print(list(r[2:5]), list(r[::-1])[:3], range(10)[3:100], range(10)[-100:2])
print(range(5, 0, -1)[1:3], list(range(5, 0, -1)[1:3]), range(10)[::0] if False else range(10)[::1])
big = range(10 ** 18, 10 ** 18 + 10)
print(big[3], big[-1], len(big[::3]), big[2:4])
