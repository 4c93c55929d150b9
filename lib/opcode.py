"""
opcode module - the opcode table of glasspy's bytecode, with CPython 3.11's API.

Every fact comes from the native _opcode module, which reads src/compile/opcodes.ts, so the
lists below follow the compiler. glasspy's opcodes are CPython 3.11's minus CACHE, PRECALL and
the specialised forms, numbered in glasspy's own order (docs/opcodes.md): opname and opmap
give glasspy's numbers. Because that order does not put the argument-taking opcodes above a
threshold, HAVE_ARGUMENT is the lowest such opcode (EXTENDED_ARG, 1) and `hasarg` (CPython
3.12's name) lists exactly the opcodes whose oparg means something.
"""

__all__ = ["cmp_op", "hasconst", "hasname", "hasjrel", "hasjabs",
           "haslocal", "hascompare", "hasfree", "opname", "opmap",
           "HAVE_ARGUMENT", "EXTENDED_ARG", "hasnargs", "stack_effect"]

from _opcode import stack_effect
import _opcode

cmp_op = _opcode._cmp_op

# 256 names, '<N>' for the numbers no opcode uses, as CPython's table.
opname = ['<%r>' % (number,) for number in range(256)]
opmap = {}

hasarg = []
hasconst = []
hasname = []
hasjrel = []
hasjabs = []     # glasspy's jumps are all relative, as CPython 3.11's are
haslocal = []
hascompare = []
hasfree = []
hasnargs = []    # empty in CPython 3.11 too

_kind_lists = {
    'const': hasconst,
    'name': hasname,
    'global_name': hasname,
    'jump_forward': hasjrel,
    'jump_backward': hasjrel,
    'local': haslocal,
    'deref': hasfree,
    'compare': hascompare,
}

for _number, _name in enumerate(_opcode._opnames):
    opname[_number] = _name
    opmap[_name] = _number
    _kind = _opcode._operands[_number]
    if _kind != 'none':
        hasarg.append(_number)
    if _kind in _kind_lists:
        _kind_lists[_kind].append(_number)

HAVE_ARGUMENT = hasarg[0]
EXTENDED_ARG = opmap['EXTENDED_ARG']

# BINARY_OP's opargs as (NB_* name, symbol); the in-place forms follow the plain ones.
_nb_ops = [tuple(pair) for pair in _opcode._nb_ops]

# glasspy's bytecode has no inline caches and no specialised instructions.
_inline_cache_entries = [0] * 256
_specializations = {}
_specialized_instructions = []

del _number, _name, _kind, _kind_lists
