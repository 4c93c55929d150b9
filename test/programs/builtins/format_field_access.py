# str.format with attribute and index access, conversions, and nested specs.
class User:
    def __init__(self, name, langs):
        self.name = name
        self.langs = langs

    def __str__(self):
        return f"User {self.name}"

    def __repr__(self):
        return f"User({self.name!r})"

u = User("guido", ["python", "c"])
print("{0.name} likes {0.langs[0]} and {0.langs[1]}".format(u))
print("{u.name!r} / {u!s} / {u!r}".format(u=u))
print("{d[key]} {d[other]:>5}|".format(d={"key": "value", "other": 42}))
print("{:{width}.{prec}f}|".format(3.14159, width=10, prec=2))
print("{0}{1}{0}".format("ab", "-"), "{}-{}".format(*"xy"), "{{literal}}".format())
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%5.1f%%" % 99.5, "%-6s|" % "ab")
print(f"{u.name.upper()!r:^12}|", f"{len(u.langs):03}", f"{'nested ' + u.name}")
width = 8
for lang in u.langs:
    print(f"|{lang:<{width}}|{lang:^{width}}|{lang:>{width}}|")
try:
    "{0.missing}".format(u)
except AttributeError as e:
    print("AttributeError:", e)
try:
    "{2}".format(1, 2)
except IndexError as e:
    print("IndexError:", e)
try:
    "{name}".format(nom=1)
except KeyError as e:
    print("KeyError:", e)
print(format(u), format(1234.5, "_.2f"), format(0.25, ".1%"), format(-5, "+"), format(5, " "))
