# A suspended generator in a reference cycle: the collector finalises it (its finally block runs) and frees the cycle.
import gc
gc.collect()
def agen(box):
    try:
        yield box
        yield 2
    finally:
        print("generator closed by the collector")
box = []
g = agen(box)
box.append(g)
next(g)
del g, box
print("collected:", gc.collect())
def loop():
    me = yield
    while True:
        yield me
g = loop(); next(g); g.send(g)
print(gc.is_tracked(g))
del g
print("collected:", gc.collect())
