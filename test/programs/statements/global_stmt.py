# global lets a function rebind module names.
counter = 0
def bump():
    global counter
    counter += 1
    return counter

bump(); bump()
print(counter, bump())
def create():
    global created_later
    created_later = "made inside a function"
create()
print(created_later)
def read_only():
    return counter * 10
print(read_only())
def shadow():
    counter = -1
    return counter
print(shadow(), counter)
def two_names():
    global a, b
    a, b = 1, 2
two_names()
print(a, b)
