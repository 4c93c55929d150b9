# Closures capture variables, not values; each call makes new cells.
def make_multiplier(factor):
    def multiply(x):
        return x * factor
    return multiply

double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5), double(triple(1)))
print(len(double.__closure__), double.__closure__[0].cell_contents)
def outer():
    value = "first"
    def reader():
        return value
    value = "second"
    return reader
print(outer()())
def make_pair():
    shared = []
    def add(x):
        shared.append(x)
    def get():
        return list(shared)
    return add, get
add, get = make_pair()
add(1); add(2)
add2, get2 = make_pair()
add2("other")
print(get(), get2())
print(make_multiplier.__closure__, double.__code__.co_freevars)
