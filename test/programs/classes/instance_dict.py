# Instance __dict__: vars(), dir(), assigning and deleting it.
import sys

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
    def __del__(self):
        print("del", self.name)

a = Node("a")
print(a.__dict__, vars(a) is a.__dict__, sorted(dir(a))[-3:])
a.__dict__ = {"name": "renamed", "children": []}
print(a.name)
a.__dict__["extra"] = 1
print(a.extra, "extra" in dir(a))
del a.__dict__
print(a.__dict__)
a.name = "a"
try:
    a.__dict__ = []
except TypeError as e:
    print("TypeError:", e)
