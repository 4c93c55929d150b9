# A bare raise in an except handler, with a finally clause that prints first.
def risky():
    try:
        return [1, 2, 3][10]
    except IndexError:
        print("cleaning up, then re-raising")
        raise
    finally:
        print("finally clause ran")

risky()
