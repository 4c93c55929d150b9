# The TypeErrors of wrong calls to builtin methods, as CPython words them: the method
# descriptor names the type ("list.pop() takes no keyword arguments", "dict.popitem() takes no
# arguments"), the counts a method checks itself name it alone ("pop expected at most 1
# argument, got 2"), and keyword parsing reports too many arguments, too many positional
# ones, a missing one, then an unknown keyword, in that order; None is "None".
calls = [
    "[].pop(1, 2)", "[].pop(k=1)", "[].insert(1)", "[].insert(1, 2, k=3)", "[].index()", "[].index(1, k=2)",
    "().index()", "().index(1, k=1)", "().__getnewargs__(1)", "bytearray().pop(x=1)", "bytearray().insert(1)",
    "{}.get()", "{}.get(k=1)", "{}.pop(1, k=2)", "{}.popitem(1)", "dict.fromkeys()", "dict.fromkeys([], k=1)",
    "{}.keys().isdisjoint()", "{}.items().isdisjoint(1, 2)", "{}.values().__reversed__(1)",
    "object().__dir__(1)", "object().__format__()", "object().__sizeof__(1)", "int.mro(1)", "int.__subclasses__(1)",
    "ValueError().with_traceback()", "ValueError().add_note(1, k=2)", "(1.5).__round__(1, 2)", "(1.5).__round__(k=1)",
    "(5).__round__(k=1)", "float.__getformat__()", "(x for x in []).send()", "(x for x in []).close(1)",
    "range(3).__reversed__(1)", "slice(1).indices()", "slice(1).indices(k=1)", "memoryview()", "memoryview(b'').tolist(1)",
    "[].sort(1, 2, 3)", "[].sort(1)", "[].sort(a=1, b=2, c=3)", "'a'.split(',', 1, x=2)", "'a'.split(x=1)",
    "'a'.expandtabs(1, x=2)", "b''.translate()", "int.from_bytes(byteorder='big', x=1)", "int.from_bytes(b'', None)",
    "'a'.encode(None)", "b''.decode(errors=None)", "format(1, None)", "sorted([], 1)", "sorted()",
    "enumerate(x=1)", "enumerate(start=1)", "enumerate([1], x=2)", "enumerate(a=1, b=2, c=3)",
]
for call in calls:
    try:
        eval(call)
        print(call, "-> no error")
    except TypeError as e:
        print(call, "->", e)
