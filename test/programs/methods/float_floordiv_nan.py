# floor division and modulo with nan and infinities, int and float operands
nan = float("nan")
inf = float("inf")
print(7 // nan, 7 % nan, divmod(7, nan))
print(7.5 // nan, 7.5 % nan, divmod(7.5, nan))
print(nan // 2, nan % 2, divmod(nan, 2))
print(inf // 1, inf % 1, divmod(inf, 1))
print(divmod(-inf, 3.0))
print(7 // inf, -7 // inf, 7 % inf, -7 % inf)
print(7.0 % -inf, -7.0 % -inf, 0.0 % inf)
print(divmod(1, inf), divmod(-1, inf))
print(1e309 // 1, 1e309 % 1)
print(divmod(0.0, -1), divmod(-0.0, 1))
print(5 // -0.5, 5 % -0.5, -5 % 0.5)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, -2.5))
for a, b in [(1, 0.0), (1.0, 0), (nan, 0.0)]:
    for op in ("//", "%", "divmod"):
        try:
            if op == "//":
                a // b
            elif op == "%":
                a % b
            else:
                divmod(a, b)
        except ZeroDivisionError as e:
            print(op, "ZeroDivisionError:", e)
