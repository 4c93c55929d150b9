# The block CPython 3.11 asks for an int result of + - * and <<, as tracemalloc traces it:
# exact when both operands of + - * have at most one digit; else one digit more than the larger
# operand when magnitudes are added (x_add), the larger operand's digits when they are
# subtracted (x_sub), both operands' digits for * (x_mul), and for << the operand's digits,
# the shift's whole digits and one for a partial digit. Operands are variables: the compiler
# folds constant expressions.
import tracemalloc

zero, one, three, five, seven = 0, 1, 3, 5, 7
big = 2**31
near = 2**31 - 1000
big3 = 2**61
cases = [
    ("1 << 40", lambda: one << 40),
    ("3 << 29", lambda: three << 29),
    ("big + big", lambda: big + big),
    ("big - near", lambda: big - near),
    ("-big + -5", lambda: -big + -five),
    ("big * big", lambda: big * big),
    ("big - -5", lambda: big - -five),
    ("7 * big", lambda: seven * big),
    ("big3 + 5", lambda: big3 + five),
    ("big3 - 5", lambda: big3 - five),
    ("big3 * 3", lambda: big3 * three),
    ("big << 1", lambda: big << 1),
    ("big + 0", lambda: big + zero),
    ("0 + big", lambda: zero + big),
    ("big - 0", lambda: big - zero),
    ("0 - big", lambda: zero - big),
    ("-big", lambda: -big),
    ("1000 + 5", lambda: 1000 + five),
    ("1000 * 1000", lambda: 1000 * (five * 200)),
]
tracemalloc.start()  # its first start allocates for itself
tracemalloc.stop()
for text, make in cases:
    tracemalloc.start()
    value = make()
    size, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"{text:12} {size:3} bytes, value {value}")
x = big
x += big
y = big3
y *= seven
print("in place:", x, y)
