"""Reference counts, as CPython 3.11 keeps them (glasspy keeps them the same way).

Every place that holds an object counts: a name, a list slot, a dict value, an attribute, a
closure cell, an argument being passed. sys.getrefcount(x) reports the count while x is its
own argument, so it is always one more than the places you can see.
"""
import sys

rc = sys.getrefcount

data = []                      # one reference: the name `data` (a module global)
print("a fresh list bound to one name:", rc(data))          # 2 = name + argument

alias = data                   # a second name for the same object
print("after alias = data:", rc(data))                       # 3

holder = [data, data]          # each list slot holds its own reference
print("in a list twice:", rc(data))                          # 5

table = {"key": data}          # a dict value is a reference too
print("also a dict value:", rc(data))                        # 6

del alias, holder, table       # dropping them gives the references back
print("after del:", rc(data))                                # 2


def count_inside(x):
    # Inside the call: the caller's name, the parameter x, and the argument of getrefcount.
    return rc(x)


print("seen from a function parameter:", count_inside(data))  # 3


class Box:
    def __init__(self, content):
        self.content = content     # an attribute holds a reference

    def method(self):
        return rc(self)


box = Box(data)
print("held by an attribute:", rc(data))                     # 3
print("an instance, from inside its method:", box.method())  # 3: name, self, argument
bound = box.method             # a bound method holds its instance
print("an instance with a bound method alive:", rc(box))     # 3
del bound


def make_counter():
    total = []                 # captured by the closure: the cell holds it

    def add(n):
        total.append(n)
        return len(total)
    return add, rc(total)      # a captured local lives in its cell: the cell is the one holder


adder, seen = make_counter()
print("a captured variable inside its function:", seen)       # 2: the cell + argument

print("a temporary only the call holds:", rc([]))           # 1
for element in [data]:
    # The loop variable, the iterated list's slot, the name `data`, box.content, the argument.
    print("as a loop variable:", rc(element))                # 5
del element
print("back to:", rc(data))                                  # 3: `data` and box.content
