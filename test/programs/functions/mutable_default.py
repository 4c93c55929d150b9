# A mutable default is shared between calls; the None idiom avoids it.
def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
print(append_to.__defaults__)
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))
def memo(n, cache={}):
    if n not in cache:
        cache[n] = n * n
        print("computed", n)
    return cache[n]
print(memo(4), memo(4), memo(5), sorted(memo.__defaults__[0]))
