# inf, nan and negative zero.
inf = float("inf")
nan = float("nan")
nz = -0.0
print(inf, -inf, nan, nz, repr(nz), 0.0 * -1)
print(inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf, -1 / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf > 10 ** 300, -inf < -(10 ** 300))
print(nz == 0.0, str(nz), abs(nz), -nz)
print(float("-inf"), float("Infinity"), float("-NaN"), float(" 1e500 "), float("-1e500"))
print(inf == inf, max(1.0, inf), min(-inf, 5))
print(nan in [nan], [nan] == [nan])
x = nan
print(x in [x], [x] == [x])
print(1e308 * 10, -1e308 * 10, 2.0 ** -1075)
print(round(nz), int(nz), hash(inf), hash(-inf))
