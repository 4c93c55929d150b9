# A thread's first repr of a container makes, as in CPython, the thread's state dict and the
# "Py_Repr" list in it, where the containers being printed are kept while their items are
# (the recursion guard of `[...]`): two objects of the collector, and blocks, that programs
# counting them see once per thread.
import gc
import sys
import threading

l = [3, 1, 2]


def first_repr_delta(fn):
    gc.collect()
    ids = {id(o) for o in gc.get_objects()}
    blocks, count = sys.getallocatedblocks(), gc.get_count()[0]
    fn()
    grown = sys.getallocatedblocks() - blocks, gc.get_count()[0] - count
    new = sorted(type(o).__name__ for o in gc.get_objects() if id(o) not in ids and o is not ids)
    return grown, new


print(first_repr_delta(lambda: repr(l)))
print(first_repr_delta(lambda: repr(l)))
print(first_repr_delta(lambda: str({1: (2,)})))
results = []
t = threading.Thread(target=lambda: results.append(first_repr_delta(lambda: repr([1]))))
t.start()
t.join()
print(results)
a = [1]
a.append(a)
d = {"k": a}
d["d"] = d
print(a, d, (a, d))
