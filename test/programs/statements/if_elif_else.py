# if / elif / else chains, nested ifs, and truthiness of conditions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        if n % 2:
            return "small odd"
        else:
            return "small even"
    else:
        return "large"

print([classify(n) for n in (-5, 0, 3, 4, 99)])
for value in ([], [0], "", "0", None, 0.0):
    if value:
        print(repr(value), "truthy")
    else:
        print(repr(value), "falsy")
x = 5
if x > 1: print("one-line if")
if x > 10:
    pass
elif x > 3: print("one-line elif")
