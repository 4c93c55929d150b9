from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p.x + p.y, p[0], Point._fields, Point.__doc__, Point.__name__)
print(p._asdict(), p._replace(x=5), Point._make([3, 4]), tuple(p), len(p))
x, y = p
print(x, y, p == (11, 22), isinstance(p, tuple), hash(p) == hash((11, 22)))
P3 = namedtuple('P3', 'a, b c', defaults=[0, 1])
print(P3(5), P3(1, 2, 3), P3._field_defaults, P3.__new__.__defaults__)
R = namedtuple('R', ['abc', 'def', 'ghi', 'abc'], rename=True)
print(R._fields, R(1, 2, 3, 4))
S = namedtuple('S', 'v')
print(S(1), S.__match_args__, Point.x.__doc__, Point.__module__)
class Pt(Point):
    __slots__ = ()
    def norm(self):
        return abs(self.x) + abs(self.y)
print(Pt(3, -4).norm(), Pt(1, 2), sorted([Point(2, 1), Point(1, 5)]))
print(Point(*range(2)), Point(**{'x': 'a', 'y': 'b'}), p[::-1], p.count(11), p.index(22))
