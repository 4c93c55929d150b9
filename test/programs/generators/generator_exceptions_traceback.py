# An exception raised inside a generator shows the generator frame in the traceback.
def parse_numbers(lines):
    for line in lines:
        yield int(line)

def total(lines):
    result = 0
    for n in parse_numbers(lines):
        result += n
    return result

print(total(["1", "2", "3"]))
try:
    total(["4", "five"])
except ValueError as e:
    print("ValueError:", e)
print(total(["10", "x"]))
