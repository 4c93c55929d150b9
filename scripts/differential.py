"""Differential runs: random programs run by python3 and by glasspy, their outputs compared.

Usage:  python3 scripts/differential.py KIND [SEED] [COUNT]      (from the project root)
        python3 scripts/differential.py all

KIND is one of: expressions (operators and builtins on mixed values), numbers (int and
float conversions, rounding, hashing, division, bytes), methods (builtin methods with random
arguments, errors included), formats (format(), f-strings, %), slices (subscripts, slice
assignment and deletion), iteration (itertools, functools.reduce, sorted/min/max, zip and
the other iterators), classes (attributes, properties, slots, operators with NotImplemented,
metaclass calls, special methods), sizes (sys.getsizeof after container operations), refcounts
(sys.getrefcount after reference-making operations), collector (gc.collect() counts and
__del__ with random cycles).

Each program prints one line per case; the script prints how many lines differ and the
first differences. Known and documented differences show up too: str hashes (and so the
order of sets of strs, and hash() of a NaN or an object, which follow addresses), memory
beyond glasspy's 1 GiB heap, memoryview.cast (docs/language.md). Found so far and fixed:
builtin methods' argument errors and their order, bytearray's empty extended-slice
assignment, list.pop()'s resize, byte values' range errors, unraisable reports, memoryview
methods, exact ints from operator.index and slice.indices, C int arguments.
"""
import os
import random
import re
import subprocess
import sys
import tempfile
import textwrap

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GLASSPY = os.path.join(ROOT, "dist", "glasspy")


