# bytes center/ljust/rjust/zfill, expandtabs and the case methods
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: b"ab".center(6, b"*"))
show(lambda: b"ab".center(5))
show(lambda: b"ab".center(6, "*"))
show(lambda: b"ab".center(6, b"**"))
show(lambda: b"ab".ljust(5))
show(lambda: b"ab".rjust(5, b"0"))
show(lambda: bytearray(b"ab").rjust(4, bytearray(b"-")))
for s in (b"-5", b"+5", b"5", b""):
    show(lambda: s.zfill(4))
show(lambda: b"a\tb\tc".expandtabs())
show(lambda: b"a\tb\n\tc".expandtabs(2))
show(lambda: b"hello world".capitalize())
show(lambda: b"hello wORLD 3x".title())
show(lambda: b"Hello\xe9".swapcase())
show(lambda: b"Hello".upper())
show(lambda: b"HELLO".lower())
show(lambda: bytearray(b"hello").title())
for s in (b"abc1", b"abc", b"", b"123", b"ABC", b" \t", b"Ab Cd", b"\xff"):
    print(s, s.isalnum(), s.isalpha(), s.isdigit(), s.islower(), s.isupper(), s.isspace(), s.istitle(), s.isascii())
