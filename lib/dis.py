"""Disassembler of glasspy's bytecode, with the API and the text layout of CPython 3.11's dis.

glasspy's bytecode is CPython 3.11's without CACHE entries and without PRECALL (see
docs/opcodes.md and docs/introspection.md): what is shown here is the bytecode glasspy runs,
so offsets and jump targets are smaller than CPython's wherever CPython has inline caches,
and a call is LOAD/PUSH_NULL ... CALL without a PRECALL before it. `show_caches` and
`adaptive` are accepted and change nothing, since there is nothing to show.
"""

import sys
import collections
from opcode import *
from opcode import __all__ as _opcodes_all
from opcode import _nb_ops, hasarg

__all__ = ["code_info", "dis", "disassemble", "distb", "disco",
           "findlinestarts", "findlabels", "show_code",
           "get_instructions", "Instruction", "Bytecode"] + _opcodes_all
del _opcodes_all

LOAD_CONST = opmap['LOAD_CONST']
LOAD_GLOBAL = opmap['LOAD_GLOBAL']
FORMAT_VALUE = opmap['FORMAT_VALUE']
MAKE_FUNCTION = opmap['MAKE_FUNCTION']
BINARY_OP = opmap['BINARY_OP']

# FORMAT_VALUE's low two bits: (conversion function, its name in the listing).
FORMAT_VALUE_CONVERTERS = (
    (None, ''),
    (str, 'str'),
    (repr, 'repr'),
    (ascii, 'ascii'),
)
MAKE_FUNCTION_FLAGS = ('defaults', 'kwdefaults', 'annotations', 'closure')

_OPNAME_WIDTH = 20
_OPARG_WIDTH = 5

_argument_taking = frozenset(hasarg)
_relative_jumps = frozenset(hasjrel)
_absolute_jumps = frozenset(hasjabs)
_constant_ops = frozenset(hasconst)
_name_ops = frozenset(hasname)
_local_ops = frozenset(haslocal) | frozenset(hasfree)
_compare_ops = frozenset(hascompare)


def _sample_function():
    pass


class _SampleClass:
    def method(self):
        pass


# The kinds of object whose bytecode dis.dis shows when it walks a class or a module.
_have_code = (type(_SampleClass().method), type(_sample_function),
              type(_sample_function.__code__), classmethod, staticmethod, type)
del _sample_function, _SampleClass


COMPILER_FLAG_NAMES = {
    1: "OPTIMIZED",
    2: "NEWLOCALS",
    4: "VARARGS",
    8: "VARKEYWORDS",
    16: "NESTED",
    32: "GENERATOR",
    64: "NOFREE",
    128: "COROUTINE",
    256: "ITERABLE_COROUTINE",
    512: "ASYNC_GENERATOR",
}


def pretty_flags(flags):
    """Return pretty representation of code flags."""
    parts = []
    remaining = flags
    bit = 0
    while remaining and bit < 32:
        flag = 1 << bit
        if remaining & flag:
            parts.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            remaining &= ~flag
        bit += 1
    if remaining or not parts:
        # Bits beyond 32, or no flag at all, are shown as one hexadecimal remainder.
        parts.append(hex(remaining))
    return ", ".join(parts)


class _Unknown:
    def __repr__(self):
        return "<unknown>"


# What argval is when the tables needed to resolve it are not available.
UNKNOWN = _Unknown()


Positions = collections.namedtuple(
    'Positions', ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'],
    defaults=[None] * 4)

_Instruction = collections.namedtuple(
    "_Instruction",
    ['opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset', 'starts_line',
     'is_jump_target', 'positions'],
    defaults=[None])

_ExceptionTableEntry = collections.namedtuple(
    "_ExceptionTableEntry", "start end target depth lasti")


class Instruction(_Instruction):
    """Details for a bytecode operation

       Defined fields:
         opname - human readable name for operation
         opcode - numeric code for operation
         arg - numeric argument to operation (if any), otherwise None
         argval - resolved arg value (if known), otherwise same as arg
         argrepr - human readable description of operation argument
         offset - start index of operation within bytecode sequence
         starts_line - line started by this opcode (if any), otherwise None
         is_jump_target - True if other code jumps to here, otherwise False
         positions - Optional dis.Positions object holding the span of source code
                     covered by this instruction
    """

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        """One line of a listing: line number, current marker, jump-target marker, offset,
        opname, oparg and its meaning, separated by single spaces."""
        columns = []
        if lineno_width:
            if self.starts_line is None:
                columns.append(' ' * lineno_width)
            else:
                columns.append(str(self.starts_line).rjust(lineno_width))
        columns.append('-->' if mark_as_current else '   ')
        columns.append('>>' if self.is_jump_target else '  ')
        columns.append(repr(self.offset).rjust(offset_width))
        columns.append(self.opname.ljust(_OPNAME_WIDTH))
        if self.arg is not None:
            columns.append(repr(self.arg).rjust(_OPARG_WIDTH))
            if self.argrepr:
                columns.append('(' + self.argrepr + ')')
        return ' '.join(columns).rstrip()


