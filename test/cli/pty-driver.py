"""Drive an interactive program through a real pseudo-terminal, for the REPL tests.

    python3 pty-driver.py STEPS_JSON COMMAND [ARG...]

STEPS_JSON is a list of steps, run in order:
    {"expect": TEXT}      wait until TEXT appears in the output read since the last expect
                          (terminal escape sequences and carriage returns removed first)
    {"send": TEXT}        write TEXT to the terminal, as typed keys ("\\x03" is Ctrl-C)
    {"sleep": SECONDS}
Each expect waits at most the "timeout" given beside it (default 20 s). At the end the driver
waits for the program to exit (sending nothing more) and prints one JSON object:
    {"ok": bool, "failed": step index or null, "output": cleaned output, "status": exit status}
where "status" is the exit code, or 128 + N after signal N, as a shell reports it.
"""
import json
import os
import pty
import re
import select
import signal
import sys
import time

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[=>]|\r")


def clean(data: bytes) -> str:
    return ANSI.sub("", data.decode("utf-8", "replace"))


def main() -> None:
    steps = json.loads(sys.argv[1])
    command = sys.argv[2:]
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(command[0], command)
    raw = bytearray()
    consumed = 0  # how much of the cleaned output earlier expects used up

    def read_some(deadline: float) -> bool:
        """Read what is available before the deadline; False at end of output."""
        remaining = max(0.0, deadline - time.monotonic())
        ready, _, _ = select.select([fd], [], [], remaining)
        if not ready:
            return True
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            return False
        if not chunk:
            return False
        raw.extend(chunk)
        return True

    failed = None
    for index, step in enumerate(steps):
        if "send" in step:
            os.write(fd, step["send"].encode("utf-8"))
        elif "sleep" in step:
            end = time.monotonic() + step["sleep"]
            while time.monotonic() < end and read_some(end):
                pass
        elif "expect" in step:
            deadline = time.monotonic() + step.get("timeout", 20)
            alive = True
            while True:
                text = clean(bytes(raw))
                found = text.find(step["expect"], consumed)
                if found >= 0:
                    consumed = found + len(step["expect"])
                    break
                if not alive or time.monotonic() >= deadline:
                    failed = index
                    break
                alive = read_some(deadline)
            if failed is not None:
                break
    if failed is not None:
        os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 20
    while read_some(deadline) and time.monotonic() < deadline:
        pass
    _, status = os.waitpid(pid, 0)
    code = 128 + os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
    print(json.dumps({"ok": failed is None, "failed": failed, "output": clean(bytes(raw)), "status": code}))


main()
