# break and continue inside try/finally still run the finally clause.
log = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        log.append(f"body {i}")
    finally:
        log.append(f"finally {i}")
print(log)
log.clear()
i = 0
while True:
    i += 1
    try:
        try:
            if i == 2:
                continue
            if i == 4:
                break
        finally:
            log.append(f"inner {i}")
    finally:
        log.append(f"outer {i}")
print(log)
def f():
    for k in range(3):
        try:
            return k
        finally:
            print("finally before return", k)
print(f())
