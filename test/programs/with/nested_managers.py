# Nested with blocks, returns and breaks inside them: __exit__ always runs.
class Resource:
    log = []

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        Resource.log.append(f"open {self.name}")
        return self

    def __exit__(self, *exc_info):
        Resource.log.append(f"close {self.name}")

def find(target):
    with Resource("db"):
        for i in range(5):
            with Resource(f"row{i}"):
                if i == target:
                    return f"found {i}"
    return "not found"

print(find(1))
print(Resource.log)
Resource.log.clear()
for name in ("a", "b", "c"):
    with Resource(name):
        if name == "b":
            continue
        if name == "c":
            break
print(Resource.log)
Resource.log.clear()
def gen():
    with Resource("gen"):
        yield 1
        yield 2
for x in gen():
    Resource.log.append(f"got {x}")
print(Resource.log)
