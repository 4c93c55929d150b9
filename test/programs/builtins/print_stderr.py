# print(file=sys.stderr) writes to standard error; stdout is unaffected.
import sys
print("to stdout 1")
print("to stderr 1", file=sys.stderr)
print("to stdout 2")
print("err", "with", "sep", sep="-", file=sys.stderr)
sys.stdout.write("written directly\n")
sys.stderr.write("stderr direct\n")
n = sys.stdout.write("abc\n")
print(n)
print("done", file=sys.stdout)
