# str.join and bytes.join iterate list and tuple subclasses through their own __iter__,
# and take exact lists and tuples as they are.
class Reversed(list):
    def __iter__(self):
        return reversed(self)

class Shout(tuple):
    def __iter__(self):
        for item in tuple.__iter__(self):
            yield item.upper()

class Plain(list):
    pass

print("-".join(Reversed(["a", "b", "c"])))
print(", ".join(Shout(("x", "y"))))
print("+".join(Plain(["p", "q"])))
print("".join(["e", "x", "a", "c", "t"]), "|".join(("t", "u", "p")))

class ByteItems(list):
    def __iter__(self):
        return iter([b"1", b"2"])

print(b".".join(ByteItems([b"ignored"])))

class Broken(list):
    def __iter__(self):
        return iter([1, "two"])

try:
    "-".join(Broken(["a"]))
except TypeError as e:
    print(e)
