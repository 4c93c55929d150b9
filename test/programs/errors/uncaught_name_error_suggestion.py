# An uncaught NameError suggests a similar name in the traceback.
def total(numbers):
    result = 0
    for n in numbers:
        result += n
    return reslt

print(total([1, 2, 3]))
