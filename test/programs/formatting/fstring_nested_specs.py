# f-strings with nested replacement fields inside format specs.
width, precision = 12, 3
value = 3.14159265
for w in (6, 10):
    print(f"[{value:{w}.{precision}f}]", f"[{value:<{w}.2e}]", f"[{'x':{'*'}^{w}}]")
print(f"[{value:{width}.{precision}}]", f"[{1234567:{','}}]", f"[{255:{'#x'}}]")
fmt = ">8"
print(f"[{'dyn':{fmt}}]", f"[{42:{fmt[1:]}d}]")
rows = [("apple", 1.5, 3), ("kiwi", 0.25, 12)]
for name, price, qty in rows:
    print(f"{name:<8}{price:>8.2f}{qty:>5d}{price * qty:>{width}.3f}")
