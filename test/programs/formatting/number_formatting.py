# str() and format() of numbers in many shapes.
print(str(12345678901234567890), str(-0), str(1.0), str(1e16), str(1.5e-7), str(2 ** 0.5))
for v in (0, 1, -1, 1234.5678, 1e-7, 123456789.0, 2 ** 64):
    print(f"{v:>14} | {v:14.4g} | {v:14.3e} | {v:14,.2f} | {v:+.1f}")
for v in (5, -5, 255, 2 ** 40):
    print(f"{v:#010x} {v:#b} {v:o} {v:_d} {v:,}")
print(f"{0.5:.0%}", f"{1:.2%}", f"{12:5.1%}", f"{-0.001:.2f}", f"{0.125:.2f}", f"{0.375:.2f}")
