# What a match statement binds and evaluates: captures of cases that did not match, captures
# before a failed guard, the subject evaluated once, and strs matched whole.
# Names bound by a case that did not match stay as they were.
x = "before"
match [1, 2, 3]:
    case [x, 0, _]:
        print("no")
    case _:
        print("x is still", x)

# A guard sees the captures; a failed guard keeps them bound (CPython stores them first).
match (5, 6):
    case (a, b) if a > b:
        print("a > b")
    case _:
        print("after failed guard a, b =", a, b)

# The subject is evaluated once.
def subject():
    print("evaluating subject")
    return 42
match subject():
    case 41:
        pass
    case 42:
        print("42")

# A str, bytes and bytearray are not sequences to match against; a string is matched whole.
for s in ["ab", b"ab", bytearray(b"ab")]:
    match s:
        case [a, b]:
            print("sequence", a, b)
        case _:
            print("not a sequence", s)
