# Catching exceptions repeatedly inside loops and comprehensions.
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None
print([safe_div(10, b) for b in range(-2, 3)])
def parse_all(items):
    good, bad = [], []
    for s in items:
        try:
            good.append(int(s))
        except ValueError as e:
            bad.append(str(e))
    return good, bad
print(parse_all(["1", "x", "22", "", "-3"]))
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 4:
            raise ConnectionError(f"attempt {attempts}")
        print("succeeded after", attempts)
        break
    except ConnectionError as e:
        print("retry:", e)