# ---- finding the code object -------------------------------------------------------------

def _try_compile(source, name):
    """Compile source as an expression if it is one, else as statements."""
    try:
        return compile(source, name, 'eval')
    except SyntaxError:
        return compile(source, name, 'exec')


def _unwrap(x):
    """The code object behind a method, function or generator; other objects unchanged."""
    if hasattr(x, '__func__'):
        x = x.__func__
    for attribute in ('__code__', 'gi_code', 'ag_code', 'cr_code'):
        if hasattr(x, attribute):
            return getattr(x, attribute)
    return x


def _get_code_object(x):
    x = _unwrap(x)
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if hasattr(x, 'co_code'):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


# ---- code_info -----------------------------------------------------------------------------

def code_info(x):
    """Formatted details of methods, functions, or code."""
    return _format_code_info(_get_code_object(x))


def _numbered(title, items, show):
    if not items:
        return []
    return [title] + ["%4d: %s" % (i, show(item)) for i, item in enumerate(items)]


def _format_code_info(co):
    lines = [
        "Name:              %s" % co.co_name,
        "Filename:          %s" % co.co_filename,
        "Argument count:    %s" % co.co_argcount,
        "Positional-only arguments: %s" % co.co_posonlyargcount,
        "Kw-only arguments: %s" % co.co_kwonlyargcount,
        "Number of locals:  %s" % co.co_nlocals,
        "Stack size:        %s" % co.co_stacksize,
        "Flags:             %s" % pretty_flags(co.co_flags),
    ]
    lines += _numbered("Constants:", co.co_consts, repr)
    lines += _numbered("Names:", co.co_names, str)
    lines += _numbered("Variable names:", co.co_varnames, str)
    lines += _numbered("Free variables:", co.co_freevars, str)
    lines += _numbered("Cell variables:", co.co_cellvars, str)
    return "\n".join(lines)


def show_code(co, *, file=None):
    """Print details of methods, functions, or code to *file* (default: standard output)."""
    print(code_info(co), file=file)


# ---- decoding --------------------------------------------------------------------------------

def _unpack_opargs(code):
    """(offset, opcode, oparg) per code unit; oparg None for opcodes that take none.
    EXTENDED_ARG prefixes are reported too, and widen the next oparg."""
    prefix = 0
    for offset in range(0, len(code), 2):
        op = code[offset]
        if op in _argument_taking:
            arg = code[offset + 1] | prefix
            prefix = (arg << 8) if op == EXTENDED_ARG else 0
            if prefix >= 2 ** 31:
                # opargs are C ints: wrap as CPython does
                prefix -= 2 ** 32
        else:
            arg = None
            prefix = 0
        yield offset, op, arg


def _jump_target(offset, op, arg):
    """The byte offset an instruction jumps to, or None if it does not jump."""
    if arg is None:
        return None
    if op in _relative_jumps:
        if 'JUMP_BACKWARD' in opname[op]:
            arg = -arg
        return offset + 2 + arg * 2
    if op in _absolute_jumps:
        return arg * 2
    return None


def findlabels(code):
    """Detect all offsets in a byte code which are jump targets.

    Return the list of offsets.
    """
    labels = []
    for offset, op, arg in _unpack_opargs(code):
        target = _jump_target(offset, op, arg)
        if target is not None and target not in labels:
            labels.append(target)
    return labels


def findlinestarts(code):
    """Find the offsets in a byte code which are start of lines in the source.

    Generate pairs (offset, lineno)
    """
    previous = None
    for start, end, line in code.co_lines():
        if line is not None and line != previous:
            previous = line
            yield start, line


def _read_varint(data, i):
    """A 6-bit-group varint at data[i]: (value, index after it)."""
    byte = data[i]
    value = byte & 63
    i += 1
    while byte & 64:
        byte = data[i]
        value = (value << 6) | (byte & 63)
        i += 1
    return value, i


