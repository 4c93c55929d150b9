# An import that fails at top level ends the program with a traceback.
import math
print(math.floor(1.5))
import glasspy_missing_module
