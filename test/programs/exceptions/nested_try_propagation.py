# Exceptions propagate outward through calls and nested handlers.
def level3(kind):
    if kind == "value":
        raise ValueError("from level3")
    if kind == "type":
        raise TypeError("from level3")
    return "level3 ok"
def level2(kind):
    try:
        return level3(kind)
    except ValueError as e:
        return f"level2 handled {e}"
    finally:
        print("level2 finally", kind)
def level1(kind):
    try:
        return level2(kind)
    except TypeError as e:
        return f"level1 handled {e}"
for kind in ("ok", "value", "type"):
    print(level1(kind))
def loop_with_errors():
    results = []
    for item in [1, 0, "x", 4]:
        try:
            results.append(10 // item)
        except ZeroDivisionError:
            results.append("div0")
        except TypeError:
            results.append("type")
            continue
        finally:
            results.append("|")
    return results
print(loop_with_errors())
