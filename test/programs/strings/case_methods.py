# Case conversion methods, including non-ASCII letters.
s = "hello World ÉCOLE straße"
print(s.upper(), "|", s.lower(), "|", s.title(), "|", s.capitalize(), "|", s.swapcase())
print("ß".upper(), "ǅ".lower(), "İ".lower() == "i̇", "ß".casefold(), "Straße".casefold() == "STRASSE".casefold())
print("they're bill's".title(), "hello-world foo_bar".title(), "123abc".capitalize())
print("ABC".isupper(), "abc".islower(), "Title Case".istitle(), "123".isupper(), "A1".isupper())
