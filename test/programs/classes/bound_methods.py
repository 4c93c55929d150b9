# Bound methods: __self__, __func__, equality and calling through the class.
class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting

    def greet(self, name):
        return f"{self.greeting}, {name}!"

g = Greeter("Hello")
m = g.greet
print(m("Ann"))
print(m.__self__ is g, m.__func__ is Greeter.greet)
print(m.__name__, m.__qualname__)
print(Greeter.greet(g, "Bob"))
print(g.greet == g.greet, g.greet is g.greet)
h = Greeter("Hi")
print(g.greet == h.greet)
print(type(m).__name__, type(Greeter.greet).__name__)
methods = [Greeter(w).greet for w in ("Hey", "Yo", "Howdy")]
print([f("you") for f in methods])
g.greet = lambda name: "replaced " + name
print(g.greet("Cy"), Greeter.greet(g, "Cy"))
del g.greet
print(g.greet("Di"))
