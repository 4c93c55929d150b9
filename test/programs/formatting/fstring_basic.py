# f-strings: expressions, conversions, quotes, and escaping braces.
name, n = "World", 3
print(f"Hello, {name}!", f"{n + 1}", f"{name.upper()}", f"{[i * i for i in range(n)]}")
print(f"{name!r} {name!s} {'é'!a}", f"{{literal}}", f"{{{n}}}", f"{'single'}", f'{"double"}')
d = {"key": "val"}
print(f"{d['key']}", f"{len(d)}", f"{(lambda x: x * 2)(4)}")
print(f"{n:03}", f"{3.14159:.2f}", f"{'left':<8}|", f"{n:>{n + 2}}|")
print(f"multi" f"ple {n}" "plain", F"upper F {n}", rf"raw\n{n}")
items = ["a", "b"]
print(f"{', '.join(items)}", f"{items[-1]}{items[0]}", f"{n if n > 2 else 0}")
print(f"{3 + 4j}", f"{None}", f"{True:d}", f"{b'x'}", f"{1e20}")
