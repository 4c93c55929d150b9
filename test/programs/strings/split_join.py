# str.split, rsplit and join.
s = "  the quick  brown\tfox\n jumps "
print(s.split())
print(s.split(" "))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 1), "a,b,c".rsplit(",", 1))
print("".split(), "".split(","), "   ".split(), "abc".split("abc"))
print("1 2 3 4".split(None, 2), "1 2 3 4".rsplit(None, 2), "a--b--c".split("--"))
print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), " ".join(map(str, [1, 2])))
print("::".join(("x",)), "\n".join(["line1", "line2"]).split("\n"))
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
