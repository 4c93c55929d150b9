# Whether a one-character result is the cached latin-1 object (`is chr(ord(s))`) or a new str,
# as CPython 3.11 makes it: int's str and repr fill a new str, an f-string of several parts is
# joined into a new one, "%s%s" writes a new one; formatting with a spec, indexing and slicing
# give the cached one. (Operands are variables: the compiler folds constant expressions.)
s = "ab"
q = s[0]
e = ""
n = 5
c = 113
results = {
    "'%s%s' % (q, e)": "%s%s" % (q, e),
    "'%d' % n": "%d" % n,
    "'%c' % c": "%c" % c,
    "'%s' % n": "%s" % n,
    "'%x' % n": "%x" % n,
    "'{}{}'.format(q, e)": "{}{}".format(q, e),
    "'{}'.format(n)": "{}".format(n),
    "format(n, 'd')": format(n, "d"),
    "format(n)": format(n),
    "f'{q}{e}'": f"{q}{e}",
    "f'{n}'": f"{n}",
    "f'{n:d}'": f"{n:d}",
    "str(n)": str(n),
    "repr(n)": repr(n),
    "str(-0)": str(-0),
    "hex(n)[2:]": hex(n)[2:],
    "s[1]": s[1],
    "s[:1]": s[:1],
    "' q '.strip()": " q ".strip(),
    "''.join([q, e])": "".join([q, e]),
    "'x'.replace('x', 'q')": "x".replace("x", "q"),
    "'Q'.lower()": "Q".lower(),
}
for text, value in results.items():
    print(text, "cached" if value is chr(ord(value)) else "new")
