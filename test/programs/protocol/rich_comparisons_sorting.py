# Rich comparisons drive sorted(), min(), max() on user objects.
class Version:
    def __init__(self, text):
        self.text = text
        self.parts = tuple(int(p) for p in text.split("."))

    def __repr__(self):
        return f"v{self.text}"

    def __eq__(self, other):
        return isinstance(other, Version) and self.parts == other.parts

    def __lt__(self, other):
        print(f"  {self} < {other}") if VERBOSE else None
        return self.parts < other.parts

    def __le__(self, other):
        return self.parts <= other.parts

    def __hash__(self):
        return hash(self.parts)

VERBOSE = True
print(sorted([Version("1.10"), Version("1.2")]))
VERBOSE = False
versions = [Version(t) for t in ("1.2.10", "1.2.9", "0.9", "2.0", "1.10", "1.2.9")]
print(sorted(versions))
print(sorted(versions, reverse=True))
print(min(versions), max(versions))
print(Version("1.0") > Version("0.9"), Version("1.0") >= Version("1.0"))
print(Version("2.0") == Version("2.0"), Version("2.0") != Version("2.0.0"))
print(len(set(versions)))
try:
    Version("1.0") < 3
except AttributeError as e:
    print("AttributeError:", e)
