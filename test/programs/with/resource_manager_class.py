# A resource-pool manager: acquire on enter, release on exit, even after errors.
class Pool:
    def __init__(self, size):
        self.free = [f"conn{i}" for i in range(size)]
        self.in_use = []

    def connection(self):
        return PooledConnection(self)

class PooledConnection:
    def __init__(self, pool):
        self.pool = pool
        self.conn = None

    def __enter__(self):
        if not self.pool.free:
            raise RuntimeError("pool exhausted")
        self.conn = self.pool.free.pop(0)
        self.pool.in_use.append(self.conn)
        return self.conn

    def __exit__(self, exc_type, exc, tb):
        self.pool.in_use.remove(self.conn)
        self.pool.free.append(self.conn)
        status = "error" if exc_type else "ok"
        print(f"released {self.conn} ({status})")

pool = Pool(2)
with pool.connection() as c1:
    with pool.connection() as c2:
        print("using", c1, c2, "free:", pool.free)
        try:
            with pool.connection():
                print("unreachable")
        except RuntimeError as e:
            print("RuntimeError:", e)
try:
    with pool.connection() as c:
        print("using", c)
        raise ValueError("query failed")
except ValueError:
    pass
print("free:", pool.free, "in use:", pool.in_use)
