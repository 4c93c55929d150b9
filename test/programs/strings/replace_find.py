# replace, find, rfind, index, rindex, count.
s = "one two one three one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("", "-")[:12], s.replace("x", "y") == s)
print(s.find("one"), s.find("one", 1), s.rfind("one"), s.find("zzz"), s.find(""), s.find("one", 5, 10))
print(s.index("two"), s.rindex("one", 0, 10), s.count("one"), s.count("o"), s.count(""), "aaaa".count("aa"))
try:
    s.index("four")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("four")
except ValueError as e:
    print("ValueError:", e)
print("abc".find("c", -1), "abc".find("a", -1), "hello"[1:].find("l"))
