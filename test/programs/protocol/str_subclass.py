# A str subclass with extra methods; string operations return plain str.
class Text(str):
    def words(self):
        return self.split()

    def title_case(self):
        small = {"a", "an", "of", "the", "and"}
        out = []
        for i, w in enumerate(self.lower().split()):
            out.append(w if i and w in small else w.capitalize())
        return Text(" ".join(out))

    def is_palindrome(self):
        letters = [c.lower() for c in self if c.isalnum()]
        return letters == letters[::-1]

t = Text("the lord OF the rings")
print(t.words(), t.title_case(), type(t.title_case()).__name__)
print(Text("A man, a plan, a canal: Panama").is_palindrome(), Text("python").is_palindrome())
print(type(t.upper()).__name__, type(t + "!").__name__, type(t[1:]).__name__)
print(t == "the lord OF the rings", len(t), t.startswith("the"))
print(repr(Text("quoted")), str(Text("x")) == "x")
d = {Text("key"): 1}
print(d["key"])

class Label(str):
    def __new__(cls, text, colour):
        obj = super().__new__(cls, text.upper())
        obj.colour = colour
        return obj

lab = Label("warning", "yellow")
print(lab, lab.colour, f"{lab:>10}|", lab.lower())
