# A failing assert that is not caught ends the program with a traceback and status 1.
def check(values):
    total = sum(values)
    assert total < 10, f"total too large: {total}"
    return total

print(check([1, 2, 3]))
print(check([4, 5, 6]))
print("not reached")
