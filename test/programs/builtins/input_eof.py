# input() raises EOFError once standard input is exhausted; sys.stdin can be read too.
import sys
lines = []
while True:
    try:
        lines.append(input())
    except EOFError as e:
        print("EOFError:", e)
        break
print(lines)
print(repr(sys.stdin.read()))
