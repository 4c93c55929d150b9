# Complex numbers: literals, repr, parts, arithmetic.
z = 3 + 4j
w = complex(1, -2)
print(z, w, 1j, -1j, 0j, complex(), complex(2), complex(0, 1.5))
print(z.real, z.imag, z.conjugate(), abs(z))
print(z + w, z - w, z * w, z / w)
print(1j * 1j, 1j ** 2, (1 + 1j) ** 2, 2 * z, z + 1, z - 0.5)
print(z == complex(3, 4), z == 3 + 4j, (1 + 0j) == 1, 1j != 1)
print(repr(complex(1.5, 2.25)), repr(complex(-0.0, -0.0)), repr(complex(1e20, 1e-20)))
print(type(z).__name__, bool(0j), bool(1j))
try:
    print(z < w)
except TypeError as e:
    print("TypeError:", e)
