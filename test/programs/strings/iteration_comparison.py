# Iterating over strings, membership, min/max, comparison and ordering.
s = "banana"
print([c for c in s], list(s), set(s) == {"a", "b", "n"}, sorted(s))
counts = {}
for c in s:
    counts[c] = counts.get(c, 0) + 1
print(counts)
print("nan" in s, "nab" in s, s.count("an"), min(s), max(s))
print("a" < "b", "B" < "a", "apple" > "app", "" < "a", "abc" == "abc")
print(sorted(["b", "B", "a", "A", "_", "1"]), "abc" * 2 == "abcabc")
words = "the cat sat on the mat".split()
print(sorted(set(words)), len(words), words.index("sat"), "".join(sorted("dcba")))
