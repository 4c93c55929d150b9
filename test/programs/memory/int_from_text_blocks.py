# The block CPython 3.11's parser asks for when int() reads text: sized from the text, not the
# value (PyLong_FromString): ceil(digits · bits / 30) digits for a power-of-two base, else
# (int)(digits · log(base) / log(2**30) + 1), leading zeros counted, underscores not. As
# tracemalloc traces it.
import tracemalloc
texts = ["123456", "1000", "1_000_000", "1000000000", "1073741823", "1073741824", "00000000000000000001000",
         "12345678901234567890", "-987654321098765432109876543210", "  42  ", "0x7fffffff", "0xffffffffffff", "0b" + "1" * 40,
         "0o777777777777", "0" * 30 + "5000", "zz"]
bases = [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 0, 0, 0, 0, 10, 36]
tracemalloc.start(); tracemalloc.stop()
for t, b in zip(texts, bases):
    tracemalloc.start()
    v = int(t, b)
    size = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    print(repr(t)[:40], b, size)
tracemalloc.start()
w = int(b"98765")
print("bytes", tracemalloc.get_traced_memory()[0])
tracemalloc.stop()
