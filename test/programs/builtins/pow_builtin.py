# pow with two and three arguments, including modular inverses.
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(0, 0), pow(-2, 3), pow(4, 0.5))
print(pow(3, 200, 1000), pow(2, 10 ** 6, 10 ** 9 + 7), pow(7, 0, 5), pow(5, 3, 1))
print(pow(3, -1, 7), pow(38, -1, 97), pow(-3, 3, 5), pow(3, 3, -5))
print(pow(base=2, exp=5), pow(2, 5, mod=3))
for args in ((2, 3, 0), (2, -1, 4), (2.0, 3, 5)):
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
