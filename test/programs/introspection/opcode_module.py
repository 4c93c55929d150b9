# The opcode module and dis.stack_effect. Opcode numbers are glasspy's own, so the program
# prints names and membership, never numbers.
import dis
import opcode

print(opcode.cmp_op)
print(len(opcode.opname), opcode.opname[opcode.EXTENDED_ARG])
print(all(opcode.opname[number] == name for name, number in opcode.opmap.items()))
unused = [n for n in range(256) if opcode.opname[n] == '<%d>' % n]
print(len(unused) > 0, sorted(set(opcode.opname) - set(opcode.opmap))[:1] != [])
names = ["LOAD_CONST", "KW_NAMES", "LOAD_NAME", "LOAD_GLOBAL", "LOAD_ATTR", "LOAD_METHOD",
         "STORE_ATTR", "IMPORT_NAME", "LOAD_FAST", "STORE_FAST", "LOAD_DEREF", "MAKE_CELL",
         "LOAD_CLASSDEREF", "COMPARE_OP", "FOR_ITER", "JUMP_FORWARD", "JUMP_BACKWARD",
         "POP_JUMP_FORWARD_IF_FALSE", "SEND", "BINARY_OP", "RETURN_VALUE"]
tables = ["hasconst", "hasname", "hasjrel", "hasjabs", "haslocal", "hasfree", "hascompare"]
for name in names:
    op = opcode.opmap[name]
    print(name, [t for t in tables if op in getattr(opcode, t)])
print(opcode.hasnargs, opcode.hasjabs)

with_arg = ["LOAD_CONST", "BUILD_TUPLE", "BUILD_MAP", "UNPACK_SEQUENCE", "UNPACK_EX",
            "FORMAT_VALUE", "MAKE_FUNCTION", "LOAD_GLOBAL", "RAISE_VARARGS", "COPY"]
for name in with_arg:
    print(name, [dis.stack_effect(opcode.opmap[name], arg) for arg in (0, 1, 2, 3, 5, 259)])
for name in ["FOR_ITER", "SEND", "JUMP_IF_TRUE_OR_POP", "POP_JUMP_FORWARD_IF_TRUE"]:
    op = opcode.opmap[name]
    print(name, [dis.stack_effect(op, 4, jump=j) for j in (None, True, False)])
for name in ["POP_TOP", "PUSH_NULL", "RETURN_VALUE", "GET_ITER", "BINARY_SUBSCR",
             "STORE_SUBSCR", "PUSH_EXC_INFO", "BEFORE_WITH", "YIELD_VALUE"]:
    print(name, dis.stack_effect(opcode.opmap[name]))

for args, kwargs in [((opcode.opmap["LOAD_CONST"],), {}),
                     ((opcode.opmap["POP_TOP"], 0), {}),
                     ((opcode.opmap["FOR_ITER"], 0), {"jump": 1}),
                     ((255,), {}),
                     ((255, 0), {})]:
    try:
        dis.stack_effect(*args, **kwargs)
    except ValueError as e:
        print("ValueError:", e)
