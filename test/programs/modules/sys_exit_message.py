# sys.exit("message") prints the message on stderr and exits with status 1.
import sys
print("working")
sys.exit("fatal: configuration missing")
