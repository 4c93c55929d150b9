"""Record what CPython 3.11 prints for the snippets of test/modules/*.txt.

Usage:  python3.11 test/modules/record.py

Each snippets file holds sections introduced by `### name`; a section may give standard input
after a line `--- stdin`. Each snippet runs in a fresh python3 process; this writes,
into <file>.json beside it, what the snippet printed to stdout and stderr or, when it ended
with an uncaught exception, the exception's last traceback line ("TypeError: message"). Addresses (0x...) are masked as 0x? on both sides.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

if sys.version_info[:2] != (3, 11):
    sys.exit("record.py needs CPython 3.11")

HERE = os.path.dirname(os.path.abspath(__file__))


def sections(text):
    out = []
    for block in re.split(r"^### ", text, flags=re.M)[1:]:
        name, _, body = block.partition("\n")
        source, _, stdin = body.partition("--- stdin\n")
        out.append((name.strip(), source, stdin))
    return out


def run(source, stdin):
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(source)
    try:
        p = subprocess.run([sys.executable, f.name], input=stdin, capture_output=True, text=True,
                           env={**os.environ, "PYTHONHASHSEED": "0", "PYTHONIOENCODING": "utf-8"})
    finally:
        os.unlink(f.name)
    mask = lambda s: re.sub(r"0x[0-9a-f]+", "0x?", s)
    error = None
    if p.returncode != 0 and p.stderr.strip():
        error = mask(p.stderr.rstrip("\n").split("\n")[-1])
    return {"stdout": mask(p.stdout), "stderr": mask(p.stderr) if error is None else None, "error": error}


for fname in sorted(os.listdir(HERE)):
    if not fname.endswith(".txt"):
        continue
    with open(os.path.join(HERE, fname)) as f:
        cases = sections(f.read())
    result = {name: {"source": src, "stdin": stdin, **run(src, stdin)} for name, src, stdin in cases}
    with open(os.path.join(HERE, fname[:-4] + ".json"), "w") as f:
        json.dump(result, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"{fname}: {len(cases)} snippets")
