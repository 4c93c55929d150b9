# Constants of the math module.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.pi == 3.141592653589793, math.tau == 2 * math.pi, math.inf > 1e308, math.nan != math.nan)
print(f"{math.pi:.10f}", round(math.e, 5), repr(math.tau))
