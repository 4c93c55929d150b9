# Thresholds: automatic collections happen when the gen-0 count passes threshold0, and
# older generations when their counts pass theirs.
import gc

print(gc.get_threshold())
gens = []
def cb(phase, info):
    if phase == "start":
        gens.append((info["generation"], gc.get_count()))

gc.collect()
gc.set_threshold(50, 3, 1000)
print(gc.get_threshold())
gc.callbacks.append(cb)
keep = []
for i in range(2000):
    keep.append([i])
gc.callbacks.remove(cb)
print(len(gens))
print([g for g, _ in gens])
print(gens[:5])

gc.set_threshold(700)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())

gens.clear()
gc.set_threshold(0)
gc.callbacks.append(cb)
more = [[i] for i in range(3000)]
gc.callbacks.remove(cb)
print("threshold 0:", gens)
gc.set_threshold(700, 10, 10)

gc.disable()
gc.callbacks.append(cb)
more = [[i] for i in range(3000)]
gc.callbacks.remove(cb)
print("disabled:", gens)
gc.enable()
