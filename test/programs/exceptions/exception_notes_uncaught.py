# Notes are printed after the exception line of an uncaught traceback.
def load(path):
    try:
        return int(path)
    except ValueError as e:
        e.add_note(f"while loading {path!r}")
        raise

load("config")