def _parse_exception_table(code):
    table = code.co_exceptiontable
    entries = []
    i = 0
    while i < len(table):
        start, i = _read_varint(table, i)
        length, i = _read_varint(table, i)
        target, i = _read_varint(table, i)
        depth_lasti, i = _read_varint(table, i)
        entries.append(_ExceptionTableEntry(start * 2, (start + length) * 2, target * 2,
                                            depth_lasti >> 1, bool(depth_lasti & 1)))
    return entries


def _describe(op, arg, offset, varname_from_oparg, names, co_consts):
    """(argval, argrepr) for one instruction's oparg."""
    if op in _constant_ops:
        # Only LOAD_CONST's constant is shown; KW_NAMES's stays unknown, as in CPython 3.11.
        if op == LOAD_CONST and co_consts is not None:
            value = co_consts[arg]
            return value, repr(value)
        return UNKNOWN, ''
    if op in _name_ops:
        index = arg >> 1 if op == LOAD_GLOBAL else arg
        if names is None:
            return UNKNOWN, ''
        name = names[index]
        if op == LOAD_GLOBAL and arg & 1:
            return name, "NULL + " + name
        return name, name
    target = _jump_target(offset, op, arg)
    if target is not None:
        return target, "to " + repr(target)
    if op in _local_ops:
        if varname_from_oparg is None:
            return UNKNOWN, ''
        name = varname_from_oparg(arg)
        return name, name
    if op in _compare_ops:
        return cmp_op[arg], cmp_op[arg]
    if op == FORMAT_VALUE:
        converter, text = FORMAT_VALUE_CONVERTERS[arg & 3]
        has_spec = bool(arg & 4)
        if has_spec:
            text = text + ', with format' if text else 'with format'
        return (converter, has_spec), text
    if op == MAKE_FUNCTION:
        flags = [flag for bit, flag in enumerate(MAKE_FUNCTION_FLAGS) if arg & (1 << bit)]
        return arg, ', '.join(flags)
    if op == BINARY_OP:
        return arg, _nb_ops[arg][1]
    return arg, ''


def _get_instructions_bytes(code, varname_from_oparg=None, names=None, co_consts=None,
                            linestarts=None, line_offset=0, exception_entries=(),
                            co_positions=None, show_caches=False):
    """Instruction tuples for raw bytecode and whatever tables are known about it."""
    positions = iter(co_positions) if co_positions is not None else iter(())
    labels = set(findlabels(code))
    for entry in exception_entries:
        labels.add(entry.target)
    for offset, op, arg in _unpack_opargs(code):
        starts_line = None
        if linestarts is not None:
            starts_line = linestarts.get(offset)
            if starts_line is not None:
                starts_line += line_offset
        if arg is None:
            argval, argrepr = None, ''
        else:
            argval, argrepr = _describe(op, arg, offset, varname_from_oparg, names, co_consts)
        yield Instruction(opname[op], op, arg, argval, argrepr, offset, starts_line,
                          offset in labels, Positions(*next(positions, ())))


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """Iterator for the opcodes in methods, functions or code

    Generates a series of Instruction named tuples giving the details of
    each operations in the supplied code.

    If *first_line* is not None, it indicates the line number that should
    be reported for the first source line in the disassembled code.
    Otherwise, the source line information (if any) is taken directly from
    the disassembled code object.
    """
    co = _get_code_object(x)
    offset = 0 if first_line is None else first_line - co.co_firstlineno
    return _get_instructions_bytes(co.co_code, co._varname_from_oparg, co.co_names,
                                   co.co_consts, dict(findlinestarts(co)), offset,
                                   co_positions=co.co_positions())


# ---- listings --------------------------------------------------------------------------------

