# An event bus with subscribe/unsubscribe, bound-method callbacks, priorities and once-handlers.
class EventBus:
    def __init__(self):
        self.handlers = {}

    def on(self, event, handler, priority=0, once=False):
        self.handlers.setdefault(event, []).append((priority, once, handler))
        self.handlers[event].sort(key=lambda h: -h[0])
        return handler

    def off(self, event, handler):
        self.handlers[event] = [h for h in self.handlers.get(event, []) if h[2] != handler]

    def emit(self, event, *args):
        results = []
        for entry in list(self.handlers.get(event, [])):
            priority, once, handler = entry
            if once:
                self.handlers[event].remove(entry)
            results.append(handler(*args))
        return results

class Logger:
    def __init__(self, prefix):
        self.prefix = prefix
        self.lines = []

    def log(self, *args):
        self.lines.append(f"{self.prefix}: {' '.join(map(str, args))}")
        return "logged"

bus = EventBus()
audit = Logger("audit")
debug = Logger("debug")
bus.on("login", audit.log)
bus.on("login", debug.log, priority=5)
bus.on("login", lambda user: f"welcome {user}", priority=10)
bus.on("login", lambda user: "first login bonus", once=True)
print(bus.emit("login", "ann"))
print(bus.emit("login", "bob"))
bus.off("login", debug.log)
print(bus.emit("login", "cy"))
print(bus.emit("logout", "cy"))
print(audit.lines)
print(debug.lines)
print(audit.log == audit.log, audit.log != debug.log, audit.log.__self__.prefix)
