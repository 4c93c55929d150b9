"""Record what CPython 3.11 makes of the compiler test snippets, for test/compile/*.test.ts.

Usage:  python3.11 test/compile/record.py

Reads snippets.txt, errors.txt and symtables.txt (sections introduced by `### name [mode]`) and
writes the same names with .json into fixtures/. For each snippet it stores:

  - the AST, as glasspy's AST types spell it (so the compiler tests do not depend on the parser),
  - CPython's `dis.dis` text,
  - per code object: name, qualname, counts, flags, stack size, constants (repr), names,
    locals, and the instructions without CACHE and PRECALL, with positions; jump targets and
    exception-table offsets are given as instruction indices, since glasspy has no CACHE
    entries and its offsets differ.

For each error snippet: the SyntaxError's message and location. For each symtable snippet: the
tree of symbol tables the `symtable` module reports, with the scope of every name.
"""
import ast
import dis
import symtable
import io
import json
import os
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("record.py needs CPython 3.11")
if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

HERE = os.path.dirname(os.path.abspath(__file__))
FILENAME = "snippet.py"


def read_sections(path):
    sections = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("### "):
                words = line[4:].split()
                sections.append({"name": words[0], "mode": words[1] if len(words) > 1 else "exec", "lines": []})
            elif sections:
                sections[-1]["lines"].append(line)
    for s in sections:
        s["source"] = "".join(s.pop("lines")).rstrip("\n") + "\n"
    return sections


SIMPLE = (ast.operator, ast.unaryop, ast.boolop, ast.cmpop, ast.expr_context)
POSITIONS = ("lineno", "col_offset", "end_lineno", "end_col_offset")


def const_json(v):
    if v is None:
        return {"t": "None"}
    if v is ...:
        return {"t": "Ellipsis"}
    if isinstance(v, bool):
        return {"t": "bool", "v": v}
    if isinstance(v, int):
        return {"t": "int", "v": str(v)}
    if isinstance(v, float):
        return {"t": "float", "v": repr(v)}
    if isinstance(v, complex):
        return {"t": "complex", "re": repr(v.real), "im": repr(v.imag)}
    if isinstance(v, str):
        return {"t": "str", "v": v}
    if isinstance(v, bytes):
        return {"t": "bytes", "v": list(v)}
    raise TypeError(type(v))


def ast_json(node):
    if isinstance(node, SIMPLE):
        return type(node).__name__
    if isinstance(node, ast.AST):
        d = {"kind": type(node).__name__}
        for field in node._fields:
            if field in ("type_comment", "type_ignores"):
                continue
            value = getattr(node, field, None)
            if isinstance(node, ast.Constant) and field == "value":
                d["value"] = const_json(value)
            elif isinstance(node, ast.Constant) and field == "kind":
                d["const_kind"] = value
            else:
                d[field] = ast_json(value)
        for field in POSITIONS:
            if hasattr(node, field):
                d[field] = getattr(node, field)
        return d
    if isinstance(node, list):
        return [ast_json(x) for x in node]
    return node


def const_repr(c):
    if hasattr(c, "co_code"):
        return f"<code object {c.co_name}, line {c.co_firstlineno}>"
    if isinstance(c, frozenset):
        return "frozenset({" + ", ".join(sorted(const_repr(x) for x in c)) + "})"
    if isinstance(c, tuple):
        items = [const_repr(x) for x in c]
        return "(" + items[0] + ",)" if len(items) == 1 else "(" + ", ".join(items) + ")"
    return repr(c)


