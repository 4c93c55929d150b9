# Decorators applied to methods: they receive self as a normal argument.
def logged(method):
    def wrapper(self, *args):
        self.log.append(f"{method.__name__}{args}")
        return method(self, *args)
    return wrapper

def require_open(method):
    def wrapper(self, *args):
        if self.closed:
            raise ValueError(f"{method.__name__} on closed {type(self).__name__}")
        return method(self, *args)
    return wrapper

class Journal:
    def __init__(self):
        self.log = []
        self.entries = []
        self.closed = False

    @logged
    @require_open
    def write(self, text):
        self.entries.append(text)
        return len(self.entries)

    @logged
    def close(self):
        self.closed = True

j = Journal()
print(j.write("first"), j.write("second"))
j.close()
try:
    j.write("third")
except ValueError as e:
    print("ValueError:", e)
print(j.entries)
print(j.log)
