# for/else over different iterables.
def primes_below(limit):
    out = []
    for n in range(2, limit):
        for d in range(2, n):
            if n % d == 0:
                break
        else:
            out.append(n)
    return out

print(primes_below(30))
for x in []:
    print("never")
else:
    print("empty loop still runs else")
for ch in "abc":
    if ch == "z":
        break
else:
    print("no z in abc")
for k in {"one": 1, "two": 2}:
    print(k)
for i, v in enumerate((10, 20)):
    print(i, v)
print(i, v)
