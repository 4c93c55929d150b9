#!/usr/bin/env python3
"""Record CPython 3.11's answers for the parser corpus in cases.py.

Run from anywhere with CPython 3.11:  python3 test/parse/record.py
Writes fixtures/valid.txt and fixtures/errors.txt, which the vitest suites read, so the tests
need no Python at test time. Each record is a `=== name` line followed by `key: value` lines
whose values are JSON.
"""
import ast
import io
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases import ERRORS, VALID  # noqa: E402

assert sys.version_info[:2] == (3, 11), "record with CPython 3.11"


def unpack(case):
    name, source = case[0], case[1]
    mode = case[2] if len(case) > 2 else "exec"
    return name, source, mode


def record_valid(out):
    for case in VALID:
        name, source, mode = unpack(case)
        tree = ast.parse(source, "x.py", mode)
        out.write(f"=== {name}\n")
        out.write(f"mode: {json.dumps(mode)}\n")
        out.write(f"source: {json.dumps(source)}\n")
        out.write(f"dump: {json.dumps(ast.dump(tree))}\n")
        if source.isascii():
            out.write(f"attrs: {json.dumps(ast.dump(tree, include_attributes=True))}\n")


def printed(err):
    """What CPython prints for the error when uncaught (sys.excepthook, C implementation)."""
    buf = io.StringIO()
    saved = sys.stderr
    sys.stderr = buf
    err.__traceback__ = None
    try:
        sys.__excepthook__(type(err), err, None)
    finally:
        sys.stderr = saved
    return buf.getvalue()


def record_errors(out):
    for case in ERRORS:
        name, source, mode = unpack(case)
        try:
            compile(source, "x.py", mode, dont_inherit=True)
        except SyntaxError as e:
            err = {
                "type": type(e).__name__,
                "msg": e.msg,
                "lineno": e.lineno,
                "offset": e.offset,
                "end_lineno": e.end_lineno,
                "end_offset": e.end_offset,
                "text": e.text,
            }
            out.write(f"=== {name}\n")
            out.write(f"mode: {json.dumps(mode)}\n")
            out.write(f"source: {json.dumps(source)}\n")
            out.write(f"error: {json.dumps(err)}\n")
            out.write(f"printed: {json.dumps(printed(e))}\n")
        else:
            raise SystemExit(f"error case {name!r} compiles")


def main():
    os.makedirs(os.path.join(HERE, "fixtures"), exist_ok=True)
    import warnings
    warnings.simplefilter("ignore")
    with open(os.path.join(HERE, "fixtures", "valid.txt"), "w", encoding="utf-8") as f:
        record_valid(f)
    with open(os.path.join(HERE, "fixtures", "errors.txt"), "w", encoding="utf-8") as f:
        record_errors(f)


main()
