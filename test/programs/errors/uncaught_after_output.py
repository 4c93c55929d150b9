# Output printed before an uncaught exception is kept; the exception message has no args.
for i in range(3):
    print("line", i)
raise ValueError