def generate(kind, seed, n):
    rnd = random.Random(seed)
    lines = []
    emit = lambda *a, **k: lines.append(" ".join(str(x) for x in a))

    def emit_case(i, shown):
        """Case i: print its number and `shown`, or its exception's type and message."""
        emit("try:\n    print(%d, %s)\nexcept Exception as _e:\n    print(%d, 'EXC', type(_e).__name__, _e)" % (i, shown, i))
    if kind == 'expressions':
        atoms = ["0", "1", "-1", "7", "-3", "255", "256", "257", "2**30", "-2**30", "2**31-1", "2**53+1", "-2**62", "10**20", "-(10**25)",
                 "0.0", "-0.0", "1.5", "-2.25", "1e308", "float('inf')", "float('nan')", "3.0", "1e-300",
                 "''", "'a'", "'abc'", "'héllo'", "'\\u20ac'", "'ab'*3", "b''", "b'xy'", "bytearray(b'ab')",
                 "[]", "[1, 2]", "[3, 'a']", "()", "(1,)", "(1, 2.5)", "{}", "{1: 2}", "{'a': [1]}", "set()", "{1, 2}", "frozenset({3})",
                 "None", "True", "False", "range(5)", "range(1, 10, 3)", "1j", "(2-3j)", "slice(1, 3)"]
        binops = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "==", "!=", "<", "<=", ">", ">=", "in", "not in", "is", "and", "or"]
        funcs = ["len({})", "repr({})", "str({})", "bool({})", "abs({})", "hash({})", "int({})", "float({})", "sorted({})", "list({})", "tuple({})",
                 "min({})", "max({})", "sum({})", "divmod({}, {})", "pow({}, 2)", "pow({}, {}, 7)", "round({})", "round({}, {})",
                 "{}[{}]", "{}[{}:{}]", "{}[::{}]", "format({}, '')", "ascii({})", "set({})", "dict({})", "reversed({})", "enumerate({})", "bytes({})",
                 "({}).count({})", "({}).index({})", "({}).split()", "({}).upper()", "({}).hex()", "({}).bit_length()", "({}).is_integer()", "({}).conjugate()",
                 "complex({}, {})", "isinstance({}, int)", "chr({})", "ord({})", "oct({})", "bin({})", "hex({})", "{} % {}"]
        def expr(depth):
            r = rnd.random()
            if depth <= 0 or r < 0.35:
                return rnd.choice(atoms)
            if r < 0.7:
                op = rnd.choice(binops)
                if op in ("**", "<<", "*"):
                    return "(%s %s %s)" % (expr(depth-1), op, rnd.choice(["0", "1", "2", "3", "-1", "0.5", "True", "'x'", "[1]"]))
                return "(%s %s %s)" % (expr(depth-1), op, expr(depth-1))
            if r < 0.78:
                return "(%s%s)" % (rnd.choice(["-", "+", "~", "not "]), expr(depth-1))
            f = rnd.choice(funcs)
            return f.format(*[expr(depth-1) for _ in range(f.count("{}"))])
        emit("def show(v):")
        emit("    try:")
        emit("        r = repr(v)")
        emit("    except Exception as e:")
        emit("        r = 'repr-error ' + type(e).__name__")
        emit("    if len(r) > 200: r = r[:200] + '...' + str(len(r))")
        emit("    return r")
        for i in range(n):
            e = expr(3)
            emit("try:")
            emit("    _v = %s" % e)
            emit("    print(%d, type(_v).__name__, show(_v) if not hasattr(_v, '__next__') else 'iter')" % i)
            emit("except Exception as _e:")
            emit("    print(%d, 'EXC', type(_e).__name__, str(_e)[:200])" % i)

        return "\n".join(lines) + "\n"
    if kind == 'methods':
        recv = ["'abc'", "'a,b,,c'", "'  Hi There  '", "'héllo wörld'", "''", "'x\\ty\\nz'", "b'abc'", "b' a b '", "bytearray(b'xyz')",
                "[3, 1, 2]", "[]", "['b', 'a']", "(1, 2, 1)", "{'a': 1, 'b': 2}", "{}", "{1, 2, 3}", "frozenset({1})", "range(10)",
                "7", "-7", "2**70", "0", "3.75", "-0.5", "float('inf')", "1+2j", "True", "None", "slice(1, 5, 2)", "memoryview(b'ab')"]
        args = ["0", "1", "-1", "2", "100", "'a'", "','", "''", "'b'", "b'a'", "None", "1.5", "[1]", "(1,)", "{}", "True", "'%d'", "'{}'", "2**64", "-2**64", "'x' * 3", "key=len", "reverse=True", "sep=','", "maxsplit=1", "'utf-8'", "'strict'", "'ignore'"]
        def attrs(obj):
            try:
                return [a for a in dir(eval(obj)) if not a.startswith('__')]
            except Exception:
                return []
        emit("def show(v):")
        emit("    try:")
        emit("        r = repr(v)")
        emit("    except Exception as e:")
        emit("        r = 'repr-error ' + type(e).__name__")
        emit("    if len(r) > 150: r = r[:150] + '...' + str(len(r))")
        emit("    return r")
        for i in range(n):
            o = rnd.choice(recv)
            names = attrs(o)
            if not names: continue
            m = rnd.choice(names)
            k = rnd.choice([0, 0, 1, 1, 1, 2, 2, 3])
            a = ", ".join(rnd.choice(args) for _ in range(k))
            # keyword args must come last
            parts = [x for x in a.split(", ") if x and "=" not in x] + [x for x in a.split(", ") if "=" in x and "==" not in x]
            a = ", ".join(dict.fromkeys(parts))
            e = "(%s).%s(%s)" % (o, m, a) if callable(getattr(eval(o), m, None)) else "(%s).%s" % (o, m)
            emit("try:")
            emit("    _o = %s" % o)
            emit("    _v = %s" % e.replace("(%s)" % o, "_o", 1))
            emit("    print(%d, %r, type(_v).__name__, show(_v) if not hasattr(_v, '__next__') else 'iter', show(_o))" % (i, e))
            emit("except Exception as _e:")
            emit("    print(%d, %r, 'EXC', type(_e).__name__, str(_e)[:200])" % (i, e))

        return "\n".join(lines) + "\n"
    if kind == 'formats':
        vals = ["0", "-0.0", "1", "-7", "255", "2**64", "-(2**70)", "3.14159", "-2.5", "1e100", "1e-7", "float('inf')", "float('nan')", "123456.789",
                "True", "'abc'", "'héllo'", "''", "None", "1+2j", "-0.5j", "12345678901234567890", "0.1", "5e-324", "1.7976931348623157e308"]
        def spec():
            s = ""
            if rnd.random() < 0.3: s += rnd.choice(["", "*", "0", "x", "é"]) + rnd.choice("<>=^")
            if rnd.random() < 0.3: s += rnd.choice("+- ")
            if rnd.random() < 0.15: s += "z"
            if rnd.random() < 0.2: s += "#"
            if rnd.random() < 0.2: s += "0"
            if rnd.random() < 0.4: s += str(rnd.choice([1, 5, 12, 30]))
            if rnd.random() < 0.3: s += rnd.choice([",", "_"])
            if rnd.random() < 0.4: s += "." + str(rnd.choice([0, 1, 3, 10, 20]))
            if rnd.random() < 0.7: s += rnd.choice("bcdeEfFgGnosxX%")
            return s
        for i in range(n):
            v = rnd.choice(vals); sp = spec()
            kind = rnd.random()
            if kind < 0.6:
                e = "format(%s, %r)" % (v, sp)
            elif kind < 0.8:
                e = 'f"{%s:%s}"' % (v, sp.replace('{', '').replace('}', ''))
            else:
                pct = "%" + rnd.choice(["", "-", "+", " ", "#", "0", "05", "-10", ".3", "10.2", "*"]) + rnd.choice("diouxXeEfFgGcrsa%")
                e = "(%r %% (%s,))" % (pct, v) if "*" not in pct else "(%r %% (5, %s))" % (pct, v)
            emit_case(i, "repr(%s)" % e)

        return "\n".join(lines) + "\n"
    if kind == 'slices':
        seqs = ["[0, 1, 2, 3, 4, 5]", "'abcdef'", "(1, 2, 3)", "b'xyzw'", "range(10)", "range(2, 20, 3)", "bytearray(b'abcd')", "[]", "''", "range(5, 0, -1)", "'héllo'"]
        idx = ["None", "0", "1", "-1", "2", "-3", "10", "-10", "2**63", "-2**63", "True", "1.5", "'a'"]
        def sl():
            parts = [rnd.choice(idx) for _ in range(3)]
            k = rnd.random()
            if k < 0.3: return "%s:%s" % (parts[0], parts[1])
            if k < 0.7: return "%s:%s:%s" % tuple(parts)
            return parts[0]
        for i in range(n):
            s = rnd.choice(seqs)
            k = rnd.random()
            if k < 0.5:
                e = "repr((%s)[%s])" % (s, sl())
            elif k < 0.8:
                rhs = rnd.choice(["[]", "[9]", "[7, 8, 9]", "'xy'", "range(3)", "(5,)", "b'q'", "1"])
                e = "(lambda x: (x.__setitem__(slice(%s), %s), repr(x))[1])(list(%s) if %r else bytearray(b'abcdef'))" % (sl().replace(":", ",") if ":" in sl() else "None, None, None", rhs, s, rnd.random() < 0.8)
            else:
                e = "(lambda x: (x.__delitem__(slice(%s)), repr(x))[1])(list(%s))" % (",".join(rnd.choice(idx) for _ in range(3)), s)
            emit_case(i, "%s" % e)

        return "\n".join(lines) + "\n"
    if kind == 'sizes':
        emit("import sys")
        ops = {
         "list": ["x.append(%d)", "x.extend(range(%d))", "x.pop()", "x.insert(0, %d)", "del x[:%d]", "x *= 2", "x.clear()", "x += [1]*%d", "x[:] = range(%d)", "x.sort()", "x.remove(x[0])", "x = x[:%d]", "x = list(x)", "x = x + x", "x = [0] * %d", "x = [i for i in range(%d)]"],
         "dict": ["x[%d] = 1", "x['k%d'] = 2", "x.pop(%d, None)", "x.update({i: i for i in range(%d)})", "x.clear()", "x = dict(x)", "x = x.copy()", "x.setdefault(%d, 0)", "x = {i: 0 for i in range(%d)}", "x = dict.fromkeys(range(%d))", "x.popitem()"],
         "set": ["x.add(%d)", "x.update(range(%d))", "x.discard(%d)", "x.clear()", "x = set(x)", "x = x | {%d}", "x = {i for i in range(%d)}", "x.pop()", "x -= set(range(%d))"],
         "str": ["x = x + 'a' * %d", "x = x * 2", "x = x[:%d]", "x = x + '\\u00e9'", "x = x + '\\u20ac'", "x = x.upper()", "x = str(%d)", "x = x.replace('a', 'bb')", "x = ''.join([x, 'z'])"],
         "bytearray": ["x.append(%d %% 256)", "x.extend(b'ab' * %d)", "x = x[:%d]", "del x[:%d]", "x *= 2", "x.clear()", "x += b'q'"],
        }
        init = {"list": "[]", "dict": "{}", "set": "set()", "str": "''", "bytearray": "bytearray()"}
        for i in range(n):
            kind = rnd.choice(list(ops))
            emit("x = %s" % init[kind])
            for j in range(rnd.randint(1, 12)):
                op = rnd.choice(ops[kind])
                if "%d" in op: op = op % rnd.choice([0, 1, 3, 5, 8, 9, 17, 50, 100])
                emit("try:\n    %s\nexcept Exception as e:\n    print('E', type(e).__name__)" % op)
                emit("print(%d, %d, %r, sys.getsizeof(x), len(x))" % (i, j, op))

        return "\n".join(lines) + "\n"
    if kind == 'refcounts':
        emit("import sys")
        emit("class C:\n    pass")
        objs = ["object()", "C()", "[1, 2]", "(1, [])", "'s' * 40", "{}", "3.5 * 2", "10**30", "frozenset({1, 2})", "C"]
        ops = ["l.append(o)", "l.extend([o, o])", "d[len(d)] = o", "d[o if isinstance(o, (int, str, float, frozenset, tuple)) else len(d)] = o", "t = (o, o, o)", "t = None",
               "l.pop() if l else None", "l.clear()", "d.clear()", "c.attr = o", "del c.attr", "s = [o] * 3", "s = None", "g = (x for x in [o])", "g = None",
               "f = lambda: o", "f = None", "m = {o: 1} if isinstance(o, (int, str, float, frozenset, tuple)) else None", "k = list(l)", "k = None", "it = iter([o, o])", "next(it, None)",
               "z = sorted([o, o], key=id)", "z = None", "w = [o for _ in range(2)]", "w = None", "e = enumerate([o])", "e = None"]
        for i in range(n):
            emit("o = %s" % rnd.choice(objs))
            emit("l = []; d = {}; c = C()")
            base = "sys.getrefcount(o)"
            for j in range(rnd.randint(1, 10)):
                op = rnd.choice(ops)
                emit("try:\n    %s\nexcept Exception as e:\n    print('E', type(e).__name__)" % op)
                emit("print(%d, %d, %r, sys.getrefcount(o))" % (i, j, op))
            emit("del l, d, c")

        return "\n".join(lines) + "\n"
    if kind == 'collector':
        emit("import gc, weakref\nw = None")
        emit("class N:\n    def __init__(self): self.refs = []")
        emit("class D(N):\n    def __del__(self): print('del', id(self) and 'D')")
        emit("gc.collect()")
        for i in range(n):
            k = rnd.randint(1, 6)
            emit("nodes = [%s for _ in range(%d)]" % (rnd.choice(["N()", "D()", "[]", "{}", "N()"]), k))
            for _ in range(rnd.randint(0, 8)):
                a, b = rnd.randrange(k), rnd.randrange(k)
                emit("x, y = nodes[%d], nodes[%d]" % (a, b))
                emit("(x.refs.append(y) if isinstance(x, N) else x.append(y) if isinstance(x, list) else x.__setitem__(len(x), y))")
            if rnd.random() < 0.3:
                emit("w = weakref.ref(nodes[0]) if isinstance(nodes[0], N) else None")
            emit("x = y = None")
            emit("del nodes")
            emit("print(%d, gc.collect(), gc.collect())" % i)
            if rnd.random() < 0.3:
                emit("print('w', w is None or w() is None)")

        return "\n".join(lines) + "\n"
    if kind == "numbers":
        def num():
            k = rnd.random()
            if k < 0.3: return repr(rnd.randint(-10**6, 10**6))
            if k < 0.45: return repr(rnd.randint(-2**70, 2**70))
            if k < 0.8:
                x = rnd.choice([rnd.uniform(-1e6, 1e6), rnd.uniform(-1, 1), 10 ** rnd.uniform(-320, 308), -(10 ** rnd.uniform(-20, 20)), 0.5 * rnd.randint(-9, 9)])
                return repr(x)
            return rnd.choice(["float('inf')", "float('-inf')", "float('nan')", "-0.0", "0", "True", "1e16", "2**53", "2**53+1", "0.1", "1/3"])
        tmpl = ["round({}, ND)", "round({})", "divmod({}, {})", "pow({}, 12345, 97)", "({}) // ({})", "({}) % ({})", "float({})", "int({})", "({}).hex()", "float.fromhex(({}).hex())",
                "({}).as_integer_ratio()", "str({})", "repr({})", "({}) ** 0.5", "({}) * ({})", "({}) / ({})", "({}) == ({})", "({}) < ({})", "hash({})", "format({}, '.17g')",
                "int(str({}))", "float(str({}))", "({}).is_integer()", "abs({})", "({}).bit_length()", "({}).to_bytes(12, 'little', signed=True)", "int.from_bytes(({}).to_bytes(12, 'big', signed=True), 'big', signed=True)",
                "complex({}, {})", "({}) + 0j", "round({}, -2)", "max({}, {})", "sum([{}, {}, 0.1])", "({}).__round__()", "({}).__trunc__()", "({}).__floor__()", "({}).__ceil__()"]
        for i in range(n):
            t = rnd.choice(tmpl)
            e = t.format(*[num() for _ in range(t.count("{}"))]).replace("ND", str(rnd.randint(-30, 30)))
            emit("try:\n    print(%d, repr(%s))\nexcept Exception as _e:\n    print(%d, 'EXC', type(_e).__name__, _e)" % (i, e, i))
        return "\n".join(lines) + "\n"
    if kind == "iteration":
        its = ["[3, 1, 2]", "'abc'", "range(5)", "()", "[[1, 2], [3]]", "{'a': 1, 'b': 2}", "(x * x for x in range(4))", "iter([1, 1, 2, 2, 3])", "[1.5, -2, 3]", "[None]", "b'xy'"]
        fns = ["list(itertools.accumulate({}))", "list(itertools.chain({}, {}))", "list(itertools.combinations({}, 2))", "list(itertools.permutations({}, 2))",
               "list(itertools.product({}, repeat=2))[:6]", "list(itertools.islice({}, 1, 4))", "list(itertools.zip_longest({}, {}, fillvalue=0))",
               "[(k, list(g)) for k, g in itertools.groupby({})]", "list(itertools.compress({}, [1, 0, 1]))", "list(itertools.dropwhile(lambda x: x < 2, {}))",
               "list(itertools.takewhile(lambda x: x < 3, {}))", "list(itertools.starmap(pow, [(2, 3), (3, 2)]))", "list(itertools.pairwise({}))",
               "list(itertools.filterfalse(None, {}))", "list(itertools.tee({}, 2)[1])", "sorted({}, key=repr, reverse=True)", "min({}, default='d')",
               "max({}, key=str)", "list(zip({}, {}, strict=True))", "list(map(str, {}))", "list(enumerate({}, -1))", "list(reversed(list({})))",
               "sum({}, [])", "any({})", "all({})", "dict(zip({}, {}))", "list(itertools.count(1, 0.5))[:0] if False else list(itertools.islice(itertools.count(1, 0.5), 3))",
               "list(itertools.repeat({}, 2))", "list(itertools.combinations_with_replacement({}, 2))[:5]", "len(list(itertools.permutations({})))",
               "functools.reduce(lambda a, b: a + b, {})", "functools.reduce(operator.add, {}, 10)", "list(filter(None, {}))", "sorted({})", "list(sorted({}, key=lambda x: -x))"]
        emit("import itertools, functools, operator")
        for i in range(n):
            f = rnd.choice(fns)
            e = f.format(*[rnd.choice(its) for _ in range(f.count("{}"))])
            emit("try:\n    print(%d, repr(%s))\nexcept Exception as _e:\n    print(%d, 'EXC', type(_e).__name__, _e)" % (i, e, i))
        return "\n".join(lines) + "\n"
    if kind == "classes":
        emit(textwrap.dedent("""
        class A:
            x = 1
            def __init__(self, v=0): self.v = v
            def __add__(self, o): return A(self.v + getattr(o, 'v', 0)) if isinstance(o, A) else NotImplemented
            def __radd__(self, o): return ('radd', o)
            def __eq__(self, o): return isinstance(o, A) and self.v == o.v
            __hash__ = None
            def __repr__(self): return 'A(%r)' % self.v
            def __lt__(self, o): return self.v < o.v if isinstance(o, A) else NotImplemented
            def __len__(self): return self.v
            def __bool__(self): return self.v > 1
            def __getitem__(self, i): return i * 2
            def __contains__(self, x): return x == 3
            def __iter__(self): return iter(range(self.v))
        class B(A):
            y = 2
            __slots__ = ()
            def __add__(self, o): return 'B+'
            def __sub__(self, o): return NotImplemented
            def __rsub__(self, o): return 'rsub'
            def __index__(self): return 7
            @property
            def p(self): return self.v * 10
            @classmethod
            def c(cls): return cls.__name__
            @staticmethod
            def s(a=1): return a
        class C:
            __slots__ = ('a', 'b')
            def __getattr__(self, n): return 'ga:' + n
        class M(type):
            def __call__(cls, *a): return ('M', a)
        class D(metaclass=M): pass
        class E(Exception):
            def __str__(self): return 'E!'
        """))
        vals = ["A(2)", "B(3)", "C()", "D", "A", "B", "(1)", "'s'", "[1]", "None", "E('x')", "A(0)", "B(0)"]
        ops = ["{} + {}", "{} - {}", "{} < {}", "{} == {}", "{} != {}", "len({})", "bool({})", "{}[2]", "3 in {}", "list({})", "{}.x", "{}.y", "{}.p", "{}.c()", "{}.s()",
               "{}.zz", "{}.a", "setattr({}, 'w', 1)", "delattr({}, 'v')", "type({}).__mro__", "isinstance({}, {})", "issubclass({}, {})", "[1, 2][{}]", "range(10)[{}]", "sorted([{}, {}])",
               "{}()", "str({})", "repr({})", "vars({})", "dir({})[:3]", "{}.__class__.__name__", "{} * 2", "-{}", "abs({})", "{} is {}", "hex({})", "divmod({}, 2)", "{}.__dict__", "format({}, '')",
               "{}.__slots__", "super(B, B(1)).__add__(A(1))", "getattr({}, 'nope', 'dflt')", "{} or 'no'", "{} and 'yes'", "[x for x in {}]", "max({}, {})"]
        for i in range(n):
            o = rnd.choice(ops)
            e = o.format(*[rnd.choice(vals) for _ in range(o.count("{}"))])
            emit("try:\n    print(%d, %r, repr(%s))\nexcept Exception as _e:\n    print(%d, %r, 'EXC', type(_e).__name__, _e)" % (i, e, e, i, e))
        return "\n".join(lines) + "\n"
    raise SystemExit("unknown kind: " + kind)


