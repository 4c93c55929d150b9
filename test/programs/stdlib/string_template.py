import string
t = string.Template('$who likes $what, ${who}s and $$5')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'a', 'what': 'b'}, what='c'))
print(t.safe_substitute(who='x'), t.get_identifiers(), t.is_valid(), t.template)
try:
    t.substitute(who='x')
except KeyError as e:
    print("KeyError:", e)
bad = string.Template('ok\nline $ two')
try:
    bad.substitute()
except ValueError as e:
    print("ValueError:", e)
print(bad.is_valid(), bad.safe_substitute(), string.Template('${a}b$a_c ${x').safe_substitute(a=1))
print(string.Template('$x').substitute(x=3.5), repr(string.Template('').substitute()))
class Mine(string.Template):
    delimiter = '%'
print(Mine('%a and %%').substitute(a=1))
