# A loop long enough that its compiled text needs the compact form: int and float arithmetic
# across the one- and two-digit sizes, and locals replaced every iteration.
def long_body(n):
    a, b, c, x = 1, 2, 3, 0.5
    total = 0
    for i in range(n):
        a = (a * 31 + i) % 1000000007
        b = (b + a * 3) % 2147483647 - 1
        x = x * 0.5 + 2.25 - (x / 3.0)
        a = (a * 34 + i) % 1000000007
        b = (b + a * 6) % 2147483647 - 4
        x = x * 0.5 + 5.25 - (x / 3.0)
        a = (a * 37 + i) % 1000000007
        b = (b + a * 9) % 2147483647 - 7
        x = x * 0.5 + 8.25 - (x / 3.0)
        a = (a * 40 + i) % 1000000007
        b = (b + a * 12) % 2147483647 - 10
        c = a ^ b
        total += c % 1000
    return a, b, c, round(x, 6), total

print(long_body(1500))
