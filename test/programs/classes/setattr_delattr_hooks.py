# __setattr__ and __delattr__ hooks: read-only fields and change tracking.
class Tracked:
    def __init__(self, **fields):
        object.__setattr__(self, "changes", [])
        for k, v in fields.items():
            setattr(self, k, v)

    def __setattr__(self, name, value):
        if name == "id" and "id" in self.__dict__:
            raise AttributeError("id is read-only once set")
        self.changes.append(("set", name, value))
        super().__setattr__(name, value)

    def __delattr__(self, name):
        if name == "id":
            raise AttributeError("cannot delete id")
        self.changes.append(("del", name))
        super().__delattr__(name)

t = Tracked(id=7, name="widget")
t.name = "gadget"
t.price = 9.99
del t.price
for attempt in (lambda: setattr(t, "id", 8), lambda: delattr(t, "id"), lambda: delattr(t, "nope")):
    try:
        attempt()
    except AttributeError as e:
        print("AttributeError:", e)
for change in t.changes:
    print(change)
print(t.id, t.name, sorted(vars(t)))
