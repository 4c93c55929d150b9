# One timed run for bench/python-bench.mjs: runs the command given after the first argument
# with this process's standard streams, waits for it with os.wait4 and writes, on file
# descriptor 3, a JSON object: wall seconds, the child's peak resident set size in KiB
# (ru_maxrss, the kernel's own high-water mark: exec'd programs included, nothing sampled),
# and its exit status or signal. Its own start-up is outside the time measured.
import json
import os
import subprocess
import sys
import time

report = os.fdopen(3, "w")
start = time.perf_counter()
child = subprocess.Popen(sys.argv[1:])
_, status, usage = os.wait4(child.pid, 0)
seconds = time.perf_counter() - start
child.returncode = 0  # reaped by wait4 above; keeps Popen from waiting again
json.dump({
    "seconds": seconds,
    "maxRssKiB": usage.ru_maxrss,
    "status": os.WEXITSTATUS(status) if os.WIFEXITED(status) else None,
    "signal": os.WTERMSIG(status) if os.WIFSIGNALED(status) else None,
}, report)
report.close()
