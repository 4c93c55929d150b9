# except (A, B) as e catches either; the first matching clause wins.
def risky(kind):
    if kind == 1:
        return {}["missing"]
    if kind == 2:
        return [][0]
    if kind == 3:
        return int("nope")
    if kind == 4:
        return 1 / 0
    return "fine"

for kind in range(5):
    try:
        print(risky(kind))
    except (KeyError, IndexError) as e:
        print("lookup problem:", type(e).__name__, e)
    except (ValueError, ZeroDivisionError) as e:
        print("value problem:", type(e).__name__, e)
try:
    risky(1)
except LookupError:
    print("LookupError catches KeyError")
except KeyError:
    print("never: earlier clause matched")
errors = (TypeError, ValueError)
try:
    risky(3)
except errors as e:
    print("tuple in a variable:", type(e).__name__)
