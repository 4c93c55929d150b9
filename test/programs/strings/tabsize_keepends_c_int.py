# expandtabs's tabsize and splitlines's keepends are C ints: a larger int is an OverflowError
# naming "C int"; a bool or an int of any sign that fits is taken as it is.
for call in ["'a'.expandtabs(2**64)", "'a'.expandtabs(-2**64)", "b'a'.expandtabs(2**40)", "'a\\nb'.splitlines(2**64)",
             "b'a'.splitlines(-2**64)", "'a\\tb'.expandtabs(True)", "'a\\tb'.expandtabs(-3)", "'a\\nb'.splitlines(1.5)",
             "'a\\nb\\n'.splitlines(keepends=2)"]:
    try:
        print(call, repr(eval(call)))
    except Exception as e:
        print(call, type(e).__name__, e)
