# The order in which objects left in __main__ are finalized at exit: the collection made after
# the atexit functions (all still reachable) leaves them in the order it reached them — the
# module's names in order, a list's items last first, a dict's values first first — and the
# collection after the modules are dropped finalizes them in that order.
class Loud:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


items = [Loud("list-0"), Loud("list-1"), Loud("list-2")]
single = Loud("single")
table = {"a": Loud("dict-a"), "b": Loud("dict-b")}
pair = (Loud("tuple-0"), Loud("tuple-1"))
nested = [[Loud("inner-0"), Loud("inner-1")], Loud("outer")]
dropped = [Loud("dropped-0"), Loud("dropped-1")]
del dropped
print("end of program")
