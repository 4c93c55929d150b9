# The value bound by `as` is whatever __enter__ returns, not necessarily the manager.
class Transaction:
    def __init__(self):
        self.ops = []
        self.committed = False

    def __enter__(self):
        return self.ops

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.committed = True
            print("commit", self.ops)
        else:
            print("rollback", self.ops, "because", exc)
            self.ops.clear()
        return True

tx = Transaction()
with tx as ops:
    ops.append("insert a")
    ops.append("insert b")
print(tx.committed, type(ops).__name__)

tx2 = Transaction()
with tx2 as ops:
    ops.append("update c")
    raise ValueError("constraint violated")
print(tx2.committed, tx2.ops)

class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        pass
with Pair() as (first, second):
    print(first + second)
with Pair() as target:
    print(target)
