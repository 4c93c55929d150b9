# Standard input read from several threads, one after the other: input(), sys.stdin's
# readline (whole and with a size), iteration and read(), and EOFError in a thread.
import sys
import threading


def run(target):
    t = threading.Thread(target=target)
    t.start()
    t.join()


got = []
run(lambda: got.append(input("prompt> ")))
print()
print("input in a thread:", got)
run(lambda: got.append(sys.stdin.readline(4)))
print("readline(4):", got[-1:])
print("the rest of that line by input():", repr(input()))
run(lambda: got.append(sys.stdin.readline()))
print("readline:", got[-1:])


def iterate():
    for line in sys.stdin:
        got.append(line)
        if line.startswith("stop"):
            break


run(iterate)
print("iterated:", got[-3:])
run(lambda: got.append(sys.stdin.read(7)))
print("read(7):", got[-1:])
run(lambda: got.append(sys.stdin.read()))
print("read():", got[-1:])


def at_eof():
    try:
        input()
    except EOFError as e:
        got.append(f"EOFError: {e}")


run(at_eof)
print(got[-1])
print("readline at EOF:", repr(sys.stdin.readline()))
