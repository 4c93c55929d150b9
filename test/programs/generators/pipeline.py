# A generator pipeline processing log lines lazily.
LOG = """\
2024-01-01 INFO server started
2024-01-01 WARN disk at 80%
2024-01-02 ERROR connection lost
2024-01-02 INFO reconnected

2024-01-03 ERROR disk full
2024-01-03 INFO cleanup done"""

def read_lines(text):
    for line in text.splitlines():
        print("read:", line[:20])
        yield line

def non_empty(lines):
    return (line for line in lines if line.strip())

def parse(lines):
    for line in lines:
        date, level, message = line.split(" ", 2)
        yield {"date": date, "level": level, "message": message}

def only(level, records):
    for r in records:
        if r["level"] == level:
            yield r

errors = only("ERROR", parse(non_empty(read_lines(LOG))))
print("pipeline built")
first = next(errors)
print("first error:", first["date"], first["message"])
for r in errors:
    print("next error:", r["date"], r["message"])
counts = {}
for r in parse(non_empty(LOG.splitlines())):
    counts[r["level"]] = counts.get(r["level"], 0) + 1
print(sorted(counts.items()))
