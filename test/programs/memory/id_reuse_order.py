# Which ids come back, and when: a new int or float is made while the value it replaces is
# still alive, so the two never share an address; the block freed then goes to the next one.
# The patterns below are CPython's allocation order, which glasspy's heap follows.


def pattern(ids):
    # For each id after the first: 0 if new, else how many steps back it was seen.
    out = []
    for n, x in enumerate(ids):
        back = 0
        for k in range(n - 1, -1, -1):
            if ids[k] == x:
                back = n - k
                break
        out.append(back)
    return out


def loop_variable():
    ids = []
    for k in range(1000, 1008):
        ids.append(id(k))
    return pattern(ids)


def rebinding_int():
    ids = []
    n = int("5000")
    for _ in range(6):
        n = n + 1
        ids.append(id(n))
    m = int("7000")
    for _ in range(6):
        m += 3
        ids.append(id(m))
    return pattern(ids)


def int_temporaries():
    a = int("1000")
    b = int("2000")
    ids = []
    for _ in range(6):
        ids.append(id(a * b + 1))
        ids.append(id((a - b) * 3))
    return pattern(ids)


def rebinding_float():
    spare = [float(i) for i in range(10)]
    del spare  # the float free list is not empty
    ids = []
    x = 2.5
    y = float("1.25")
    for _ in range(6):
        y = y * x
        ids.append(id(y))
    z = float("0.5")
    for _ in range(6):
        z += 1.0
        ids.append(id(z))
    return pattern(ids)


def float_temporaries():
    a = float("2.0")
    b = float("3.0")
    ids = []
    for _ in range(6):
        ids.append(id(a * b + 1.0))
        ids.append(id(a - b * 2.0))
    return pattern(ids)


def str_concatenation():
    ids = []
    s = "".join(["ab", "cd"])
    for _ in range(4):
        t = s + "x"
        ids.append(id(t))
        del t
    return pattern(ids)


for case in (loop_variable, rebinding_int, int_temporaries, rebinding_float, float_temporaries, str_concatenation):
    print(case.__name__, case())
