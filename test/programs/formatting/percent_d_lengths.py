# %d and %s of exact ints at every decimal length and around 2**31 and 2**53 (the simple
# formatter's digit count and writing), negative ones included, next to the general path's.
vals = [0, 1, -1, 9, 10, -10, 99, 100, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 10**15 - 1, 10**15, 2**53 - 1, -(2**53 - 1), 2**53, 12345678901, 999999999999999]
for v in vals:
    print("%d|%s:%d" % (v, "x", v), "a%db" % v)
for k in range(17):
    print("%d %d" % (10**k, 10**k - 1), "%d" % -(10**k))
print("%s:%d" % ("ab", True), "%d%%" % 5)
