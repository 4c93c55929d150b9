import bisect
a = [1, 2, 4, 4, 8]
print(bisect.bisect(a, 4), bisect.bisect_left(a, 4), bisect.bisect_right(a, 0), bisect.bisect_left(a, 9))
bisect.insort(a, 3); bisect.insort_left(a, 4); bisect.insort_right(a, 10)
print(a)
print(bisect.bisect_left(a, 4, 4), bisect.bisect_right(a, 4, 0, 3))
recs = [('a', 1), ('b', 5), ('c', 9)]
print(bisect.bisect(recs, 5, key=lambda r: r[1]), bisect.bisect_left(recs, 5, key=lambda r: r[1]))
bisect.insort(recs, ('z', 6), key=lambda r: r[1]); print(recs)
try:
    bisect.bisect([], 1, -1)
except ValueError as e:
    print("ValueError:", e)
grades = 'FDCBA'
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
