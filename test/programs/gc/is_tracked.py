# Which objects the collector tracks: containers yes, atoms no; tuples of atoms are
# untracked by the collections that find them.
import gc

class C:
    pass

def f():
    pass

print("atoms:", [gc.is_tracked(x) for x in (1, 1.5, 2j, "s", b"b", None, True, range(3), ())])
print("containers:", [gc.is_tracked(x) for x in ([], set(), frozenset(), C(), f, C, [1])])
print("types:", gc.is_tracked(int), gc.is_tracked(C), gc.is_tracked(type))

n = 7
t = (n, n)
inner = (n, (n, n))
mixed = (n, [])
print("new tuples:", gc.is_tracked(t), gc.is_tracked(inner), gc.is_tracked(mixed))
gc.collect(0)
print("after one collection:", gc.is_tracked(t), gc.is_tracked(inner), gc.is_tracked(inner[1]), gc.is_tracked(mixed))
gc.collect(0)
print("after two:", gc.is_tracked(inner))
holds_list = ([],)
gc.collect()
print("holds a list:", gc.is_tracked(holds_list))
holds_tuple = ((n, []),)
gc.collect()
print("holds a tracked tuple:", gc.is_tracked(holds_tuple))

print("finalized:", gc.is_finalized(C()), gc.is_finalized(1), gc.is_finalized(int))
