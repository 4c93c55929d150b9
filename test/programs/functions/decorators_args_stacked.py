# Decorator factories and stacked decorators (applied bottom-up).
def tag(name):
    def decorate(fn):
        def wrapper(*args):
            return f"<{name}>{fn(*args)}</{name}>"
        return wrapper
    return decorate

@tag("b")
@tag("i")
def text(s):
    return s

print(text("hi"))
order = []
def mark(label):
    order.append("factory " + label)
    def deco(fn):
        order.append("apply " + label)
        return fn
    return deco
@mark("outer")
@mark("inner")
def target():
    return "target ran"
print(order, target())
def repeat(n):
    return lambda fn: lambda *a: [fn(*a) for _ in range(n)]
@repeat(3)
def hello(who):
    return "hello " + who
print(hello("you"))
