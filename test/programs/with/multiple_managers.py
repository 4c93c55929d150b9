# Several context managers in one with statement: entered left to right, exited in reverse.
class Tag:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print(f"<{self.name}>")
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print(f"</{self.name}>")
        return False

with Tag("html") as a, Tag("body") as b, Tag("p") as c:
    print("content", a, b, c)

with (Tag("ul") as ul,
      Tag("li")):
    print("item in", ul)

try:
    with Tag("div"), Tag("span"):
        raise ValueError("inside span")
except ValueError as e:
    print("caught", e)
