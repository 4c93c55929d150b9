# The position markers point at the operator of a failing binary operation.
def combine(label, count):
    prefix = "item: "
    return prefix + label + count

print(combine("x", "1"))
print(combine("x", 1))
