# pass does nothing, wherever it appears.
def empty():
    pass

print(empty())
for i in range(3):
    pass
print(i)
if True:
    pass
else:
    pass
while False:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
x = 1; pass; y = 2
print(x, y)
