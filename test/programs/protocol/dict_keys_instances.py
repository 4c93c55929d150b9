# User objects as dictionary keys and set members (value-based equality and hash).
class Coord:
    __slots__ = ("row", "col")

    def __init__(self, row, col):
        self.row, self.col = row, col

    def __eq__(self, other):
        return isinstance(other, Coord) and (self.row, self.col) == (other.row, other.col)

    def __hash__(self):
        return hash((self.row, self.col))

    def __repr__(self):
        return f"({self.row},{self.col})"

    def neighbours(self):
        return [Coord(self.row + dr, self.col + dc) for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0))]

board = {Coord(0, 0): "rook", Coord(0, 1): "knight", Coord(1, 1): "pawn"}
print(board[Coord(1, 1)], Coord(2, 2) in board, board.get(Coord(0, 1)))
board[Coord(0, 0)] = "queen"
print(len(board), sorted(board.values()))
visited = set()
frontier = [Coord(0, 0)]
while frontier and len(visited) < 6:
    c = frontier.pop(0)
    if c in visited or c.row < 0 or c.col < 0:
        continue
    visited.add(c)
    frontier.extend(c.neighbours())
print(sorted(visited, key=lambda c: (c.row, c.col)))
counts = {}
for c in [Coord(1, 2), Coord(1, 2), Coord(2, 1)]:
    counts[c] = counts.get(c, 0) + 1
print(counts)
