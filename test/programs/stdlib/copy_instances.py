# Copying instances: default copy behaviour, __copy__ and __deepcopy__ hooks.
import copy

class Document:
    def __init__(self, title, pages):
        self.title = title
        self.pages = pages

doc = Document("draft", ["intro", "body"])
shallow = copy.copy(doc)
deep = copy.deepcopy(doc)
doc.pages.append("appendix")
shallow.title = "copy"
print(type(shallow).__name__, shallow.title, shallow.pages, shallow.pages is doc.pages)
print(deep.title, deep.pages, deep is doc)

class Node:
    def __init__(self, name, children=()):
        self.name = name
        self.children = list(children)
        self.copies = 0

    def __copy__(self):
        print("__copy__", self.name)
        clone = Node(self.name + "'", self.children)
        return clone

    def __deepcopy__(self, memo):
        print("__deepcopy__", self.name)
        clone = Node(self.name + "*")
        memo[id(self)] = clone
        clone.children = copy.deepcopy(self.children, memo)
        return clone

root = Node("root", [Node("a"), Node("b")])
c1 = copy.copy(root)
print(c1.name, [c.name for c in c1.children], c1.children[0] is root.children[0])
c2 = copy.deepcopy(root)
print(c2.name, [c.name for c in c2.children], c2.children[0] is root.children[0])

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]
        self.b = "two"
s2 = copy.deepcopy(Slotted())
print(s2.a, s2.b, type(s2).__name__)
