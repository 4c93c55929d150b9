#!/usr/bin/env python3
"""Record the expected behaviour of every test program from CPython 3.11.

For each program test/programs/**/NAME.py (helpers excluded: any file or folder whose name
starts with "_"), this runs the reference interpreter as

    cd <the program's folder> && python3 -B NAME.py <arguments from NAME.args, one per line>

with standard input from NAME.stdin (empty when there is none), and writes beside it:

    NAME.out      standard output, exactly (always written, possibly empty)
    NAME.err      standard error, exactly (only when non-empty)
    NAME.status   the exit status and a newline (only when non-zero)

In .out and .err, the program's absolute folder is replaced by the placeholder "<dir>", so a
traceback line reads `File "<dir>/NAME.py", line 3`; the test harness makes the same
replacement in glasspy's output before comparing.

Every program is run twice, with two different str hash seeds: a program whose output depends on
the seed (printing a set of strings, say) is rejected, because glasspy could never match it.

Usage:
    python3 scripts/record-expected.py            record everything (idempotent: unchanged files are not touched)
    python3 scripts/record-expected.py --check    report missing, stale or orphaned recordings; exit 1 if any
    python3 scripts/record-expected.py PATH...    only these programs or folders (paths may be relative to test/programs)
    --python EXE                                  the reference interpreter (default: the one running this script)
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "test" / "programs"
PLACEHOLDER = "<dir>"
EXPECTATION_SUFFIXES = (".out", ".err", ".status")
HASH_SEEDS = ("1", "2")
TIMEOUT_SECONDS = 60


@dataclass
class Recording:
    out: str
    err: str
    status: int

    def files(self) -> dict[str, str | None]:
        """The expectation files' wanted contents; None means the file must not exist."""
        return {
            ".out": self.out,
            ".err": self.err or None,
            ".status": f"{self.status}\n" if self.status != 0 else None,
        }


def is_helper(path: Path) -> bool:
    return any(part.startswith("_") for part in path.relative_to(ROOT).parts)


def resolve(path: Path) -> Path:
    """A path as given, or else relative to test/programs."""
    return path.resolve() if path.exists() or not (ROOT / path).exists() else (ROOT / path).resolve()


def discover(selection: list[Path]) -> list[Path]:
    programs = []
    for start in selection or [ROOT]:
        start = resolve(start)
        candidates = [start] if start.is_file() else start.rglob("*.py")
        programs += [p for p in candidates if p.suffix == ".py" and not is_helper(p)]
    return sorted(set(programs))


def read_args(program: Path) -> list[str]:
    args_file = program.with_suffix(".args")
    if not args_file.exists():
        return []
    text = args_file.read_text(encoding="utf-8")
    lines = text.split("\n")  # exactly as the harness splits them: "\n" only, a final newline ends the last
    return lines[:-1] if text.endswith("\n") else lines


def clean_env(hash_seed: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(PYTHONHASHSEED=hash_seed, PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1", LC_ALL="C.UTF-8")
    return env


def run(python: str, program: Path, hash_seed: str) -> Recording:
    stdin_file = program.with_suffix(".stdin")
    stdin = stdin_file.read_bytes() if stdin_file.exists() else b""
    proc = subprocess.run(
        [python, "-B", program.name, *read_args(program)],
        cwd=program.parent,
        input=stdin,
        capture_output=True,
        env=clean_env(hash_seed),
        timeout=TIMEOUT_SECONDS,
    )
    folder = str(program.parent)

    def normalise(data: bytes) -> str:
        return data.decode("utf-8").replace(folder, PLACEHOLDER)

    return Recording(normalise(proc.stdout), normalise(proc.stderr), proc.returncode)


def record(python: str, program: Path) -> tuple[Recording | None, str | None]:
    """Run the program under each hash seed; return its recording, or an error message."""
    try:
        first, *others = [run(python, program, seed) for seed in HASH_SEEDS]
    except subprocess.TimeoutExpired:
        return None, f"timed out after {TIMEOUT_SECONDS} s"
    except UnicodeDecodeError as e:
        return None, f"output is not UTF-8: {e}"
    if any(other != first for other in others):
        return None, "output differs between hash seeds (e.g. a set of strings printed): not deterministic"
    return first, None


def read_text(path: Path) -> str | None:
    if not path.exists():
        return None
    with path.open(encoding="utf-8", newline="") as f:
        return f.read()


def write_text(path: Path, text: str) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write(text)


def orphans(selection: list[Path]) -> list[Path]:
    found = []
    for start in selection or [ROOT]:
        start = resolve(start)
        if start.is_dir():
            for suffix in EXPECTATION_SUFFIXES:
                found += [p for p in start.rglob("*" + suffix) if not p.with_suffix(".py").exists()]
    return sorted(set(found))


def check_interpreter(python: str) -> None:
    version = subprocess.run(
        [python, "-c", "import sys; print(sys.version_info[:2] == (3, 11), sys.version.split()[0])"],
        capture_output=True, text=True, check=True,
    ).stdout.split()
    if version[0] != "True":
        sys.exit(f"record-expected: {python} is Python {version[1]}; the reference is CPython 3.11")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, help="programs or folders (default: all)")
    parser.add_argument("--check", action="store_true", help="report stale recordings, write nothing")
    parser.add_argument("--python", default=sys.executable, help="the CPython 3.11 to record from")
    options = parser.parse_args()
    check_interpreter(options.python)

    programs = discover(options.paths)
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = list(pool.map(lambda p: record(options.python, p), programs))

    failures, stale, written = [], [], []
    for program, (recording, error) in zip(programs, results):
        name = program.relative_to(ROOT)
        if recording is None:
            failures.append(f"{name}: {error}")
            continue
        for suffix, wanted in recording.files().items():
            path = program.with_suffix(suffix)
            if read_text(path) == wanted:
                continue
            stale.append(f"{name.with_suffix(suffix)}: {'missing' if wanted is not None and not path.exists() else 'stale'}")
            if not options.check:
                if wanted is None:
                    path.unlink()
                else:
                    write_text(path, wanted)
                written.append(path)

    for path in orphans(options.paths):
        stale.append(f"{path.relative_to(ROOT)}: orphaned (no program)")
        if not options.check:
            path.unlink()
            written.append(path)

    for line in failures:
        print(f"error: {line}", file=sys.stderr)
    if options.check:
        for line in stale:
            print(f"not up to date: {line}")
        print(f"{len(programs)} programs checked; {len(stale)} recordings out of date; {len(failures)} errors")
        return 1 if stale or failures else 0
    print(f"{len(programs)} programs recorded; {len(written)} files changed; {len(failures)} errors")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
