# Managers that temporarily change state and restore it: settings, cwd-like stack, sys attributes.
import sys

class Settings:
    values = {"debug": False, "level": 1}

class override:
    def __init__(self, **changes):
        self.changes = changes

    def __enter__(self):
        self.saved = {k: Settings.values[k] for k in self.changes}
        Settings.values.update(self.changes)
        return Settings.values

    def __exit__(self, *exc):
        Settings.values.update(self.saved)

print(Settings.values)
with override(debug=True) as v:
    print(v)
    with override(level=5, debug=False):
        print(Settings.values)
    print(Settings.values)
print(Settings.values)

class RecursionLimit:
    def __init__(self, limit):
        self.limit = limit
    def __enter__(self):
        self.old = sys.getrecursionlimit()
        sys.setrecursionlimit(self.limit)
    def __exit__(self, *exc):
        sys.setrecursionlimit(self.old)

before = sys.getrecursionlimit()
with RecursionLimit(500):
    print("inside:", sys.getrecursionlimit())
print("restored:", sys.getrecursionlimit() == before)
