# A mapping-like class: __getitem__/__setitem__/__delitem__ with normalised keys.
class CaseInsensitiveDict:
    def __init__(self):
        self._data = {}

    def __setitem__(self, key, value):
        self._data[key.lower()] = (key, value)

    def __getitem__(self, key):
        return self._data[key.lower()][1]

    def __delitem__(self, key):
        del self._data[key.lower()]

    def __contains__(self, key):
        return key.lower() in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return (original for original, _ in self._data.values())

    def items(self):
        return [(k, v) for k, v in self._data.values()]

headers = CaseInsensitiveDict()
headers["Content-Type"] = "text/html"
headers["X-Count"] = 3
headers["content-type"] = "application/json"
print(len(headers), headers["CONTENT-TYPE"], "x-count" in headers)
print(list(headers), headers.items())
del headers["X-COUNT"]
print(len(headers), "X-Count" in headers)
try:
    headers["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    del headers["nothing"]
except KeyError as e:
    print("KeyError:", e)
