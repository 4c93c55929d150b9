# yield from delegates to sub-generators and returns their return value.
def read_header():
    yield "HEADER"
    return 1

def read_rows(n):
    for i in range(n):
        yield f"row{i}"
    return n

def read_document(rows):
    header_count = yield from read_header()
    row_count = yield from read_rows(rows)
    yield from ["FOOTER"]
    return header_count + row_count + 1

def collect(gen):
    items = []
    while True:
        try:
            items.append(next(gen))
        except StopIteration as stop:
            return items, stop.value

print(collect(read_document(3)))
print(list(read_document(0)))

def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))
def chars():
    yield from "abc"
    yield from range(2)
    yield from {"k": "v"}
print(list(chars()))
