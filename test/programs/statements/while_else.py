# while/else: the else clause runs only when the loop ends without break.
def find(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            print("found at", i)
            break
        i += 1
    else:
        print("not found after", i, "steps")

find([4, 5, 6], 5)
find([4, 5, 6], 9)
find([], 1)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
else:
    print("collatz steps", steps)
count = 0
while True:
    count += 1
    if count >= 4:
        break
print("count", count)
