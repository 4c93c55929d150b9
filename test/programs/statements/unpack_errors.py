# The ValueError and TypeError messages of failed unpacking.
def attempt(f):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

def two(v):
    a, b = v
    return a, b

def three(v):
    a, b, c = v
    return a, b, c

def star(v):
    a, b, *c, d = v
    return a, b, c, d

attempt(lambda: two([1, 2, 3]))
attempt(lambda: two([1]))
attempt(lambda: three("ab"))
attempt(lambda: two(5))
attempt(lambda: two(None))
attempt(lambda: star([1, 2]))
attempt(lambda: two({}))
print(two("ok"), three(range(3)), star(range(5)))
