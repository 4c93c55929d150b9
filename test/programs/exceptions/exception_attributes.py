# __traceback__, with_traceback, and attributes of specific exception types.
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next)
def deeper():
    return {}["x"]
try:
    deeper()
except KeyError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print("traceback lines:", lines)
e = ValueError("plain")
print(e.__traceback__, e.__cause__, e.__context__, e.__suppress_context__)
try:
    import no_such_module_glasspy
except ImportError as err:
    print(type(err).__name__, err.name, err)
try:
    raise SystemExit("bye")
except SystemExit as err:
    print("SystemExit caught:", err.code)
