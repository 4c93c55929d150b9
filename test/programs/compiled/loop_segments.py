# A loop whose body is one long block: the compiled tier writes it as several functions
# (segments, src/jit/emitter-base.ts), each called in turn. The values must come out as the
# eval loop's; a guard that fails, an exception and a call that runs Python code in the middle
# of the body must leave the frame where the eval loop goes on.
import sys
import tracemalloc


def body(points, scale, n, off=100.0, unit=1.0):
    total = 0.0
    for _ in range(n):
        for (x1, y1, z1), (x2, y2, z2) in points:
            dx = x1 - x2
            dy = y1 - y2
            dz = z1 - z2
            d2 = dx * dx + dy * dy + dz * dz
            w = scale * d2 * 0.5
            a = dx * w + dy * w
            b = dy * w - dz * w
            c = dz * w + dx * w
            a2 = a * a - b * b
            b2 = b * c + a * c
            c2 = c * a - b * a
            total += a2 * 1e-9
            total += c2 * 1e-9
            e = a2 - b2 + c2
            h = e * e - a2 * 0.125
            p = dx * dy - dz * dx + h * 1e-12
            total += p * unit * 1e-9
            total += 1e-9 / (dz - off)
    return total


pts = [((1.0, 2.0, 3.0), (0.5, 0.25, 0.125)), ((4.0, -1.0, 2.0), (1.5, 2.5, -0.5))]
print("%.9f" % body(pts, 0.001, 3000))
# A float becomes an int half-way through the body: the guards fail inside a later segment.
pts2 = pts + [((3, 1, 2), (0, 2, 1))]
print("%.9f" % body(pts2, 0.001, 3000))
# An int scale: every product with it takes the general path.
print("%.9f" % body(pts, 1, 2000))


class Noisy:
    """Arithmetic that runs Python code: __mul__ in the middle of the body."""

    calls = 0

    def __init__(self, v):
        self.v = v

    def __mul__(self, other):
        Noisy.calls += 1
        return self.v * other

    __rmul__ = __mul__


print("%.9f" % body(pts, Noisy(0.001), 500), Noisy.calls)


class Starter:
    """A multiplication near the body's end that starts tracemalloc at its 300th call."""

    calls = 0

    def __rmul__(self, other):
        Starter.calls += 1
        if Starter.calls == 300:
            tracemalloc.start()
        return other


print("%.9f" % body(pts, 0.001, 400, 100.0, Starter()), Starter.calls, tracemalloc.is_tracing())
tracemalloc.stop()


try:
    # The division at the body's end, in its last segment: dz is 2.5 for the third pair.
    body(pts + [((1.0, 1.0, 3.0), (0.0, 0.0, 0.5))], 0.001, 2000, 2.5)
except ZeroDivisionError as exc:
    tb = exc.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    print(type(exc).__name__, exc, tb.tb_frame.f_code.co_name, tb.tb_lineno)
print(sys.getrefcount(pts) - 1)
