# assert passes silently or raises AssertionError with the message.
assert True
assert 1 == 1, "never shown"
try:
    assert 1 > 2
except AssertionError as e:
    print("AssertionError args:", e.args, repr(str(e)))
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print("AssertionError:", e)
calls = []
def msg():
    calls.append(1)
    return "computed"
assert True, msg()
print("message evaluated:", calls)
try:
    assert False, msg()
except AssertionError as e:
    print(e, calls)
try:
    assert 0, {"detail": 42}
except AssertionError as e:
    print(e.args[0]["detail"])
