# The match statement: literal, capture, wildcard, sequence, mapping and or-patterns, guards.
def describe(subject):
    match subject:
        case 0 | 1 | 2:
            return "small int"
        case True:
            return "unreachable: True == 1 matched above"
        case None:
            return "None"
        case "go" | "stop" as command:
            return f"command {command}"
        case -1.5 | 2+3j:
            return "negative float or complex"
        case []:
            return "empty sequence"
        case [x]:
            return f"one item {x!r}"
        case [x, y] if x == y:
            return f"pair of equals {x!r}"
        case [x, y]:
            return f"pair {x!r} {y!r}"
        case [first, *middle, last]:
            return f"first {first!r} middle {middle!r} last {last!r}"
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"type": kind, **others}:
            return f"kind {kind} with {sorted(others)}"
        case {}:
            return "some other mapping"
        case str() as text:
            return f"text of {len(text)}"
        case _:
            return f"something else: {type(subject).__name__}"


for value in [0, 2, True, None, "go", "stop", "x", -1.5, 2+3j, [], (), [7], (7, 7), [7, 8],
              [1, 2, 3, 4], range(3), {"type": "point", "x": 1, "y": 2, "z": 3},
              {"type": "line", "b": 1, "a": 2}, {"k": 1}, {}, b"bytes", bytearray(b"ab"), 3.25,
              "a", iter([1])]:
    print(repr(value)[:30] if type(value).__name__ != "list_iterator" else "iterator", "->", describe(value))
