# Floor division rounds towards minus infinity; the remainder takes the divisor's sign.
for a in (-13, -1, 0, 1, 13):
    for b in (-5, -1, 1, 5):
        q, r = a // b, a % b
        print(f"{a:>3} // {b:>2} = {q:>3}   {a:>3} % {b:>2} = {r:>2}   check={q * b + r == a}")
print(divmod(-13, 5), divmod(13, -5), divmod(-13, -5))
print(-2 ** 64 // 3, -2 ** 64 % 3, 2 ** 64 // -3, 2 ** 64 % -3)
print((-7) // 2 * 2 + (-7) % 2)
