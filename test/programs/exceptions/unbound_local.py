# UnboundLocalError when a local is read before assignment.
x = 10
def f():
    print(x)
    x = 5
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
    print(isinstance(e, NameError))
def g(flag):
    if flag:
        y = 1
    return y
print(g(True))
try:
    g(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def h():
    z = 1
    del z
    return z
try:
    h()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def outer():
    def inner():
        return free
    try:
        return inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    free = "now bound"
    return inner()
print(outer())
