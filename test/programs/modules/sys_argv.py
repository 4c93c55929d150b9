# sys.argv holds the script name then the command-line arguments, as strings.
import sys
print(len(sys.argv))
print(sys.argv[0])
for i, arg in enumerate(sys.argv[1:], 1):
    print(i, repr(arg))
numbers = [int(a) for a in sys.argv[1:] if a.lstrip("-").isdigit()]
print(sum(numbers))
