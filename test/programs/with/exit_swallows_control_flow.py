# __exit__ sees returns and breaks as normal exits; suppressing works inside loops.
class Log:
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.label}: {exc_type.__name__ if exc_type else 'no exception'}")
        return exc_type is ArithmeticError or (exc_type is not None and issubclass(exc_type, ArithmeticError))

def f():
    with Log("return"):
        return "returned value"

print(f())
results = []
for x in (2, 0, 5):
    with Log(f"x={x}"):
        results.append(10 // x)
print(results)
while True:
    with Log("break"):
        break
def g():
    for i in range(3):
        with Log(f"continue {i}"):
            if i < 2:
                continue
            return i
print(g())
