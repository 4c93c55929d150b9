# A generator freed while an exception unwinds is closed without losing that exception.
def numbers():
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("generator closed")


try:
    p, q = numbers()
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = (x for x in range(3))
except ValueError as e:
    print("ValueError:", e)
print("after")
