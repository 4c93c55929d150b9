# Character class predicates.
samples = ["123", "12.3", "abc", "abC1", "", " \t\n", "Ⅻ", "½", "٣", "²", "hello world", "_id9", "9id", "ÉÀ"]
for s in samples:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(),
          s.isspace(), s.isidentifier(), s.isascii(), s.isprintable())
print("\x00".isprintable(), "class".isidentifier())
