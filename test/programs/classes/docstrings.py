# __doc__ of classes, methods, properties and instances.
class Stack:
    """A last-in first-out container."""

    def push(self, item):
        """Put an item on top."""
        self.items.append(item)

    def pop(self):
        return self.items.pop()

    @property
    def top(self):
        """The top item."""
        return self.items[-1]

class Sub(Stack):
    pass

print(Stack.__doc__)
print(Stack.push.__doc__)
print(Stack.pop.__doc__)
print(Stack.top.__doc__)
print(Stack().__doc__)
print(Sub.__doc__)
print(Sub.push.__doc__)

def documented():
    "Single quotes also count."
    return 1
print(documented.__doc__)
documented.__doc__ = "changed"
print(documented.__doc__)
