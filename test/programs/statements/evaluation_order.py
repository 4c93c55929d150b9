# Left-to-right evaluation order in expressions, calls, assignments and displays.
log = []
def v(name, value=None):
    log.append(name)
    return name if value is None else value

def show(label):
    print(label, log)
    log.clear()

v("a", 1) + v("b", 2) * v("c", 3)
show("binary ops:")
def target(*args, **kwargs):
    log.append("body")
v("f", target)(v("x"), v("y"), k=v("z"))
show("call:")
d = {v("k1"): v("v1"), v("k2"): v("v2")}
show("dict display:")
lst = [v("l1"), v("l2")]
lst[v("i", 0)] = v("rhs")
show("subscript store:")
v("L", [1, 2])[v("I", 0)] += v("R", 5)
show("augmented:")
x = v("cond", True) and v("then") or v("else")
show("and/or:")
a, b = v("r1"), v("r2")
show("tuple:")
