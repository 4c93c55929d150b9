# Functions are descriptors: __get__ produces bound methods by hand.
def shout(self, suffix="!"):
    return self.word.upper() + suffix

class Word:
    def __init__(self, word):
        self.word = word

w = Word("hello")
bound = shout.__get__(w, Word)
print(bound(), bound("?"))
print(bound.__self__ is w, bound.__func__ is shout)
print(shout.__get__(None, Word) is shout)
Word.shout = shout
print(w.shout("..."))
print(Word.shout is shout)
sm = staticmethod(shout)
print(sm.__get__(w, Word) is shout)
cm = classmethod(lambda cls: cls.__name__)
print(cm.__get__(w, Word)())
print(property(lambda self: self.word[::-1]).__get__(w, Word))