def _disassemble_bytes(code, lasti=-1, varname_from_oparg=None, names=None, co_consts=None,
                       linestarts=None, *, file=None, line_offset=0, exception_entries=(),
                       co_positions=None, show_caches=False):
    if linestarts:
        highest = max(linestarts.values()) + line_offset
        lineno_width = 3 if highest < 1000 else len(str(highest))
    else:
        lineno_width = 0   # no line information: no line column
    last_offset = len(code) - 2
    offset_width = 4 if last_offset < 10000 else len(str(last_offset))
    for instr in _get_instructions_bytes(code, varname_from_oparg, names, co_consts, linestarts,
                                         line_offset, exception_entries, co_positions):
        if lineno_width and instr.starts_line is not None and instr.offset > 0:
            print(file=file)   # a blank line before each new source line
        print(instr._disassemble(lineno_width, instr.offset == lasti, offset_width), file=file)
    if exception_entries:
        print("ExceptionTable:", file=file)
        for entry in exception_entries:
            print("  %d to %d -> %d [%d]%s" % (entry.start, entry.end - 2, entry.target,
                                                entry.depth, " lasti" if entry.lasti else ""),
                  file=file)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a code object."""
    _disassemble_bytes(co.co_code, lasti, co._varname_from_oparg, co.co_names, co.co_consts,
                       dict(findlinestarts(co)), file=file,
                       exception_entries=_parse_exception_table(co),
                       co_positions=co.co_positions())


disco = disassemble   # the old name


def _disassemble_recursive(co, *, file=None, depth=None, show_caches=False, adaptive=False):
    disassemble(co, file=file)
    if depth is not None and depth <= 0:
        return
    inner = None if depth is None else depth - 1
    for const in co.co_consts:
        if hasattr(const, 'co_code'):
            print(file=file)
            print("Disassembly of %r:" % (const,), file=file)
            _disassemble_recursive(const, file=file, depth=inner)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble classes, methods, functions, and other compiled objects.

    With no argument, disassemble the last traceback.

    Compiled objects currently include generator objects, async generator
    objects, and coroutine objects, all of which store their code object
    in a special attribute.
    """
    if x is None:
        distb(file=file)
        return
    x = _unwrap(x)
    if hasattr(x, '__dict__'):
        # A class or a module: each member that has bytecode, by name.
        for name, member in sorted(x.__dict__.items()):
            if isinstance(member, _have_code):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(member, file=file, depth=depth)
                except TypeError as msg:
                    print("Sorry:", msg, file=file)
                print(file=file)
    elif hasattr(x, 'co_code'):
        _disassemble_recursive(x, file=file, depth=depth)
    elif isinstance(x, (bytes, bytearray)):
        _disassemble_bytes(x, file=file)
    elif isinstance(x, str):
        _disassemble_recursive(_try_compile(x, '<dis>'), file=file, depth=depth)
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def _last_traceback(tb):
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
    while tb.tb_next:
        tb = tb.tb_next
    return tb


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a traceback (default: last traceback)."""
    tb = _last_traceback(tb)
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file)


class _TextCollector:
    """A write()-able text buffer, for Bytecode.dis() (glasspy has no io.StringIO yet)."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def getvalue(self):
        return ''.join(self.parts)


class Bytecode:
    """The bytecode operations of a piece of code

    Instantiate this with a function, method, other compiled object, string of
    code, or a code object (as returned by compile()).

    Iterating over this yields the bytecode operations as Instruction instances.
    """

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False, adaptive=False):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._linestarts = dict(findlinestarts(co))
        self._original_object = x
        self.current_offset = current_offset
        self.exception_entries = _parse_exception_table(co)
        self.show_caches = show_caches
        self.adaptive = adaptive

    def __iter__(self):
        co = self.codeobj
        return _get_instructions_bytes(co.co_code, co._varname_from_oparg, co.co_names,
                                       co.co_consts, self._linestarts, self._line_offset,
                                       self.exception_entries, co.co_positions())

    def __repr__(self):
        return "%s(%r)" % (self.__class__.__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        """ Construct a Bytecode from the given traceback """
        tb = _last_traceback(tb)
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti)

    def info(self):
        """Return formatted information about the code object."""
        return _format_code_info(self.codeobj)

    def dis(self):
        """Return a formatted view of the bytecode operations."""
        co = self.codeobj
        out = _TextCollector()
        _disassemble_bytes(co.co_code, -1 if self.current_offset is None else self.current_offset,
                           co._varname_from_oparg, co.co_names, co.co_consts, self._linestarts,
                           file=out, line_offset=self._line_offset,
                           exception_entries=self.exception_entries,
                           co_positions=co.co_positions())
        return out.getvalue()


def _find_imports(co):
    """(name, level, fromlist) for each IMPORT_NAME whose two arguments are constants."""
    consts = co.co_consts
    steps = [(op, arg) for _, op, arg in _unpack_opargs(co.co_code) if op != EXTENDED_ARG]
    for i in range(2, len(steps)):
        op, arg = steps[i]
        level_op, from_op = steps[i - 2], steps[i - 1]
        if op == opmap['IMPORT_NAME'] and level_op[0] == LOAD_CONST and from_op[0] == LOAD_CONST:
            yield co.co_names[arg], consts[level_op[1]], consts[from_op[1]]


def _find_store_names(co):
    """The names STORE_NAME and STORE_GLOBAL write."""
    stores = (opmap['STORE_NAME'], opmap['STORE_GLOBAL'])
    for _, op, arg in _unpack_opargs(co.co_code):
        if op in stores:
            yield co.co_names[arg]
