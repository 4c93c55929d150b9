# Deep structures are freed without exhausting the stack (the trashcan).
class Node:
    __slots__ = ("next", "value")
    def __init__(self, next, value):
        self.next = next
        self.value = value

deaths = []
class Tail:
    def __del__(self):
        deaths.append("tail")

head = Tail()
for i in range(100_000):
    head = Node(head, i)
print("chain built", head.value)
del head
print("chain freed", deaths)

nested = []
for i in range(1_000_000):
    nested = [nested]
print("nested list built")
del nested
print("nested list freed")

d = {}
for i in range(200_000):
    d = {"d": d}
del d
print("nested dict freed")

class Plain:
    pass
p = None
for i in range(100_000):
    q = Plain()
    q.next = p
    p = q
del p, q
print("instance chain with dicts freed")
t = ()
for i in range(200_000):
    t = (t, i)
del t
print("nested tuple freed")
