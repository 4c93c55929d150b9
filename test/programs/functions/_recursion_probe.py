# How many more Python frames fit under the recursion limit from where it is called: the
# recursion programs compare this with its value at module level to count the levels between.
def probe():
    n = 0

    def p():
        nonlocal n
        n += 1
        p()

    try:
        p()
    except RecursionError:
        pass
    return n
