# Uncaught RecursionError: repeated traceback lines are collapsed.
import sys
sys.setrecursionlimit(40)
def forever(n):
    return forever(n + 1)

forever(0)
