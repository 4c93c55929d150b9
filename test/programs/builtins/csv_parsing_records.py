# Parsing CSV-like text into objects with split/strip and summarising with dicts.
DATA = """name, department, salary, start
Alice, Engineering, 120000, 2019
Bob, Sales, 65000, 2021
Carol, Engineering, 135000, 2016
Dan, Marketing, 70000, 2020
Erin, Sales, 72000, 2018
Frank, Engineering, 99000, 2022"""

class Employee:
    def __init__(self, name, department, salary, start):
        self.name = name
        self.department = department
        self.salary = int(salary)
        self.start = int(start)

    def __repr__(self):
        return f"{self.name}({self.department[:3]})"

lines = DATA.splitlines()
header = [h.strip() for h in lines[0].split(",")]
employees = [Employee(**dict(zip(header, (f.strip() for f in line.split(","))))) for line in lines[1:]]
print(header, len(employees))
by_dept = {}
for e in employees:
    by_dept.setdefault(e.department, []).append(e)
for dept in sorted(by_dept):
    staff = by_dept[dept]
    avg = sum(e.salary for e in staff) / len(staff)
    print(f"{dept:<12} {len(staff)} avg {avg:>10,.2f} senior {min(staff, key=lambda e: e.start)}")
print(sorted(employees, key=lambda e: (e.department, -e.salary)))
print([e.name for e in employees if e.start >= 2020])
print(",".join(f"{e.name}:{e.salary // 1000}k" for e in employees))
