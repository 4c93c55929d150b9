# While the main script runs, CPython's parser arena keeps the AST alive, and each literal's
# AST node holds one more reference to the constant the code uses: a big int bound to a name
# counts 4 (name, co_consts, AST node, argument), not 3. Constants of imported modules don't.
import sys
x = 12345678
print(sys.getrefcount(x))
def f():
    return 987654321
print(sys.getrefcount(f()))
