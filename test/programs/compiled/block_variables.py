# A method loaded (LOAD_METHOD's self in a JavaScript variable of its own) while the stack is
# deep enough that its entries reach the block variables s0, s1, ..., and a branch in the
# middle of the expression (the stack flushed to the block variables): the variable that holds
# self must not shadow a block variable, or the next block reads a stale value.


def rows(values):
    out = []
    for v in values:
        out.append((v, v * 0.25, 5 if v else None, v * 2, "odd" if v % 2 else "even"))
    return out


def nested(values):
    acc = []
    for v in values:
        acc.append([v, [v, v + 1, v * 2.0 if v > 2 else -v, str(v)], v - 1 if v else 0])
    return acc


print(rows([1, 2, 3, 0] * 10)[:5])
print(nested(list(range(6)) * 10)[:6])
