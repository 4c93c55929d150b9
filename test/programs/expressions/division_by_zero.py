# Every way of dividing by zero has its own message.
def attempt(label, f):
    try:
        f()
    except ZeroDivisionError as e:
        print(label, "->", type(e).__name__ + ":", e)

attempt("1 / 0", lambda: 1 / 0)
attempt("1 // 0", lambda: 1 // 0)
attempt("1 % 0", lambda: 1 % 0)
attempt("divmod(1, 0)", lambda: divmod(1, 0))
attempt("1.0 / 0", lambda: 1.0 / 0)
attempt("1.0 // 0.0", lambda: 1.0 // 0.0)
attempt("1.0 % 0", lambda: 1.0 % 0)
attempt("divmod(1.0, 0)", lambda: divmod(1.0, 0))
attempt("0.0 ** -1", lambda: 0.0 ** -1)
attempt("2**100 // 0", lambda: 2 ** 100 // 0)
attempt("1j / 0", lambda: 1j / 0)
