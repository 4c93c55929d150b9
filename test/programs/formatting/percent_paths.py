# %-formatting: the common conversions, values that run Python code while a format is
# being built (which may format again), and failures in the middle of a format.
class Loud(int):
    def __str__(self):
        return "loud(%d)" % int(self)

    def __repr__(self):
        return "Loud<%s>" % ("%x" % int(self))


class Nested:
    def __init__(self, depth):
        self.depth = depth

    def __str__(self):
        if self.depth == 0:
            return "leaf"
        return "[%s|%5s|%-3d]" % (Nested(self.depth - 1), "é€", self.depth)


class Boom:
    def __str__(self):
        raise RuntimeError("no str")


class Key(dict):
    def __getitem__(self, key):
        return "<%s:%s>" % (key, len(key))


print("%s=%d" % ("word", 7), "%s=%d" % ("é", -7), "%s=%d" % ("😀", 0))
print("%d %i %u %s %r" % (2**53 - 1, -(2**53), 2**60, 2**70, -(2**64)))
print("%d|%s|%r|%5d|%-5d|%05d|%+d|% d|%.3d|%+06d" % (True, False, True, -3, -3, -3, 3, 3, -3, 42))
print("%s %r %d %5s" % (Loud(5), Loud(255), Loud(6), Loud(7)))
print("%s" % Nested(3))
print("%(x)s and %(yy)s" % Key())
print("€ %s € %d €" % ("😀", 1), "😀%s" % "a", "a%sb" % "é", "%s%s%s" % ("a", "é", "€"))
print("%s %s" % (-0, 0), "%d" % -0.0, "%s" % 1.5, "%r" % "it's", "%a" % "é")
for args in [(Boom(), 1), (1, Boom())]:
    try:
        print("%d %s" % args if isinstance(args[0], int) else "%s %d" % args)
    except RuntimeError as e:
        print("RuntimeError:", e)
print("%s|%s" % ("after", "failure"), "%d%%" % 99, "%%%s%%" % "x")
x = ""
for i in range(5):
    x = x + "%d," % i
print(x, "%-6s|%6s|%.1s|" % ("ab", "ab", "ab"))
print(("%s" * 3) % tuple("abc"), "%c%c%c" % (97, "é", 0x1F600))
