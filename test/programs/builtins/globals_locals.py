# globals() and locals(), filtered to names defined by this program.
import sys
alpha = 1
beta = "two"
def user_names(namespace):
    return sorted([k for k in namespace if not k.startswith("__")])

print(user_names(globals()))
print(globals() is locals(), globals()["alpha"], "sys" in globals())
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
globals()["gamma"] = 3.0
print(gamma)
print(user_names(globals()))
print(__name__, globals()["__name__"])
def g():
    x = 1
    def h():
        return x
    return sorted(locals())
print(g())
