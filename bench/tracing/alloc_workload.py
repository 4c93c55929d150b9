# The tracing-overhead workload (bench/tracemalloc-bench.mjs): allocation-heavy code run with
# and without `-X tracemalloc`, so every object allocation and free goes through the tracer.
# It prints a checksum, identical under python3 and glasspy, and the workload's CPU time to
# standard error (so that start-up and the machine's other load stay out of the figure).
import sys
import time


def make_tree(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make_tree(depth), make_tree(depth))


def check_tree(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check_tree(left) + check_tree(right)


def records(n):
    rows = []
    for i in range(n):
        rows.append({"id": i, "name": "row-%d" % i, "tags": [i, i + 1.5]})
    return sum(len(r["name"]) + len(r["tags"]) for r in rows)


def main():
    total = 0
    for _ in range(160):
        total += check_tree(make_tree(10))
    for _ in range(40):
        total += records(4000)
    return total


start = time.process_time()
result = main()
elapsed = time.process_time() - start
print(result)
print("cpu %.6f" % elapsed, file=sys.stderr)
