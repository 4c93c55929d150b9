# The string module: constants, Template, capwords and Formatter-free formatting.
import string

print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), len(string.printable))
print(string.capwords("hello   wide  world"), string.capwords("a-b c-d", "-"))
t = string.Template("$who likes $what; ${who}'s cost: $$${price}")
print(t.substitute(who="Tim", what="kung pao", price=5))
print(t.safe_substitute(who="Ann"))
try:
    t.substitute(who="Bob")
except KeyError as e:
    print("KeyError:", e)
try:
    string.Template("bad $ sign").substitute()
except ValueError as e:
    print("ValueError:", e)
print(string.Template("$a+$b").substitute({"a": 1}, b=2))

def caesar(text, shift):
    lower = string.ascii_lowercase
    upper = string.ascii_uppercase
    table = str.maketrans(lower + upper, lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift])
    return text.translate(table)

secret = caesar("Hello, World!", 3)
print(secret, caesar(secret, -3))
print("".join(c for c in "a1-b2_c3!" if c in string.ascii_letters + string.digits))
