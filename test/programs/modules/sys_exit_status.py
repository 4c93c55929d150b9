# sys.exit(3) ends the program with exit status 3; finally clauses still run.
import sys
print("before exit")
try:
    sys.exit(3)
finally:
    print("finally runs during exit")
print("not reached")
