# list.sort in place: returns None, key functions, reverse, errors and mutation during sort.
nums = [5, 2, 9, 1, 5, 6]
print(nums.sort(), nums)
nums.sort(reverse=True)
print(nums)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
words.sort(key=lambda w: (w.lower(), w))
print(words)
mixed = [3, "a", 1]
try:
    mixed.sort()
except TypeError as e:
    print("TypeError:", e, mixed)
try:
    sorted([1, 2], key=lambda x: x, cmp=None)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([3, 1], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
data = [3, 1, 2]
def key(x):
    data.append(x)
    return x
try:
    data.sort(key=key)
except ValueError as e:
    print("ValueError:", e)
print(sorted("hello world"), sorted({3: "c", 1: "a"}), sorted((2.5, 1, True)))
print(sorted([[2, 1], [1, 5], [1, 2, 0]]), min([], default="empty"), max("abc", key=ord))
