# printf-style % formatting.
print("%s and %s" % ("this", "that"), "%d%%" % 50, "%5d|%-5d|%05d" % (42, 42, 42))
print("%.2f %10.3f %-10.1f| %e %E %g %G" % (3.14159, 2.71828, 1.0, 12345.678, 0.000123, 1e-7, 1e20))
print("%x %X %o %#x %#o %c %c" % (255, 255, 8, 255, 8, 65, "z"))
print("%r %s %a" % ("q", "q", "é"), "%(name)s is %(age)d" % {"name": "Al", "age": 30})
print("%+d % d %+.1f" % (5, 5, -2.25), "%*d|%-*d|" % (6, 1, 4, 2), "%.*f" % (3, 1 / 3))
print("%s" % [1, 2], "%s" % ((1, 2),), "%d" % 3.99, "%i" % True, "%s %s" % (None, b"b"))
print("%10s|%-10s|%.2s" % ("right", "left", "truncate"))
for fmt, args in (("%d", "x"), ("%s %s", ("one",)), ("%s", ("a", "b")), ("%z", 1)):
    try:
        print(fmt % args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(b"%s-%d" % (b"bytes", 7))
