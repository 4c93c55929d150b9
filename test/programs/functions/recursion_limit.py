# Deep recursion past sys.setrecursionlimit raises RecursionError, which can be caught.
import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(50)
print(sys.getrecursionlimit())
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
    print(isinstance(e, RuntimeError))
def shallow(n):
    return 0 if n == 0 else 1 + shallow(n - 1)
print(shallow(20))
sys.setrecursionlimit(1000)
print(shallow(500))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
