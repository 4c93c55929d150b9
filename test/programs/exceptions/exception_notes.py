# Python 3.11 exception notes: add_note and __notes__.
try:
    try:
        raise ValueError("bad value")
    except ValueError as e:
        e.add_note("while parsing line 3")
        e.add_note("input came from the network")
        raise
except ValueError as e:
    print(e.__notes__)
    print(str(e))
e = KeyError("k")
print(hasattr(e, "__notes__"))
try:
    e.add_note(42)
except TypeError as err:
    print("TypeError:", err)
