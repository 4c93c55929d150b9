# An uncaught AttributeError on a module suggests a similar attribute.
import math
print(math.floor(2.5))
print(math.sqroot(4))
