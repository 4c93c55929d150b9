# Item dunders: __len__, __getitem__ (slices arrive as slice objects), __setitem__, __delitem__.
class Store:
    def __init__(self):
        self.data = {}
    def __len__(self):
        return len(self.data)
    def __getitem__(self, key):
        print("get", key)
        if isinstance(key, slice):
            return (key.start, key.stop, key.step)
        if isinstance(key, tuple) and isinstance(key[0], slice):
            return "tuple with a slice"
        return self.data[key]
    def __setitem__(self, key, value):
        print("set", key, value)
        self.data[repr(key) if isinstance(key, slice) else key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.data[repr(key) if isinstance(key, slice) else key]

s = Store()
s["a"] = 1
s[1, 2] = "tuple key"
print(len(s), s["a"], s[1, 2])
print(s[1:2], s[::3], s[:], s[1:2, 3])
s[0:1] = "slice"
del s["a"]
del s[0:1]
print(len(s))
try:
    s["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    del s["missing"]
except KeyError as e:
    print("KeyError", e)

