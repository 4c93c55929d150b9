# Functions return None by default, tuples for several values, and stop at return.
def nothing():
    pass
def bare():
    return
def several():
    return 1, "two", [3]
def early(n):
    for i in range(n):
        if i == 3:
            return "early at 3"
    return "ran out"

print(nothing(), bare(), several(), early(10), early(2))
a, b, c = several()
print(a, b, c)
def returns_function():
    def inner():
        return "inner result"
    return inner
print(returns_function()())
def swap(x, y):
    return y, x
print(swap(1, 2), type(swap(1, 2)).__name__)
