# Which tuples a collection untracks, and when: nested tuples built inner first or outer first,
# and tuples reached only through objects the reachability pass meets later (CPython's
# untrack_tuples walks young in the order the pass leaves it).
import gc
gc.disable()
gc.collect()
one, two = 1, 2
class N: pass
# nested tuples built inner first, outer first (via list then tuple()), and tuples reached only
# through objects scanned later (pulled back from the unreachable list)
a = ((one, two), (3, (one, 5)))
inner = (one, 7)
b = (inner,)
holder = N()
late = [(one, (two,))]
holder.x = late
c = tuple([(one,), (two, (one,))])
d = [((one,),)]
e = N(); f = N(); e.f = f; f.t = ((one,), (two,))
keep = [e]
g = ([],)
h = ((), ((one,),))
objs = [a, a[0], a[1], a[1][1], inner, b, late[0], late[0][1], c, c[0], c[1], c[1][1], d[0], d[0][0], f.t, f.t[0], g, h]
print([gc.is_tracked(o) for o in objs])
gc.collect(0)
print([gc.is_tracked(o) for o in objs])
gc.collect()
one, two = 1, 2
print([gc.is_tracked(o) for o in objs])
print(len(gc.get_objects(0)), gc.get_count()[0] < 5)