def code_json(co):
    kept = [i for i in dis.get_instructions(co) if i.opname != "PRECALL"]
    index_of = {i.offset: k for k, i in enumerate(kept)}
    # a jump to a PRECALL lands on the CALL after it
    for i in dis.get_instructions(co):
        if i.opname == "PRECALL":
            index_of[i.offset] = min(k for k, j in enumerate(kept) if j.offset > i.offset)

    def last_index_at_or_before(offset):
        return max(k for k, i in enumerate(kept) if i.offset <= offset)

    instrs = []
    for i in kept:
        arg = i.arg
        argrepr = i.argrepr
        if i.opcode in dis.hasjrel or i.opcode in dis.hasjabs:
            arg = None
            argrepr = f"to #{index_of[i.argval]}"
        elif i.opname == "LOAD_CONST":
            argrepr = const_repr(co.co_consts[i.arg])
        elif i.opname == "KW_NAMES":
            argrepr = const_repr(co.co_consts[i.arg])
        pos = [-1 if p is None else p for p in i.positions]
        instrs.append([i.opname, arg, argrepr, pos])
    cellvars = [n for n in co.co_cellvars if n not in co.co_varnames]
    table = [
        [index_of[e.start], last_index_at_or_before(e.end - 2), index_of[e.target], e.depth, e.lasti]
        for e in dis.Bytecode(co).exception_entries
    ]
    return {
        "name": co.co_name,
        "qualname": co.co_qualname,
        "firstlineno": co.co_firstlineno,
        "argcount": co.co_argcount,
        "posonlyargcount": co.co_posonlyargcount,
        "kwonlyargcount": co.co_kwonlyargcount,
        "flags": co.co_flags,
        "stacksize": co.co_stacksize,
        "consts": [const_repr(c) for c in co.co_consts],
        "names": list(co.co_names),
        "localsplusnames": list(co.co_varnames) + cellvars + list(co.co_freevars),
        "instructions": instrs,
        "exceptionTable": table,
    }


def all_codes(co):
    yield co
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            yield from all_codes(c)


def record_snippet(s):
    tree = ast.parse(s["source"], FILENAME, s["mode"])
    optimize = 2 if s["name"].endswith("_OO") else 1 if s["name"].endswith("_O") else 0
    co = compile(s["source"], FILENAME, s["mode"], optimize=optimize)
    out = io.StringIO()
    dis.dis(co, file=out)
    return {
        "name": s["name"],
        "mode": s["mode"],
        "optimize": optimize,
        "source": s["source"],
        "ast": ast_json(tree),
        "dis": out.getvalue(),
        "codes": [code_json(c) for c in all_codes(co)],
    }


def record_error(s):
    tree = ast.parse(s["source"], FILENAME, s["mode"])
    try:
        compile(s["source"], FILENAME, s["mode"])
    except SyntaxError as e:
        error = {"msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                 "end_lineno": e.end_lineno, "end_offset": e.end_offset}
    else:
        sys.exit(f"error snippet {s['name']} compiles")
    return {"name": s["name"], "mode": s["mode"], "source": s["source"], "ast": ast_json(tree), "error": error}


SCOPE_NAMES = {1: "LOCAL", 2: "GLOBAL_EXPLICIT", 3: "GLOBAL_IMPLICIT", 4: "FREE", 5: "CELL"}


def table_json(t):
    symbols = {}
    for sym in t.get_symbols():
        symbols[sym.get_name()] = SCOPE_NAMES.get(sym._Symbol__scope, "NONE")
    return {
        "name": t.get_name(),
        "type": t.get_type(),
        "nested": t.is_nested(),
        "symbols": symbols,
        "children": [table_json(c) for c in t.get_children()],
    }


def record_symtable(s):
    tree = ast.parse(s["source"], FILENAME, s["mode"])
    table = symtable.symtable(s["source"], FILENAME, s["mode"])
    return {"name": s["name"], "mode": s["mode"], "source": s["source"], "ast": ast_json(tree), "table": table_json(table)}


def main():
    fixtures = os.path.join(HERE, "fixtures")
    os.makedirs(fixtures, exist_ok=True)
    jobs = [("snippets.txt", "snippets.json", record_snippet), ("errors.txt", "errors.json", record_error),
            ("symtables.txt", "symtables.json", record_symtable)]
    for src, dst, record in jobs:
        data = [record(s) for s in read_sections(os.path.join(HERE, src))]
        with open(os.path.join(fixtures, dst), "w", encoding="utf-8") as f:
            f.write("[\n" + ",\n".join(json.dumps(d, ensure_ascii=False, separators=(",", ":")) for d in data) + "\n]\n")
        print(f"{dst}: {len(data)} entries")


main()
