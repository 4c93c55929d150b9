# LEGB name resolution: local, enclosing, global, builtin.
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(outer())
def local_wins():
    x = "local"
    return x
print(local_wins(), x)
def uses_builtin():
    return len("abc")
print(uses_builtin())
len = lambda s: "shadowed"
print(uses_builtin())
del len
print(uses_builtin())
def reads_global_later():
    return y
y = "defined after the def"
print(reads_global_later())
def loop_scope():
    for i in range(3):
        pass
    return i
print(loop_scope())
def no_block_scope(flag):
    if flag:
        z = "set in if"
    return z
print(no_block_scope(True))
