# Int arithmetic in hot loops across the one-digit, two-digit and 2**53 boundaries, with the
# sizes CPython gives the results.
import sys

def edges():
    values = [0, 1, -1, 255, 256, 257, -5, -6, 2**30 - 1, 2**30, -2**30, 2**31, 2**45 + 7,
              -(2**45) - 7, 2**53 - 1, 2**53, -(2**53), 2**60 + 3, 10**18, -(10**18)]
    out = []
    for i in range(1200):
        a = values[i % len(values)]
        b = values[(i * 7 + 3) % len(values)]
        r1 = a + b
        r2 = a - b
        r3 = a * b
        r4 = a % b if b else None
        r5 = a // b if b else None
        r6 = a & b, a | b, a ^ b
        if i < len(values) * len(values):
            out.append((r1, r2, r3, r4, r5, r6, sys.getsizeof(r1), sys.getsizeof(r3)))
    return out

res = edges()
print(len(res))
for row in res[:40]:
    print(row)
print(sum(hash(r[0]) % 1000 for r in res))

def lcg(n):
    state = 42
    sizes = set()
    for _ in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        sizes.add(sys.getsizeof(state * 69069))
    return state, sorted(sizes)

print(lcg(5000))
