# Code object attributes and dis.code_info / show_code / findlinestarts / findlabels.
import dis


def plain(a, b=1, *rest, key, **options):
    total = a
    for item in rest:
        total = total + item
    return total


def keyword_only(a, /, b, *, c):
    return a


def cells(x):
    def inner():
        return x
    return inner


def handler(x):
    try:
        x = -x
    except:
        x = None
    return x


print(dis.code_info(plain))
print()
dis.show_code(keyword_only)
print()
inner = cells(1)
dis.show_code(inner)
print()
code = handler.__code__
for name in ("co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals",
             "co_stacksize", "co_flags", "co_consts", "co_names", "co_varnames",
             "co_cellvars", "co_freevars", "co_name", "co_qualname", "co_firstlineno"):
    print(name, getattr(code, name))
print(cells.__code__.co_cellvars, inner.__code__.co_freevars)
print(list(code.co_lines()))
print(list(code.co_positions())[:4])
print(code.co_exceptiontable)
print(list(dis.findlinestarts(code)))
print(dis.findlabels(code.co_code))
print(dis.pretty_flags(0), "|", dis.pretty_flags(3), "|", dis.pretty_flags(1 << 40 | 2))
try:
    dis.dis(42)
except TypeError as e:
    print("TypeError:", e)
try:
    dis.code_info(None)
except TypeError as e:
    print("TypeError:", e)
