# Tracebacks through a lambda and a list comprehension.
convert = lambda s: int(s) * 2
values = ["1", "2", "three"]
print([convert(v) for v in values])
