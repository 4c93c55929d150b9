# nonlocal rebinds a variable of the nearest enclosing function.
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    inner(); inner()
    return x, inner()

print(outer())
def make_account(balance):
    def deposit(n):
        nonlocal balance
        balance += n
        return balance
    def withdraw(n):
        nonlocal balance
        if n > balance:
            return "insufficient"
        balance -= n
        return balance
    return deposit, withdraw

dep, wd = make_account(100)
print(dep(50), wd(30), wd(500), dep(0))
def level1():
    v = "L1"
    def level2():
        def level3():
            nonlocal v
            v = "set by L3"
        level3()
    level2()
    return v
print(level1())
