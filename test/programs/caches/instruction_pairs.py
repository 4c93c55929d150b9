# Instruction pairs the eval loop runs as one (LOAD_FAST+LOAD_FAST, STORE_FAST+LOAD_FAST, ...,
# COMPARE_OP+POP_JUMP): errors in either half, releases, and comparisons of every kind.
def second_unbound(flag):
    a = 1
    if flag:
        b = 2
    return a + b


def first_unbound(flag):
    if flag:
        a = 1
    b = 2
    return a, b


for f in (second_unbound, first_unbound):
    try:
        f(False)
    except UnboundLocalError as e:
        print(e, "at line", e.__traceback__.tb_next.tb_lineno)


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def store_then_load():
    x = Noisy("first")
    x = Noisy("second")
    y = x
    y, z = Noisy("third"), Noisy("fourth")
    print("body end", y.name, z.name)


store_then_load()


class Weird:
    def __lt__(self, other):
        return "truthy str"

    def __ge__(self, other):
        raise ValueError("no >=")


def compare(a, b):
    out = []
    if a < b:
        out.append("lt")
    if not a >= b:
        out.append("not ge")
    while a == b:
        out.append("eq")
        break
    return out


for a, b in [(1, 2), (2, 1), (2**40, 2**41), (-5, -5), (1.5, 1), (float("nan"), 1.0), ("a", "b"), (Weird(), 0)]:
    try:
        print(repr(a)[:10], repr(b), compare(a, b))
    except ValueError as e:
        print("ValueError", e)

total = 0
i = 0
while i < 100000:
    total += i
    i += 1
print(total)


# Loads of a BINARY_OP's operands run with it: errors in each part, every operand kind.
def binary_forms(flag, x):
    if flag:
        y = 3
    out = [x + 1, x * x, 2 ** x, x - 7.5]
    out.append(x + y)
    return out


for args in [(True, 4), (True, 2.5), (False, 1), (True, "s")]:
    try:
        print(binary_forms(*args))
    except (UnboundLocalError, TypeError) as e:
        print(type(e).__name__, e, "at line", e.__traceback__.tb_next.tb_lineno)
