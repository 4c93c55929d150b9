# Changing a dict's size during iteration raises RuntimeError; iterating a copy is safe.
d = {i: i * i for i in range(5)}
try:
    for k in d:
        if k == 2:
            d[10] = 100
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
for k in list(d):
    if k % 2 == 0:
        del d[k]
print(d)
for k in d:
    d[k] = "changed value is fine"
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
