# input() reads lines from standard input without the newline; the prompt goes to stdout.
name = input("Name? ")
print()
print("Hello,", name)
n = int(input())
total = 0
for _ in range(n):
    total += int(input())
print("sum", total)
line = input("last> ")
print()
print(repr(line))
