# Dict and str work: building words, counting with dicts, joining, splitting, formatting.
def make_text(n):
    syllables = ["ka", "lo", "mi", "ne", "ru", "ta", "so", "vi", "de", "pa"]
    words = []
    state = 12345
    for _ in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        length = 1 + state % 4
        word = ""
        s = state
        for _ in range(length):
            word += syllables[s % 10]
            s //= 10
        words.append(word)
    return " ".join(words)


def count_words(text):
    counts = {}
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1
    return counts


def index_by_first_letter(counts):
    index = {}
    for word, n in counts.items():
        key = word[0].upper()
        if key not in index:
            index[key] = []
        index[key].append("%s=%d" % (word, n))
    return index


def main():
    total = 0
    for round_number in range(18):
        text = make_text(40000 + round_number)
        counts = count_words(text)
        index = index_by_first_letter(counts)
        report = ";".join([k + ":" + ",".join(sorted(v)[:3]) for k, v in sorted(index.items())])
        total += len(counts) + len(report) + sum(counts.values())
        total += len(text.replace("ka", "KA").upper().lower())
    print(total)


main()