KINDS = ["expressions", "numbers", "methods", "formats", "slices", "iteration", "classes", "sizes", "refcounts", "collector"]


def run(kind, seed, n):
    source = generate(kind, seed, n)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "case.py")
        with open(path, "w") as f:
            f.write(source)
        want = subprocess.run([sys.executable, "-W", "ignore", path], capture_output=True, text=True, timeout=300)
        got = subprocess.run([GLASSPY, path], capture_output=True, text=True, timeout=600)
    # Addresses differ by design (docs/language.md).
    address = re.compile(r"0x[0-9a-f]+")
    a = address.sub("0x?", want.stdout + want.stderr).splitlines()
    b = address.sub("0x?", got.stdout + got.stderr).splitlines()
    diffs = [(x, y) for x, y in zip(a, b) if x != y]
    diffs += [(x, None) for x in a[len(b):]] + [(None, y) for y in b[len(a):]]
    print("%s seed %d: %d lines, %d differ" % (kind, seed, len(a), len(diffs)))
    for x, y in diffs[:10]:
        print("  python3:", x)
        print("  glasspy:", y)
    return len(diffs)


def main():
    kind = sys.argv[1] if len(sys.argv) > 1 else "all"
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 500
    for k in (KINDS if kind == "all" else [kind]):
        run(k, seed, n)


if __name__ == "__main__":
    main()
