# A sales report built with itertools.groupby/accumulate, operator.itemgetter and Counter.
from itertools import groupby, accumulate, islice, chain
from operator import itemgetter
from collections import Counter

sales = [
    ("2024-01", "north", "widget", 120), ("2024-01", "south", "gadget", 80),
    ("2024-01", "north", "gadget", 45), ("2024-02", "south", "widget", 200),
    ("2024-02", "north", "widget", 60), ("2024-02", "east", "gizmo", 30),
    ("2024-03", "east", "widget", 90), ("2024-03", "south", "gadget", 110),
    ("2024-03", "north", "gizmo", 75),
]
by_month = [(month, sum(map(itemgetter(3), rows))) for month, rows in groupby(sales, key=itemgetter(0))]
print(by_month)
print(list(accumulate(total for _, total in by_month)))
by_region = sorted(sales, key=itemgetter(1))
for region, rows in groupby(by_region, key=itemgetter(1)):
    rows = list(rows)
    print(f"{region:<6} {len(rows)} sales, total {sum(r[3] for r in rows):>4}, best {max(rows, key=itemgetter(3))[2]}")
product_totals = Counter()
for _, _, product, amount in sales:
    product_totals[product] += amount
print(product_totals.most_common())
top3 = sorted(sales, key=itemgetter(3), reverse=True)
print(list(islice(map(itemgetter(2, 3), top3), 3)))
print(sorted(set(chain.from_iterable((r[1], r[2]) for r in sales))))
running = list(accumulate(sales, lambda acc, r: acc + r[3], initial=0))
print(running[-1], running[:4])
