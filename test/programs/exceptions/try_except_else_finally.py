# The order in which try, except, else and finally run.
def run(action):
    log = []
    try:
        log.append("try")
        if action == "raise":
            raise ValueError("boom")
        if action == "return":
            return log + ["returned"]
    except ValueError as e:
        log.append(f"except {e}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

print(run("ok"))
print(run("raise"))
print(run("return"))
def nested():
    out = []
    try:
        try:
            1 / 0
        finally:
            out.append("inner finally")
    except ZeroDivisionError:
        out.append("outer except")
    return out
print(nested())
