# Every combination of None and small-int bounds (negative, zero, inside, at and past the end)
# with steps of both signs, read from lists of 0, 1 and 10 items, and assigned with step 1:
# the fast path clips each bound as PySlice_AdjustIndices does. Run enough times that the
# compiled tier runs the loop too.
bounds = [None, -12, -10, -3, -1, 0, 1, 3, 9, 10, 12]
steps = [None, -3, -2, -1, 1, 2, 3]
for n in (0, 1, 10):
    l = list(range(n))
    lengths = []
    firsts = []
    for a in bounds:
        for b in bounds:
            for c in steps:
                s = l[a:b:c]
                lengths.append(len(s))
                firsts.append(s[0] if s else None)
            lengths.append(len(l[a:b]))
    print(n, sum(lengths), lengths[:40])
    print(firsts[:40])
for rep in range(3):
    results = []
    for a in bounds:
        for b in bounds:
            m = list(range(8))
            m[a:b] = [100, 101]
            results.append(m)
    print(rep, len(results), results[::17])
