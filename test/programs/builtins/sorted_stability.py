# Sorting is stable: equal keys keep their original order, also with reverse=True.
records = [("amy", 3), ("bob", 1), ("cat", 3), ("dan", 2), ("eve", 1), ("fay", 3)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_name_then_score = sorted(sorted(records), key=lambda r: r[1])
print(by_name_then_score)
data = [(i % 4, i) for i in range(20)]
result = sorted(data, key=lambda p: p[0])
print(result)
print(all([result[k][1] < result[k + 1][1] for k in range(19) if result[k][0] == result[k + 1][0]]))
big = [(i * 7919) % 101 for i in range(300)]
s = sorted(big)
print(s[:10], s[-5:], s == sorted(big, reverse=True)[::-1])
