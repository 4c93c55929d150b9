# break and continue in nested loops.
for i in range(5):
    if i == 1:
        continue
    if i == 4:
        break
    for j in range(5):
        if j > i:
            break
        if (i + j) % 2:
            continue
        print(i, j)
total = 0
n = 0
while n < 20:
    n += 1
    if n % 3 == 0:
        continue
    total += n
    if total > 50:
        break
print(n, total)
words = ["apple", "", "banana", "STOP", "cherry"]
kept = []
for w in words:
    if not w:
        continue
    if w == "STOP":
        break
    kept.append(w.upper())
print(kept)
