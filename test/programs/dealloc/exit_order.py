# At exit, objects that die with __main__'s globals run __del__, but callbacks of weak
# references that die with them do not (CPython's finalize_remove_modules, then a collection).
import weakref
class T:
    def __del__(self):
        print("T.__del__ at exit")
def cb(r):
    print("callback at exit")
t = T()
keep = weakref.ref(t, cb)
class Holder:
    pass
h = Holder()
h.t2 = T()
print("end of program")
