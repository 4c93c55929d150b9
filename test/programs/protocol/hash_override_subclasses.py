# A class's __hash__ result is used exactly: hash() prints it, and a tuple holding the object
# hashes as a tuple holding that int would (builtin subclasses included).
class I(int):
    def __hash__(self): return 5
print(hash(I(3)), hash((I(3), 1)) == hash((5, 1)))
class F(float):
    def __hash__(self): return 7
print(hash(F(1.5)), hash((F(1.5),)) == hash((7,)))
class S(str):
    def __hash__(self): return 9
print(hash(S("a")), hash((S("a"),)) == hash((9,)))
class T(tuple):
    def __hash__(self): return 11
print(hash(T((1,))), hash((T((1,)),)) == hash((11,)))
class Big:
    def __hash__(self): return 2**70
print(hash(Big()) == hash(2**70), hash((Big(),)) == hash((2**70,)))
class Neg:
    def __hash__(self): return -1
print(hash(Neg()), hash((Neg(),)) == hash((-2,)))
d = {I(3): "x"}
print(d.get(3), d.get(I(3)))
