# List operations: append, pop, insert, index, slicing, sort, reverse, extend, membership.
def main():
    data = []
    state = 42
    for _ in range(200000):
        state = (state * 69069 + 1) % 4294967296
        data.append(state % 100000)
    checksum = 0
    for _ in range(10):
        work = data[:]
        work.sort()
        checksum += work[len(work) // 2]
        work.reverse()
        checksum += work[0] - work[-1]
        evens = work[::2]
        odds = work[1::2]
        evens.extend(odds)
        checksum += len(evens)
        stack = []
        for v in work[:50000]:
            stack.append(v)
            if v % 3 == 0:
                checksum += stack.pop()
        checksum += len(stack)
        small = work[:300]
        for k in range(300):
            small.insert(k % 7, k)
            checksum += small.pop(len(small) // 2)
        checksum += small.index(small[150]) + (12345 in small)
    print(checksum % 1000000007)


main()
