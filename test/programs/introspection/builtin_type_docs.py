# C.__doc__ of builtin types is the type's own doc, even when the type's dict holds a
# __doc__ descriptor for its instances (property); classes read their dict.
print(property.__doc__.splitlines()[0])
print(type.__doc__)
print(property.__doc__ == property.__doc__)

p = property(lambda self: 1, doc="the getter's doc")
print(p.__doc__)

class Documented:
    "Class docstring."

class Undocumented:
    pass

class SubProperty(property):
    pass

class DocumentedProperty(property):
    "My property."

print(Documented.__doc__, Undocumented.__doc__, SubProperty.__doc__, DocumentedProperty.__doc__)
Documented.__doc__ = "changed"
print(Documented.__doc__)
try:
    property.__doc__ = "no"
except TypeError as e:
    print(e)
