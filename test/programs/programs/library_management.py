# A library system: books, members with borrowing limits, loans, late fees and errors.
class LibraryError(Exception):
    pass

class Book:
    def __init__(self, isbn, title, author):
        self.isbn, self.title, self.author = isbn, title, author
        self.borrower = None

    @property
    def available(self):
        return self.borrower is None

class Member:
    limit = 2
    fee_per_day = 0.25

    def __init__(self, name):
        self.name, self.loans, self.fees = name, {}, 0.0

class StudentMember(Member):
    limit = 1
    fee_per_day = 0.10

class Library:
    def __init__(self, books):
        self.books = {b.isbn: b for b in books}

    def checkout(self, member, isbn, day):
        book = self.books.get(isbn)
        if book is None:
            raise LibraryError(f"unknown isbn {isbn}")
        if not book.available:
            raise LibraryError(f"{book.title!r} is on loan to {book.borrower.name}")
        if len(member.loans) >= member.limit:
            raise LibraryError(f"{member.name} ({type(member).__name__}) reached the limit of {member.limit}")
        book.borrower = member
        member.loans[isbn] = day + 14

    def give_back(self, member, isbn, day):
        due = member.loans.pop(isbn)
        self.books[isbn].borrower = None
        late = max(0, day - due)
        member.fees += late * member.fee_per_day
        return late

lib = Library([Book("1", "Dune", "Herbert"), Book("2", "Emma", "Austen"), Book("3", "Ulysses", "Joyce")])
ann, ben = Member("Ann"), StudentMember("Ben")
actions = [(lib.checkout, ann, "1", 0), (lib.checkout, ben, "1", 1), (lib.checkout, ben, "2", 1),
           (lib.checkout, ben, "3", 2), (lib.checkout, ann, "9", 3), (lib.give_back, ben, "2", 30),
           (lib.give_back, ann, "1", 10), (lib.checkout, ben, "3", 31)]
for action, member, isbn, day in actions:
    try:
        result = action(member, isbn, day)
        print(f"day {day:>2}: {action.__name__} {isbn} by {member.name}" + (f", {result} days late" if result else ""))
    except LibraryError as e:
        print(f"day {day:>2}: LibraryError: {e}")
print([(b.title, b.available) for b in lib.books.values()])
print(f"{ann.name} owes {ann.fees:.2f}, {ben.name} owes {ben.fees:.2f}, ben loans {ben.loans}")
