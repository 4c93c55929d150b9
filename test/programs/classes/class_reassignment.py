# Assigning to __class__ changes an instance's behaviour at runtime.
class Idle:
    def handle(self):
        self.__class__ = Running
        return "starting"

class Running:
    def handle(self):
        self.__class__ = Stopped
        return "stopping"

class Stopped:
    def handle(self):
        self.__class__ = Idle
        return "resetting"

machine = Idle()
for _ in range(5):
    before = type(machine).__name__
    print(before, "->", machine.handle(), "->", machine.__class__.__name__)
machine.note = "attributes survive"
machine.__class__ = Running
print(machine.note)
try:
    machine.__class__ = int
except TypeError as e:
    print("TypeError:", e)
try:
    (5).__class__ = bool
except TypeError as e:
    print("TypeError:", e)
