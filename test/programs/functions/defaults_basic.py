# Default argument values, overridden positionally or by keyword.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(punct=".", name="Di", greeting="Bye"))
def power(base, exp=2):
    return base ** exp
print(power(3), power(3, 3), power(exp=0, base=9))
print(greet.__defaults__, power.__defaults__)
def none_default(x=None):
    return "missing" if x is None else x
print(none_default(), none_default(0))
