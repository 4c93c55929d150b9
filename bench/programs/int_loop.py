# Integer loops: arithmetic, comparisons and augmented assignment on small ints, plus a bigint tail.
def collatz_total(limit):
    total = 0
    for start in range(1, limit):
        n = start
        while n != 1:
            if n & 1:
                n = 3 * n + 1
            else:
                n >>= 1
            total += 1
    return total


def sieve_count(limit):
    flags = [True] * limit
    flags[0] = flags[1] = False
    i = 2
    while i * i < limit:
        if flags[i]:
            for j in range(i * i, limit, i):
                flags[j] = False
        i += 1
    count = 0
    for f in flags:
        if f:
            count += 1
    return count


def checksum(n):
    acc = 0
    for i in range(n):
        acc = (acc * 31 + i) % 1000000007
    return acc


print(collatz_total(60000), sieve_count(600000), checksum(1500000))
