# Where a run's resident memory goes: runs the command given as arguments, reads its
# /proc/<pid>/smaps every few milliseconds and prints, for the sample with the largest total
# resident set, how much of it each kind of mapping holds, and the kernel's own peak
# (ru_maxrss). Sampling can miss a short peak that ru_maxrss sees; the breakdown is of the
# largest sample. Linux only. Example:
#   python3 bench/rss-breakdown.py dist/glasspy bench/programs/threads_cpu.py
#   python3 bench/rss-breakdown.py node -e 0
import collections
import os
import re
import subprocess
import sys
import time

SAMPLE_SECONDS = 0.005
MAPPING = re.compile(r"^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ \S+ *(.*)$")
V8_PAGE_KIB = 256
GLASSPY_HEAP_MIN_KIB = 256 * 1024


def kind_of(path, perms, size_kib):
    """The row a mapping is counted in."""
    if path == "[heap]":
        return "C heap (malloc's brk heap: V8's compiler zones, Node's copies)"
    if path == "[stack]":
        return "main thread's stack"
    if path.startswith("/"):
        name = os.path.basename(path)
        if "x" in perms:
            return f"{name}: machine code"
        return f"{name}: data"
    if size_kib == V8_PAGE_KIB:
        return "V8 heap pages (256 KiB each)"
    if size_kib >= GLASSPY_HEAP_MIN_KIB:
        return "large reservations (the glasspy heap's address space, thread stacks)"
    return "other anonymous mappings (the snapshot's V8 data, large malloc blocks, code pages)"


def sample(pid):
    """Resident KiB per kind of mapping, or None once the process is gone."""
    rows = collections.Counter()
    kind = None
    try:
        with open(f"/proc/{pid}/smaps") as smaps:
            for line in smaps:
                mapping = MAPPING.match(line)
                if mapping:
                    start, end, perms, path = mapping.groups()
                    kind = kind_of(path, perms, (int(end, 16) - int(start, 16)) // 1024)
                elif line.startswith("Rss:"):
                    rows[kind] += int(line.split()[1])
    except (FileNotFoundError, ProcessLookupError):
        return None
    return rows


def main():
    if len(sys.argv) < 2:
        print("usage: rss-breakdown.py command [argument ...]", file=sys.stderr)
        return 2
    child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
    largest = collections.Counter()
    while True:
        rows = sample(child.pid)
        if rows is not None and sum(rows.values()) > sum(largest.values()):
            largest = rows
        # WNOHANG: reap the child as soon as it exits, keeping its resource usage.
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid != 0:
            break
        time.sleep(SAMPLE_SECONDS)
    child.returncode = 0  # reaped by wait4 above
    print(f"peak RSS (ru_maxrss): {usage.ru_maxrss / 1024:.1f} MB; "
          f"largest sample: {sum(largest.values()) / 1024:.1f} MB, of which:")
    for kind, kib in largest.most_common():
        if kib >= 64:
            print(f"  {kib / 1024:7.1f} MB  {kind}")
    return os.WEXITSTATUS(status) if os.WIFEXITED(status) else 1


if __name__ == "__main__":
    sys.exit(main())
