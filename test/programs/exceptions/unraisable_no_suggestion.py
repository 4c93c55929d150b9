# An exception a weakref callback (or a __del__) lets out is printed by the unraisable hook:
# its traceback and line, without the "Did you mean" suggestion and without the notes an
# uncaught exception would be printed with.
import weakref


class Callback:
    def __init__(self, action):
        self.action = action

    def __repr__(self):
        return "<callback %s>" % self.action

    def __call__(self, ref):
        if self.action == "name":
            exot()
        if self.action == "attribute":
            self.actoin
        error = ValueError("with a note")
        error.add_note("the note")
        raise error


class Target:
    pass


for action in ["name", "attribute", "note"]:
    target = Target()
    ref = weakref.ref(target, Callback(action))
    del target
    print("after", action)
