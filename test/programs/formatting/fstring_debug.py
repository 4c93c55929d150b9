# The = specifier in f-strings prints the expression text and its repr.
x = 42
name = "glass"
items = [1, 2]
print(f"{x=}", f"{name=}", f"{items=}")
print(f"{x + 1=}", f"{x = }", f"{name.upper()=}", f"{len(items) =}")
print(f"{x=:>6}", f"{3.14159=:.2f}", f"{name=!s}", f"{name=!r:>10}")
print(f"{x*2=} and {x//5=}")
