# A list subclass that logs appends and keeps itself sorted, and what it inherits.
class LoggingList(list):
    def append(self, item):
        print("append", item)
        super().append(item)

    def extend(self, items):
        for i in items:
            self.append(i)

class SortedList(list):
    def __init__(self, items=()):
        super().__init__(sorted(items))

    def add(self, item):
        lo, hi = 0, len(self)
        while lo < hi:
            mid = (lo + hi) // 2
            if self[mid] < item:
                lo = mid + 1
            else:
                hi = mid
        self.insert(lo, item)

log = LoggingList([3])
log.append(1)
log.extend([4, 1])
log += [5]
print(log, len(log), type(log).__name__, log[1:3], type(log[1:3]).__name__)
print(type(log + [0]).__name__, log == [3, 1, 4, 1, 5], sorted(log))
s = SortedList([5, 2, 8])
for x in (1, 6, 9, 5):
    s.add(x)
print(s, s.index(6), s.count(5), isinstance(s, list))
s.reverse()
print(s)
