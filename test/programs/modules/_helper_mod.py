# Helper module imported by the modules/ tests; prints once when first imported.
print("helper_mod is being imported, __name__ =", __name__)
GREETING = "hello from helper"
counter = 0
_private = "underscore"
__all__ = ["GREETING", "shout"]

def shout(text):
    return text.upper() + "!"

def bump():
    global counter
    counter += 1
    return counter

if __name__ == "__main__":
    print("helper run as a script (never, in these tests)")
