# TypeError messages for calls that do not match the signature.
def f(a, b):
    return a + b
def g(a, b=1, *, c):
    return a
def h():
    return None
def p(a, /, b):
    return a

five, text = 5, "abc"
def attempt(label, thunk):
    try:
        thunk()
    except TypeError as e:
        print(f"{label:24} TypeError: {e}")

attempt("missing one", lambda: f(1))
attempt("missing two", lambda: f())
attempt("unexpected keyword", lambda: f(1, 2, z=3))
attempt("too many", lambda: f(1, 2, 3))
attempt("multiple values", lambda: f(1, 2, a=3))
attempt("range of positionals", lambda: g(1, 2, 3, c=1))
attempt("missing keyword-only", lambda: g(1))
attempt("none expected", lambda: h(1))
attempt("none expected kw", lambda: h(x=1))
attempt("positional-only as kw", lambda: p(a=1, b=2))
attempt("not callable", lambda: five())
attempt("str not callable", lambda: text())
attempt("** not mapping", lambda: f(**[1, 2]))
attempt("* not iterable", lambda: f(*5))
attempt("lambda missing", lambda: (lambda x, y: 0)(1))
attempt("builtin", lambda: len(1, 2))
attempt("builtin no args", lambda: abs())
