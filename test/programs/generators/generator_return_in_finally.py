# try/finally and try/except around yields: ordering of prints and values.
def steps():
    print("enter")
    try:
        yield "step 1"
        try:
            yield "step 2"
            raise KeyError("inner problem")
        except KeyError as e:
            print("caught", e)
            yield "recovered"
        finally:
            print("inner finally")
        yield "step 3"
    finally:
        print("outer finally")
    print("exit")

for s in steps():
    print("got", s)
print("---")
g = steps()
print(next(g), next(g))
g.close()
print("--- closed early")

def early_return(flag):
    try:
        if flag:
            return
        yield "value"
    finally:
        print("finally with flag", flag)
print(list(early_return(True)), list(early_return(False)))
