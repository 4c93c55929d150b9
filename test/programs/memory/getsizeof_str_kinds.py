# sys.getsizeof of str: compact ASCII (48 + n + 1), Latin-1 (72 + n + 1), UCS-2 (72 + 2(n+1)), UCS-4 (72 + 4(n+1)).
import sys
for s in ("", "a", "ab", "a" * 100, "é", "éé", "aé", "€", "€€", "a€", "😀", "😀😀", "é😀", "ÿ", "\u0100"):
    print(repr(s) if len(s) < 5 else f"len {len(s)}", sys.getsizeof(s))
runtime = "".join(["x", "y", "z"])
print(sys.getsizeof(runtime), sys.getsizeof(runtime * 10), sys.getsizeof(str(123456)))
print(sys.getsizeof("é" * 50), sys.getsizeof("€" * 50), sys.getsizeof("😀" * 50))
