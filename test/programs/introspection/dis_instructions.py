# dis.get_instructions on code with arithmetic, comparisons and attribute access. CPython puts
# inline CACHE entries after these instructions, glasspy does not, so offsets and jump targets
# (and jump opargs) are left out; every other field (names, args, values, lines, positions) is CPython's.
import dis


def arith(a, b):
    c = a * b + 3
    c -= a // 2
    return c ** 2 % 7


def compare(a, b):
    return a < b, a >= b, a == b, 1 < a <= 9


def attrs(point, other):
    point.x = other.y
    del point.z
    return point.x.real


for f in (arith, compare, attrs):
    print("==", f.__name__)
    for ins in dis.get_instructions(f):
        fields = [ins.opname, ins.arg, repr(ins.argval), ins.argrepr, ins.starts_line]
        if ins.opname.startswith(("JUMP", "POP_JUMP", "FOR_ITER")):
            fields[1] = fields[2] = fields[3] = "-"
        print(*fields, tuple(ins.positions))

first = list(dis.get_instructions(arith, first_line=100))
print([i.starts_line for i in first if i.starts_line is not None])
print(dis.Instruction._fields)
print(dis.Positions._fields, dis.Positions())
ins = first[1]
print(ins.opname, ins.positions.lineno, ins.is_jump_target, type(ins).__name__)
