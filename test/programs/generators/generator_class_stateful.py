# A class wrapping a generator to keep extra state, with send-based control.
class Ticker:
    def __init__(self, start, step):
        self.start = start
        self.step = step
        self.emitted = 0
        self._gen = self._run()

    def _run(self):
        value = self.start
        while True:
            command = yield value
            self.emitted += 1
            if command == "reset":
                value = self.start
            elif command == "faster":
                self.step *= 2
                value += self.step
            else:
                value += self.step

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)

    def send(self, command):
        return self._gen.send(command)

t = Ticker(10, 5)
print(next(t), next(t), next(t))
print(t.send("faster"), next(t))
print(t.send("reset"), next(t))
print("emitted", t.emitted, "step", t.step)
values = []
for v in t:
    if v > 60:
        break
    values.append(v)
print(values)
