# A traffic-light / turnstile state machine with a transition table and an invalid-event error.
class InvalidTransition(Exception):
    def __init__(self, state, event):
        super().__init__(f"cannot {event!r} while {state!r}")
        self.state, self.event = state, event

class StateMachine:
    def __init__(self, initial, transitions):
        self.state = initial
        self.transitions = transitions
        self.history = [initial]
        self.listeners = []

    def fire(self, event):
        key = (self.state, event)
        if key not in self.transitions:
            raise InvalidTransition(self.state, event)
        old, self.state = self.state, self.transitions[key]
        self.history.append(self.state)
        for listener in self.listeners:
            listener(old, event, self.state)
        return self.state

turnstile = StateMachine("locked", {
    ("locked", "coin"): "unlocked",
    ("locked", "push"): "locked",
    ("unlocked", "push"): "locked",
    ("unlocked", "coin"): "unlocked",
})
turnstile.listeners.append(lambda old, ev, new: print(f"  {old:>8} --{ev}--> {new}"))
for event in ["push", "coin", "coin", "push", "kick", "coin"]:
    try:
        turnstile.fire(event)
    except InvalidTransition as e:
        print("  InvalidTransition:", e, (e.state, e.event))
print(turnstile.history)
counts = {}
for s in turnstile.history:
    counts[s] = counts.get(s, 0) + 1
print(sorted(counts.items()))

light = StateMachine("red", {("red", "tick"): "green", ("green", "tick"): "yellow", ("yellow", "tick"): "red"})
print([light.fire("tick") for _ in range(7)])
