# Chunking, windowing and batching generators over in-memory data.
def chunks(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]

def windows(iterable, size):
    window = []
    for item in iterable:
        window.append(item)
        if len(window) > size:
            window.pop(0)
        if len(window) == size:
            yield tuple(window)

def batched(iterable, size):
    batch = []
    for item in iterable:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch

def running_total(numbers):
    total = 0
    for n in numbers:
        total += n
        yield total

print(list(chunks("abcdefgh", 3)))
print(list(windows(range(6), 3)))
print(list(batched(iter(range(7)), 3)))
print(list(running_total([5, -2, 10, 1])))
averages = [sum(w) / len(w) for w in windows([2, 4, 6, 8, 10], 2)]
print(averages)
print(list(chunks([], 2)), list(batched("", 2)))
