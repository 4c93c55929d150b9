# Exceptions raised inside hot loops: handled in the loop, and uncaught with a traceback.
def divide_all(n):
    caught = 0
    total = 0
    for i in range(n):
        try:
            total += 1000 // (i % 50 - 25)
        except ZeroDivisionError:
            caught += 1
    return caught, total

print(divide_all(3000))

def pops(n):
    stack = []
    errors = []
    for i in range(n):
        if i % 3:
            stack.append(i)
        else:
            try:
                stack.pop()
                stack.pop()
            except IndexError as e:
                errors.append(str(e))
    return len(stack), len(errors), errors[:1]

print(pops(3000))

def unbound(n):
    for i in range(n):
        if i == n - 1:
            del later
            print(later)
        later = i
    return later

try:
    unbound(2000)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def missing_global(n):
    t = 0
    for i in range(n):
        t += i
        if i == n - 2:
            t += not_defined_anywhere
    return t

try:
    missing_global(1500)
except NameError as e:
    print("NameError:", e)

def attribute_error(objs):
    n = 0
    for o in objs:
        n += o.real
    return n

try:
    attribute_error([1, 2.5, True] * 500 + ["x"])
except AttributeError as e:
    print("AttributeError:", e)

def last(n):
    values = [1] * n
    i = 0
    while True:
        i = i + values[i]

last(1200)
