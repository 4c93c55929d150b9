# A tiny expression language: tokenizer, recursive-descent parser, AST node classes, evaluation.
class Node:
    def evaluate(self, env):
        raise NotImplementedError
class Num(Node):
    def __init__(self, value):
        self.value = value
    def evaluate(self, env):
        return self.value
    def __repr__(self):
        return f"Num({self.value})"

class Var(Node):
    def __init__(self, name):
        self.name = name
    def evaluate(self, env):
        if self.name not in env:
            raise NameError(f"undefined variable {self.name!r}")
        return env[self.name]
    def __repr__(self):
        return f"Var({self.name!r})"
class BinOp(Node):
    OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
           "/": lambda a, b: a / b}
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right
    def evaluate(self, env):
        return self.OPS[self.op](self.left.evaluate(env), self.right.evaluate(env))
    def __repr__(self):
        return f"BinOp({self.op!r}, {self.left}, {self.right})"

def tokenize(text):
    tokens = []
    for c in text.replace("(", " ( ").replace(")", " ) ").split():
        tokens.extend([int(c)] if c.isdigit() else list(c))
    return tokens

class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
    def expr(self, levels=("+-", "*/")):
        if not levels:
            tok = self.tokens.pop(0)
            if tok == "(":
                node = self.expr()
                self.tokens.pop(0)
                return node
            return Num(tok) if isinstance(tok, int) else Var(tok)
        node = self.expr(levels[1:])
        while self.tokens and str(self.tokens[0]) in levels[0]:
            node = BinOp(self.tokens.pop(0), node, self.expr(levels[1:]))
        return node

for source in ("1 + 2 * 3", "(1 + 2) * 3", "x * (y - 4) / 2", "10 - 3 - 2", "z + 1"):
    tree = Parser(tokenize(source)).expr()
    try:
        print(f"{source:<16} => {tree.evaluate({'x': 6, 'y': 10})}")
    except NameError as e:
        print(f"{source:<16} => NameError: {e}")
print(Parser(tokenize("a * (b + 12)")).expr(), [c.__name__ for c in BinOp.__mro__])
