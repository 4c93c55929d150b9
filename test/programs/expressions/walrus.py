# Assignment expressions bind in the enclosing scope.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print(n)
total = 0
i = 0
while (x := data[i]) != 9:
    total += x
    i += 1
print(total, x, i)
print([y for v in data if (y := v * 2) > 6])
print(y)
def f():
    vals = [last := k for k in range(4)]
    return vals, last
print(f())
print((a := 10) + a, a)
m = {"k": 1}
if (v := m.get("k")) is not None:
    print("found", v)
print([(p := q) for q in "ab"], p)
