# The program the start-up snapshot's builder runs through the command (src/cli/main.ts,
# rehearseCommand), in an interpreter of its own: what nearly every program does — calls,
# loops hot enough for the compiled tier, a class and its instances, lists, dicts, strs, an
# exception caught, a generator expression. The bytecode V8 compiles for it stays in the
# snapshot, where each process holds it twice, so it stays small: the warm-up program
# (code-cache-warmup.py), run there instead, cost 0.4-2 MB of peak memory in every program
# for little time (docs/performance.md, Memory, "What cut it"). It prints nothing.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


class Item:
    def __init__(self, name, price):
        self.name = name
        self.price = price

    def cost(self, count):
        return self.price * count


def main():
    total = 0
    for i in range(3000):
        total += i % 7
    items = [Item(str(i), i + 1) for i in range(200)]
    costs = {}
    for item in items:
        costs[item.name] = item.cost(3)
    words = "the quick brown fox jumps over the lazy dog".split()
    text = ",".join(sorted(set(words)))
    try:
        costs["missing"]
    except KeyError as e:
        text += str(e)
    return fib(15) + total + len(costs) + len(text) + sum(x * 0.5 for x in range(100))


main()
