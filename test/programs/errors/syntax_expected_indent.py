# A block statement without an indented body.
def f(x):
    if x:
    return 1
