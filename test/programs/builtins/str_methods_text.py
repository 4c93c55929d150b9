# String methods used in everyday text processing.
name = "  Ada Lovelace  "
print(repr(name.strip()), repr(name.lstrip()), repr(name.rstrip()))
print(name.strip().upper(), name.strip().lower(), name.strip().swapcase())
print("hello world".title(), "hello world".capitalize(), "ß".upper(), "ǅ".lower())
csv = "id,name,,score"
print(csv.split(","), csv.split(",", 1), csv.rsplit(",", 1), "a  b\tc\n".split())
print(csv.partition(","), csv.rpartition(","), "nocomma".partition(","))
print("-".join(["2024", "01", "31"]), ", ".join(str(i) for i in range(3)))
print("abc".center(9, "*"), "abc".ljust(6, ".") + "|", "abc".rjust(6) + "|", "42".zfill(5), "-42".zfill(5))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "aaa".replace("a", "ab"))
print("Hello".startswith(("He", "X")), "file.tar.gz".endswith(".gz"), "test".startswith("es", 1))
print("abc123".isalnum(), "abc".isalpha(), "123".isdigit(), "  ".isspace(), "Title Case".istitle(), "x".isupper())
print("banana".find("an"), "banana".rfind("an"), "banana".index("n"), "banana".count("a"), "banana".find("z"))
try:
    "banana".index("z")
except ValueError as e:
    print("ValueError:", e)
print("tab\there".expandtabs(4), "line1\nline2\r\nline3".splitlines(), "x\ny\n".splitlines(True))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "ab".removeprefix("z"))
table = str.maketrans("aeiou", "12345", "xyz")
print("a quick onyx".translate(table), "Straße".casefold(), "%s=%d" % ("n", 5))
