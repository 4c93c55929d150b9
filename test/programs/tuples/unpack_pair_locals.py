# `a, b = pair` into two locals: tuples and lists, temporaries and shared ones, old values
# that die (in the stores' order), the same object twice, and the forms that take the
# ordinary path (wrong length, other iterables, globals).


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def make_pair(x, y):
    return (Noisy(x), Noisy(y))


def pairs():
    out = []
    for i in range(4):
        a, b = (i, i * 2)
        out.append(a + b)
        a, b = [i, -i]
        out.append(a - b)
    t = ("x", "y")
    for _ in range(3):
        a, b = t
        out.append(a + b)
    a, b = b, a
    out.append(a + b)
    return out


print(pairs())


def dying_old_values():
    a = Noisy("old a")
    b = Noisy("old b")
    a, b = make_pair("new a", "new b")
    print("after first:", a.name, b.name)
    a, b = list(make_pair("newer a", "newer b"))
    print("after second:", a.name, b.name)
    pair = make_pair("kept a", "kept b")
    a, b = pair
    print("after third:", a.name, b.name, len(pair))
    del pair
    shared = Noisy("shared")
    a = b = shared
    del shared
    a, b = (1, 2)
    print("after shared:", a, b)


dying_old_values()


def swap_through_tuple():
    a = Noisy("A")
    b = Noisy("B")
    t = (b, a)
    a, b = t
    del t
    print("swapped:", a.name, b.name)
    a, b = (a, a)
    print("same twice:", a.name, b.name, a is b)


swap_through_tuple()
print("done with frames")


def temporary_sequence_dies():
    made = []

    class Item:
        def __del__(self):
            made.append("item freed")

    a, b = (Item(), Item())
    a, b = [None, None]
    return made


print(temporary_sequence_dies())


def other_paths():
    a, b = "xy"
    print(a, b)
    a, b = iter([1, 2])
    print(a, b)
    a, b = {3: 0, 4: 0}
    print(a, b)
    try:
        a, b = (1, 2, 3)
    except ValueError as e:
        print("ValueError:", e)
    try:
        a, b = [1]
    except ValueError as e:
        print("ValueError:", e)
    print(a, b)


other_paths()

g1, g2 = (10, 20)
print(g1, g2)


def subclass_of_tuple():
    class T(tuple):
        pass

    a, b = T((5, 6))
    return a, b


print(subclass_of_tuple())


def loop_unpack():
    total = 0
    for k, v in [(1, 2), (3, 4)]:
        total += k * v
    for k, v in {"p": 5, "q": 6}.items():
        total += v
    return total


print(loop_unpack())
