# An exception raised inside an except block shows both tracebacks.
data = {}
try:
    value = data["missing"]
except KeyError:
    value = 1 / 0
