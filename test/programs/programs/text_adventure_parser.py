# A text-adventure command parser driven by a scripted list of commands (no input()).
class Room:
    def __init__(self, name, description, items=()):
        self.name, self.description = name, description
        self.items = list(items)
        self.exits = {}

class Game:
    ALIASES = {"n": "north", "s": "south", "e": "east", "w": "west", "get": "take", "l": "look"}

    def __init__(self, start):
        self.room = start
        self.inventory = []
        self.moves = 0

    def do(self, line):
        words = [self.ALIASES.get(w, w) for w in line.lower().split()]
        if not words:
            return "Say something."
        verb, *rest = words
        if verb in ("north", "south", "east", "west"):
            verb, rest = "go", [verb]
        handler = getattr(self, "cmd_" + verb, None)
        if handler is None:
            return f"I don't know how to {verb!r}."
        return handler(*rest)

    def cmd_look(self):
        items = ", ".join(self.room.items) or "nothing"
        return f"{self.room.name}: {self.room.description} You see {items}. Exits: {', '.join(sorted(self.room.exits))}."
    def cmd_go(self, direction=None):
        if direction not in self.room.exits:
            return "You can't go that way."
        self.room = self.room.exits[direction]
        self.moves += 1
        return f"You walk {direction} to the {self.room.name}."
    def cmd_take(self, *item_words):
        item = " ".join(item_words)
        if item not in self.room.items:
            return f"There is no {item} here."
        self.room.items.remove(item)
        self.inventory.append(item)
        return f"Taken: {item}."

    def cmd_inventory(self):
        return "You carry: " + (", ".join(sorted(self.inventory)) or "nothing")

hall = Room("hall", "A dusty hall.", ["lamp"])
library = Room("library", "Shelves of books.", ["old key", "book"])
garden = Room("garden", "Overgrown plants.")
hall.exits = {"north": library, "east": garden}
library.exits = {"south": hall}
garden.exits = {"west": hall}
game = Game(hall)
script = ["look", "get lamp", "n", "look", "take old key", "take sword", "dance",
          "s", "e", "w", "go up", "", "inventory"]
for line in script:
    print(f"> {line}")
    print(game.do(line))
print("moves:", game.moves)
