# strip, lstrip, rstrip with and without characters.
s = "\t  hello world \n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHELLOcba".strip("abc"), "www.example.com".lstrip("w."), "file.txt..".rstrip("."))
print(repr("".strip()), repr("   ".strip()), repr("\u3000wide space\u3000".strip()))
print("aaa".strip("a") == "", "ab".strip("") == "ab", "  x  ".strip(None))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "keep".removeprefix("zz"))
