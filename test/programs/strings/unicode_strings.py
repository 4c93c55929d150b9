# Strings with Latin-1, BMP and astral characters.
words = ["café", "naïve", "日本語", "emoji 😀🎉", "mixé€😀"]
for w in words:
    print(w, len(w), w.upper(), w[::-1], [hex(ord(c)) for c in w[-2:]])
s = "a" + "é" + "€" + "😀"
print(s, len(s), s.encode("utf-8"), len(s.encode("utf-8")), s.encode("utf-8").decode("utf-8") == s)
print("\N{GREEK SMALL LETTER ALPHA}", "\u00e9" == "é", "\U0001F600" == "😀", "e\u0301" == "é")
print(sorted(["é", "e", "z", "É", "😀", "a"]), "€" > "z", max("héllo"))
print("ÅÄÖ".lower(), "ﬁ".upper(), "ǆ".title())
