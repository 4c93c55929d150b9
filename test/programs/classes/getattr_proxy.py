# A proxy object forwarding unknown attributes to a wrapped object.
class CountingProxy:
    def __init__(self, target):
        self._target = target
        self._calls = {}

    def __getattr__(self, name):
        attr = getattr(self._target, name)
        if callable(attr):
            def wrapper(*args, **kwargs):
                self._calls[name] = self._calls.get(name, 0) + 1
                return attr(*args, **kwargs)
            return wrapper
        return attr

    def report(self):
        return sorted(self._calls.items())

items = CountingProxy([3, 1, 2])
items.append(5)
items.append(4)
items.sort()
print(items._target, items.index(4), items.count(1))
print(items.report())
text = CountingProxy("Hello World")
print(text.lower(), text.split(), text.upper())
print(text.report())
try:
    text.nonexistent
except AttributeError as e:
    print("AttributeError:", e)
