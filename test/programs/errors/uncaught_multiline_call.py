# A failing call whose expression spans several lines.
def check(a, b, c):
    if a + b + c > 10:
        raise OverflowError(f"sum {a + b + c} too large")
    return a + b + c

result = check(
    4,
    5,
    6,
)
