# __del__ runs as soon as the last reference goes; containers release items last to first.
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

x = D(1)
x = D(2)
print("after rebinding")
items = [D(3), D(4), D(5)]
del items
print("after del list")
d = {"a": D(6), "b": D(7)}
d = None
print("end")
