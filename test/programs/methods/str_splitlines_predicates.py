# splitlines with every line boundary, keepends; isidentifier, isprintable, casefold
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

text = "a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l"
show(lambda: text.splitlines())
show(lambda: text.splitlines(True))
show(lambda: "a\nb\r\n".splitlines(keepends=True))
show(lambda: "".splitlines())
show(lambda: "\n".splitlines())
for s in ("abc", "1abc", "_\u00e9", "", "a b", "class", "\u0394x"):
    show(lambda: s.isidentifier())
for s in ("abc\n", "", "\u00a0", "a b", "\x7f", "\u2028"):
    show(lambda: s.isprintable())
for s in ("Straße", "ΣΑΣ", "ﬁ", "İ"):
    show(lambda: (s.casefold(), s.lower(), s.upper()))
