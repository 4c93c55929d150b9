# An uncaught KeyError from a nested lookup: CPython marks the failing subscript.
config = {"server": {"host": "localhost", "port": 8080}}
print(config["server"]["host"])
print(config["server"]["timeout"])
