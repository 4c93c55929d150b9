# int(x) called with one exact float or int (made in CALL without type.__call__) and the
# forms that take the ordinary path: subclasses, bool, str, keywords, no argument, int
# rebound, and the errors.


class MyFloat(float):
    def __int__(self):
        return 99


class MyInt(int):
    pass


def convert(values):
    out = []
    for v in values:
        out.append(int(v))
    return out


print(convert([3.7, -3.7, 0.0, -0.0, 1e18, 2.0**70, 7, -8, 2**100, True, MyFloat(1.5), MyInt(5), "12"]))
print(type(int(MyInt(5))).__name__, type(int(3.0)).__name__, int(5) == 5, int(n := 300) is n)

for bad in (float("nan"), float("inf"), float("-inf")):
    try:
        int(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

print(int(), int("ff", 16), int(x="7") if False else int("7"))
try:
    int(1.5, 10)
except TypeError as e:
    print("TypeError:", e)


def shadowed():
    int = float
    return int(3)


print(shadowed())

x = 2.5
total = 0
for i in range(1000):
    total += int(x * i)
print(total)
