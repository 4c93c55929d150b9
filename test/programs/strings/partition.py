# partition and rpartition always return three parts.
print("key=value=more".partition("="), "key=value=more".rpartition("="))
print("no separator".partition("="), "no separator".rpartition("="))
print("=start".partition("="), "end=".rpartition("="))
host, _, port = "localhost:8080".partition(":")
print(host, int(port))
try:
    "x".partition("")
except ValueError as e:
    print("ValueError:", e)
