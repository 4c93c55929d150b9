# Stable sorting of records by several keys, using successive sorts and tuple keys.
class Student:
    def __init__(self, name, grade, age):
        self.name, self.grade, self.age = name, grade, age

    def __repr__(self):
        return f"{self.name}({self.grade},{self.age})"

students = [Student("dave", "B", 10), Student("jane", "A", 12), Student("john", "A", 15),
            Student("ann", "B", 12), Student("zoe", "C", 10), Student("bob", "A", 12)]
print(sorted(students, key=lambda s: s.age))
print(sorted(students, key=lambda s: (s.grade, -s.age)))
by_grade_then_name = sorted(students, key=lambda s: s.name)
by_grade_then_name.sort(key=lambda s: s.grade)
print(by_grade_then_name)
by_age_desc_stable = sorted(students, key=lambda s: s.age, reverse=True)
print(by_age_desc_stable)
ordered = sorted(students, key=lambda s: s.name, reverse=True)
ordered.sort(key=lambda s: s.age)
print(ordered)
rows = [("x", 2), ("y", 1), ("z", 2), ("w", 1)]
print(sorted(rows, key=lambda r: r[1]), sorted(rows, key=lambda r: r[1], reverse=True))
print(sorted(students, key=lambda s: (s.grade != "A", s.name))[:3])
