# Python 3.11's limit on int <-> str conversion of more than 4300 decimal digits.
import sys
print(sys.get_int_max_str_digits())
big = 10 ** 4299
print(len(str(big)))
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 5000)
except ValueError as e:
    print("ValueError:", e)
print(hex(10 ** 5000)[:10], len(bin(2 ** 20000)))
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits(), int("9" * 5000) % 1000)
