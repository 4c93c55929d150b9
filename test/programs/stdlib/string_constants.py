import string
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), len(string.printable), repr(string.printable[-10:]))
print(string.capwords(' hello   world  foo '), string.capwords('a-b-c', '-'), repr(string.capwords('')))
print(string.capwords("they're bill's friends"), string.capwords('ÉCOLE élève'))
print(all(c in string.printable for c in string.ascii_letters + string.digits))
