# min, max and sorted with key functions over objects, defaults and ties.
class City:
    def __init__(self, name, population, area):
        self.name, self.population, self.area = name, population, area

    def density(self):
        return self.population / self.area

    def __repr__(self):
        return self.name

cities = [City("Oslo", 700_000, 454), City("Bergen", 285_000, 465),
          City("Tromso", 77_000, 2558), City("Stavanger", 145_000, 71), City("Bodo", 52_000, 1395)]
print(max(cities, key=lambda c: c.population), min(cities, key=lambda c: c.population))
print(max(cities, key=City.density), min(cities, key=City.density))
print(sorted(cities, key=lambda c: len(c.name)))
print(max(cities, key=lambda c: len(c.name)), min(cities, key=lambda c: len(c.name)))
print(max([], key=len, default="none"), min((), default=0))
print(max(3, 1, 4, key=lambda x: -x), max("apple", "fig", "kiwi", key=len))
print(round(sum(c.density() for c in cities) / len(cities), 1))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
try:
    max(cities)
except TypeError as e:
    print("TypeError:", e)
