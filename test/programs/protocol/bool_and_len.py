# Truthiness: __bool__ first, then __len__, otherwise always true.
class Empty:
    pass

class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("__len__ called")
        return self.n

class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("__bool__ called")
        return self.on
    def __len__(self):
        return 99

print(bool(Empty()))
print(bool(Sized(0)), bool(Sized(3)))
print(bool(Flag(False)), len(Flag(False)))
if not Sized(0):
    print("Sized(0) is falsy")
print(Flag(True) and "and-result", Flag(False) or "or-result")

class BadBool:
    def __bool__(self):
        return 1
class BadLen:
    def __len__(self):
        return -1
class FloatLen:
    def __len__(self):
        return 2.0
for obj in (BadBool(), BadLen(), FloatLen()):
    try:
        bool(obj)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    len(Empty())
except TypeError as e:
    print("TypeError:", e)
