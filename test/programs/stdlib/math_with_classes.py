# The math module used by a small geometry library.
import math

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def distance(self, other):
        return math.hypot(self.x - other.x, self.y - other.y)

    def angle_to(self, other):
        return math.degrees(math.atan2(other.y - self.y, other.x - self.x))

class Polygon:
    def __init__(self, *points):
        self.points = points

    def perimeter(self):
        pts = self.points
        return sum(pts[i].distance(pts[(i + 1) % len(pts)]) for i in range(len(pts)))

    def area(self):
        pts = self.points
        s = sum(pts[i].x * pts[(i + 1) % len(pts)].y - pts[(i + 1) % len(pts)].x * pts[i].y
                for i in range(len(pts)))
        return abs(s) / 2

square = Polygon(Point(0, 0), Point(4, 0), Point(4, 4), Point(0, 4))
tri = Polygon(Point(0, 0), Point(3, 0), Point(0, 4))
print(square.perimeter(), square.area(), tri.perimeter(), tri.area())
print(Point(0, 0).angle_to(Point(1, 1)), round(Point(0, 0).angle_to(Point(-1, 0)), 6))
print(math.pi, math.e, math.tau, math.inf, math.isnan(math.nan))
print(math.sqrt(2), math.floor(-2.5), math.ceil(-2.5), math.gcd(48, 18), math.lcm(4, 6))
print(math.factorial(10), math.comb(10, 3), math.perm(5, 2), math.isqrt(99), math.prod([1, 2, 3, 4]))
print(math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), math.copysign(3, -0.0), math.log(8, 2))
print(round(math.sin(math.pi / 6), 12), math.cos(0), math.radians(180), math.log10(1000))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
