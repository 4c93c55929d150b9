# repr chooses quotes and escapes; escape sequences in literals.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash",
           "\r\x00\x1f\x7f", "\x80\xa0\xff", "\u0100\u2028\ufeff", "\U0001f600", "\a\b\f\v"]
for s in samples:
    print(repr(s), len(s))
print("\x41\101\u0041\N{LATIN CAPITAL LETTER A}", "\
continued")
print(r"raw \n stays", len(r"\n"), r"\\", '''triple 'quoted' ''', """with "double" inside""")
print("a" 'b' """c""", repr("\0"), repr("\1"))
