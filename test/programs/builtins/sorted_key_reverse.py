# sorted with key and reverse; list.sort in place.
words = ["banana", "Apple", "cherry", "date", "Elder", "fig"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w.lower())))
print(sorted([3, 1, 2], reverse=True), sorted("hello"), sorted((5, -1, 0)))
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
nums = [5, -3, 2, -8, 0]
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums)
print(sorted([]), sorted([1.5, 1, True, 0.5]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
