# Deep recursion through the eval loop's call paths: the limit holds, and the loop recovers.
import sys


def down(n):
    if n == 0:
        return 0
    return down(n - 1) + 1


class Node:
    def __init__(self, child):
        self.child = child

    def depth(self):
        return 0 if self.child is None else self.child.depth() + 1


def chain(n):
    node = None
    for _ in range(n):
        node = Node(node)
    return node


print(down(500), chain(300).depth())
for limit in (100, 250):
    sys.setrecursionlimit(limit)
    for f in (lambda: down(1000), lambda: chain(1000).depth(), lambda: chain(50).depth()):
        try:
            print("ok", f())
        except RecursionError as e:
            print("RecursionError", e)
sys.setrecursionlimit(1000)
print(down(900), chain(900).depth())


def kw(n, step=1):
    return 0 if n <= 0 else kw(n - step, step=step) + 1


print(kw(400), kw(400, step=2))
try:
    kw(5000)
except RecursionError:
    print("RecursionError from a call with keywords")
print(kw(10))
