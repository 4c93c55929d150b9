# return inside finally overrides the try's return and swallows exceptions.
def override():
    try:
        return "try"
    finally:
        return "finally"
print(override())
def swallow():
    try:
        raise ValueError("gone")
    finally:
        return "swallowed"
print(swallow())
def count():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print("n in finally", n)
print(count())
def loop_swallow():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i < 2:
                continue
            return "after " + str(i)
print(loop_swallow())
