# A hot loop whose operands change type part way: ints, ints past 2**53, floats, strs, None.
def mixed(values):
    total = 0
    out = []
    for v in values:
        total = total + v
        if total > 10 ** 18:
            total = total // 7
        out.append(type(total).__name__)
    return total, out[-3:]

values = list(range(1500)) + [2 ** 60, 1.5, 3] * 400 + [10 ** 20] * 5
print(mixed(values))

def concat(n):
    s = ""
    for i in range(n):
        s += "ab"[i % 2]
        s = s + "-" if i % 500 == 499 else s
    return len(s), s[-6:]

print(concat(3000))

def compare_kinds(items):
    hits = 0
    for a, b in items:
        if a < b:
            hits += 1
        elif a == b:
            hits -= 1
    return hits

pairs = [(i, 1500 - i) for i in range(1500)] + [(1.5, 2), (3, 2.5), ("a", "b"), ((1, 2), (1, 3)), (2 ** 70, 2 ** 69)] * 300
print(compare_kinds(pairs))

def bitwise(n):
    acc = 0
    for i in range(-n, n):
        acc ^= (i << 3) | (i >> 2) & 0xFFFF
        acc += i % 7 - i // 5 + (-i) % 3
    return acc

print(bitwise(2000))
