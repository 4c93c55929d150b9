# Errors from __init__ and constructor argument mismatches.
class Bad:
    def __init__(self):
        return 5

try:
    Bad()
except TypeError as e:
    print("TypeError:", e)

class Point:
    def __init__(self, x, y=0):
        self.x, self.y = x, y

for args, kwargs in (((), {}), ((1, 2, 3), {}), ((1,), {"z": 3}), ((1,), {"x": 2})):
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)

class NoInit:
    pass

try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)
p = Point(3)
print(p.x, p.y)
p.__init__(7, 8)
print(p.x, p.y)
