# getattr, setattr, hasattr, delattr, vars and dir used on ordinary objects.
class Config:
    version = 1

    def __init__(self):
        self.host = "localhost"
        self.port = 8080

    def url(self):
        return f"http://{self.host}:{self.port}"

c = Config()
for name in ("host", "port", "version", "url", "missing"):
    print(name, hasattr(c, name), getattr(c, name, None) if name != "url" else getattr(c, name)())
setattr(c, "port", 9090)
setattr(c, "debug", True)
print(vars(c))
delattr(c, "debug")
print(sorted(vars(c)), c.url())
public = [n for n in dir(c) if not n.startswith("_")]
print(public)
print([n for n in dir(Config) if not n.startswith("_")])
updates = {"host": "example.org", "port": 443}
for k, v in updates.items():
    setattr(c, k, v)
print(c.url())
try:
    getattr(c, 123)
except TypeError as e:
    print("TypeError:", e)
try:
    delattr(c, "version")
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(Config, "url")(c), "__init__" in dir(c), "host" in dir(Config))
