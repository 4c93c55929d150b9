# Class attributes as counters and per-class configuration, inherited and overridden.
class Employee:
    raise_rate = 1.04
    headcount = 0

    def __init__(self, name, pay):
        self.name = name
        self.pay = pay
        Employee.headcount += 1
        self.number = Employee.headcount

    def apply_raise(self):
        self.pay = int(self.pay * self.raise_rate)

class Developer(Employee):
    raise_rate = 1.10

e = Employee("Corey", 50000)
d = Developer("Sue", 60000)
e.apply_raise()
d.apply_raise()
print(e.name, e.pay, e.number)
print(d.name, d.pay, d.number)
print(Employee.headcount, Developer.headcount, "headcount" in Developer.__dict__)
e.raise_rate = 1.5
e.apply_raise()
print(e.pay, Employee.raise_rate)
Employee.raise_rate = 2
x = Employee("X", 100)
x.apply_raise()
print(x.pay, Developer.raise_rate)
