import string
f = string.Formatter()
print(f.format('{0} {1!r} {x:>5} {y[0]} {z.real} {{}}', 'a', 'b', x=3, y=[7], z=2j))
print(f.format('{} {}', 1, 2), f.format('{:{w}}|', 'q', w=4), list(f.parse('a{b!s:c}d{{')))
print(f.vformat('{a}-{b}', (), {'a': 1, 'b': 2}), f.format('{0:.2f}', 3.14159))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
print(Upper().format('{} and {:>4}', 'abc', 'x'))
for fmt in ['{', '}', '{0!x}']:
    try:
        f.format(fmt, 1)
    except ValueError as e:
        print("ValueError:", e)
try:
    f.format('{} {0}', 1)
except ValueError as e:
    print("ValueError:", e)
