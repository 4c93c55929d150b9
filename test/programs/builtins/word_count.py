# Word frequency counting with plain dicts and str methods.
TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity."""

counts = {}
for raw in TEXT.split():
    word = raw.strip(".,;").lower()
    counts[word] = counts.get(word, 0) + 1

top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in top[:6]:
    print(f"{word:>8} {'#' * n} {n}")
print(len(counts), sum(counts.values()))
lengths = {}
for word in counts:
    lengths.setdefault(len(word), []).append(word)
for length in sorted(lengths):
    print(length, sorted(lengths[length]))
lines = TEXT.splitlines()
print([len(line.split()) for line in lines], max(lines, key=len)[:20])
print(TEXT.count("it was"), TEXT.lower().count("it was"), TEXT.find("age"), TEXT.rfind("age"))
