# Functions with loops compiled whole when compiled code calls them: a helper's loop, nested
# comprehensions with closures (MAKE_FUNCTION, LOAD_CLOSURE, free variables), break and
# continue, an exception raised in the middle of a callee's loop and caught by the caller,
# a callee's loop long enough to cross slices, and star-unpacking.


def digits_sum(n):
    s = 0
    while n:
        s += n % 10
        n //= 10
    return s


def first_multiple(items, k):
    for i, x in enumerate(items):
        if x % k:
            continue
        if x > 0:
            return i
    return -1


def checked(n):
    total = 0
    for i in range(n):
        if i == 37:
            raise KeyError(i)
        total += i
    return total


def long_loop(n):
    t = 0
    for i in range(n):
        t = (t + i * i) % 1000003
    return t


def split_first(seq):
    head, *rest = seq
    return head + len(rest)


def grid(n, offset):
    return [[(r * c + offset) % 10 for c in range(n)] for r in range(n)]


def main():
    total = 0
    caught = 0
    for i in range(3000):
        total += digits_sum(i * 7919)
        total += first_multiple([i, i + 1, i + 2, i + 3], 3)
        total += split_first((i, 1, 2))
        if i % 500 == 0:
            try:
                checked(100)
            except KeyError as e:
                caught += e.args[0]
    g = 0
    for rep in range(40):
        g += sum(sum(row) for row in grid(12, rep))
    print(total, caught, g, long_loop(300000))


main()
