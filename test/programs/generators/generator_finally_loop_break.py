# Breaking out of a for loop over a generator leaves it suspended until it is closed or freed.
def numbers(label):
    try:
        for i in range(10):
            yield i
    finally:
        print(label, "cleaned up")

for n in numbers("first"):
    if n == 2:
        break
print("after first loop")

gen = numbers("second")
for n in gen:
    if n == 1:
        break
print("loop left, generator still alive:", next(gen))
gen.close()
print("after explicit close")

def lines():
    yield "a"
    yield "b"
    print("this line never runs")

first = next(lines())
print("took", first)
print([x for x in numbers("third") if x > 7])
