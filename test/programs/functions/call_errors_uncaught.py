# A bad call that is not caught: the traceback names the function.
def area(width, height):
    return width * height

print(area(2, 3))
print(area(2))
