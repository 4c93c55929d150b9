# operator.itemgetter, attrgetter and methodcaller for sorting and extraction.
from operator import itemgetter, attrgetter, methodcaller

rows = [("bob", 25, "NY"), ("ann", 31, "LA"), ("cy", 25, "SF"), ("dan", 31, "NY")]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(1, 0)))
print(list(map(itemgetter(0), rows)), itemgetter(0, 2)(rows[0]), itemgetter(slice(1, None))(rows[0]))
print(itemgetter("name")({"name": "x", "id": 1}))

class Book:
    def __init__(self, title, author, year):
        self.title = title
        self.author = Author(author)
        self.year = year
    def __repr__(self):
        return self.title

class Author:
    def __init__(self, name):
        self.name = name
        self.last = name.split()[-1]

books = [Book("Dune", "Frank Herbert", 1965), Book("Emma", "Jane Austen", 1815),
         Book("Persuasion", "Jane Austen", 1817), Book("Neuromancer", "William Gibson", 1984)]
print(sorted(books, key=attrgetter("year")))
print(sorted(books, key=attrgetter("author.last", "year")))
print(attrgetter("title", "author.name")(books[0]))
upper = methodcaller("upper")
split_on = methodcaller("split", "-", 1)
print(upper("shout"), split_on("a-b-c"), list(map(methodcaller("count", "a"), ["banana", "apple"])))
print(sorted(["Banana", "apple", "Cherry"], key=methodcaller("lower")))
try:
    attrgetter("missing")(books[0])
except AttributeError as e:
    print("AttributeError:", e)
