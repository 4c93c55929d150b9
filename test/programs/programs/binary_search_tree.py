# A binary search tree with insert, contains, in-order and level-order iteration, and height.
class BST:
    class _Node:
        __slots__ = ("key", "left", "right")
        def __init__(self, key):
            self.key, self.left, self.right = key, None, None

    def __init__(self, keys=()):
        self.root, self.size = None, 0
        for k in keys:
            self.root = self._insert(self.root, k)

    def _insert(self, node, key):
        if node is None:
            self.size += 1
            return BST._Node(key)
        if key < node.key:
            node.left = self._insert(node.left, key)
        elif key > node.key:
            node.right = self._insert(node.right, key)
        return node

    def __contains__(self, key):
        node = self.root
        while node and key != node.key:
            node = node.left if key < node.key else node.right
        return node is not None

    def __iter__(self):
        def walk(node):
            if node:
                yield from walk(node.left)
                yield node.key
                yield from walk(node.right)
        return walk(self.root)

    def levels(self):
        level = [self.root] if self.root else []
        while level:
            yield [n.key for n in level]
            level = [c for n in level for c in (n.left, n.right) if c]

    def __len__(self):
        return self.size

    def height(self):
        def h(node):
            return 0 if node is None else 1 + max(h(node.left), h(node.right))
        return h(self.root)

tree = BST([50, 30, 70, 20, 40, 60, 80, 35, 45, 30])
print(list(tree), len(tree), tree.height(), 45 in tree, 55 in tree)
print(list(tree.levels()))
print(min(tree), max(tree), sum(tree), [k for k in tree if k % 20 == 0])
words = BST("the quick brown fox jumps over the lazy dog".split())
print(list(words), len(words), words.height(), "fox" in words)
print(BST.__qualname__, BST._Node.__qualname__, list(BST()), BST().height())
