# A singly linked list class with iteration, indexing, len, contains, reverse and repr.
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, values=()):
        self.head = None
        self._size = 0
        for v in reversed(list(values)):
            self.push_front(v)

    def push_front(self, value):
        self.head = Node(value, self.head)
        self._size += 1

    def append(self, value):
        if self.head is None:
            return self.push_front(value)
        cur = self.head
        while cur.next:
            cur = cur.next
        cur.next = Node(value)
        self._size += 1

    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next
    def __len__(self):
        return self._size
    def __getitem__(self, index):
        for i, v in enumerate(self):
            if i == (index + self._size if index < 0 else index):
                return v
        raise IndexError("LinkedList index out of range")

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __repr__(self):
        return " -> ".join(map(repr, self)) or "(empty)"

lst = LinkedList([1, 2, 3])
lst.append(4)
lst.push_front(0)
print(lst, len(lst), lst[2], lst[-1], 3 in lst, 9 in lst)
lst.reverse()
print(lst, list(lst), sum(lst), max(lst))
try:
    lst[10]
except IndexError as e:
    print("IndexError:", e)
print(LinkedList(), len(LinkedList()), bool(LinkedList()), bool(lst))
print(LinkedList("abc"), [v * 2 for v in LinkedList([5, 6])])
