#!/usr/bin/env python3
"""Each benchmark program run three times in one process, by python3 and by glasspy.

    python3 bench/warm-runs.py [glasspy command] [program ...]

The program's code object is compiled once and exec'd three times (standard output to a sink),
so the second and third runs reuse the first's code objects: for glasspy, its compiled texts
and V8's optimised code. The first run is what `npm run bench` measures (less start-up); the
third is the program warm. Prints the wall seconds of each run and the third runs' ratio
(glasspy / python3), then the geometric mean of those ratios. The glasspy command defaults to
dist/glasspy; python3 is the real binary (sys.executable of the python3 on PATH).
"""
import math
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join(ROOT, "bench", "programs")
RUNS = 3

WRAPPER = """import time, sys
class _Sink:
    def write(self, s): return len(s)
    def flush(self): pass
SRC = {src!r}
code = compile(SRC, {name!r}, "exec")
times = []
for k in range({runs}):
    saved = sys.stdout
    sys.stdout = _Sink()
    t = time.perf_counter()
    exec(code, {{"__name__": "__main__"}})
    times.append(time.perf_counter() - t)
    sys.stdout = saved
print(" ".join("%.3f" % x for x in times))
"""


def real_python3():
    return subprocess.run(["python3", "-c", "import sys; print(sys.executable)"], capture_output=True, text=True, check=True).stdout.strip()


def times_of(command, path):
    out = subprocess.run(command + [path], capture_output=True, text=True, check=True).stdout.split()
    return [float(x) for x in out[-RUNS:]]


def main():
    args = sys.argv[1:]
    glasspy = [args.pop(0)] if args and not args[0].endswith(".py") and os.path.exists(args[0]) else [os.path.join(ROOT, "dist", "glasspy")]
    names = args or sorted(f[:-3] for f in os.listdir(PROGRAMS) if f.endswith(".py") and f != "startup.py")
    python3 = [real_python3()]
    ratios = []
    print("%-16s %-22s %-22s %s" % ("program", "python3 (s)", "glasspy (s)", "3rd run ratio"))
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            with open(os.path.join(PROGRAMS, name + ".py")) as f:
                src = f.read()
            path = os.path.join(tmp, name + "_warm.py")
            with open(path, "w") as f:
                f.write(WRAPPER.format(src=src, name=name + ".py", runs=RUNS))
            p = times_of(python3, path)
            g = times_of(glasspy, path)
            ratio = g[-1] / p[-1]
            ratios.append(ratio)
            print("%-16s %-22s %-22s %.2f" % (name, " ".join("%.3f" % x for x in p), " ".join("%.3f" % x for x in g), ratio))
    print("geometric mean of the third runs' ratios: %.2f" % math.exp(sum(map(math.log, ratios)) / len(ratios)))


if __name__ == "__main__":
    main()
