# str.encode with every errors= handler; bytes.decode with them
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for errors in ("strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace", "bogus"):
    show(lambda: "héllo€".encode("ascii", errors))
    show(lambda: "héllo€".encode("latin-1", errors=errors))
show(lambda: "\ud800".encode("utf-8", "surrogatepass"))
show(lambda: "\udc80".encode("utf-8", "surrogateescape"))
show(lambda: "\ud800".encode())
show(lambda: "abc".encode(encoding="utf-16"))
show(lambda: "abc".encode("nope"))
for errors in ("strict", "ignore", "replace", "backslashreplace", "surrogateescape"):
    show(lambda: b"h\xe9\xff".decode("utf-8", errors))
show(lambda: b"h\xc3\xa9".decode())
show(lambda: b"\xff\xfeh\x00".decode("utf-16"))
