# The end of a compiled loop: the iterator is released as the eval loop releases it (its
# __del__ sees the frame at the `for`), a list iterator kept past its loop lets its list go,
# and the code after the loop runs on.
import sys


class Countdown:
    def __init__(self, n, label):
        self.n = n
        self.label = label

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n

    def __del__(self):
        caller = sys._getframe(1)
        print("released", self.label, "at line", caller.f_lineno, "of", caller.f_code.co_name)


def user_iterator(n):
    total = 0
    for i in Countdown(n, "countdown"):
        total += i
    print("after the loop", total)
    return total


def nested(n):
    total = 0
    for i in range(n):
        for j in Countdown(3, "inner"):
            total += i * j
    return total


def over_list(items):
    total = 0
    for x in items:
        total += x
    after = total * 2
    return after


def over_generator(n):
    def gen():
        try:
            for i in range(n):
                yield i
        finally:
            print("generator finished")
    total = 0
    for v in gen():
        total += v
    print("generator total", total)


def over_dict_and_str(d, s):
    keys = 0
    for k, v in d.items():
        keys += k + v
    chars = 0
    for c in s:
        chars += ord(c)
    return keys, chars


def kept_iterator(items):
    it = iter(items)
    total = 0
    for x in it:
        total += x
    # Exhausted, the list iterator has let its list go: items is held by this frame and the call.
    print(total, list(it), sys.getrefcount(items))


for n in (5, 300, 2000):
    user_iterator(n)
    print(nested(n if n < 300 else 4))
    print(over_list(list(range(n))))
    over_generator(n)
    print(over_dict_and_str({i: i * i for i in range(n)}, "glasspy" * n))
    kept_iterator(list(range(n)))
