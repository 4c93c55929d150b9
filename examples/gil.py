"""The GIL, seen from Python: CPU-bound threads take turns, sleeping threads overlap.

Run:  glasspy examples/gil.py                    (switching by the 5 ms switch interval)
      glasspy --switch-every=1000 examples/gil.py (deterministic: every 1000 check points)

glasspy's threads are green: one host thread runs them all, and one thread at a time holds
the GIL. A CPU-bound thread keeps it until another has waited a whole switch interval
(sys.getswitchinterval()), then hands it over at its next check point (a backward jump or a
call). Blocking calls — time.sleep, lock acquire, join — release it. glasspy.gil_stats()
counts the hand-overs and how long each thread held and waited for the GIL.
"""
import sys
import threading
import time

import glasspy


def count(n):
    while n > 0:
        n -= 1


def timed(fn):
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def serially():
    count(N)
    count(N)


def in_two_threads(target, args):
    threads = [threading.Thread(target=target, args=args) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def verdict(ratio):
    # Wide margins: a busy machine makes single timings noisy.
    if ratio < 0.6:
        return "clearly less time than"
    if ratio > 1.6:
        return "clearly more time than"
    return "about as long as"


N = 200_000
count(N)  # warm up, so that both timings see the same machine code

print("1. CPU-bound work: two calls of count(%d)" % N)
serial = timed(serially)
threaded = timed(lambda: in_two_threads(count, (N,)))
print("   in two threads it took", verdict(threaded / serial), "one after the other:")
print("   only the thread holding the GIL runs, so threads do not add CPU time.")

before = glasspy.gil_stats()
print()
print("2. Sleeping: two threads each sleep 0.2 s")
slept = timed(lambda: in_two_threads(time.sleep, (0.2,)))
print("   together they took", "about 0.2 s: the sleeps overlapped," if slept < 0.35 else "0.4 s or more: no overlap?!")
print("   since time.sleep releases the GIL (and the process sleeps while every thread does).")

stats = glasspy.gil_stats()
print()
print("3. glasspy.gil_stats() after part 1:")
mode = ("every %d check points" % stats["switch_every"]) if stats["switch_every"] else ("by the %g s switch interval" % stats["switch_interval"])
print("   the GIL changed hands", "many times" if before["switches"] > 10 else "a few times", "- switching", mode + ";")
print("   forced switches (a waiter had waited a whole interval):", "yes" if before["forced_switches"] > 0 else "none (deterministic mode counts none)")
workers = [t for t in before["threads"] if t["name"].endswith("(count)")]
both_held = all(t["held"] > 0 for t in workers)
both_waited = all(t["waited"] > 0 for t in workers)
print("   each counting thread held the GIL for part of the time:", both_held)
print("   and spent the rest waiting for it:", both_waited)
sleepers = [t for t in stats["threads"] if t["name"].endswith("(sleep)")]
print("   the sleeping threads held it only briefly:", all(t["held"] < 0.1 for t in sleepers))
