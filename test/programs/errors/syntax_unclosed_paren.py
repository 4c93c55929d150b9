# An unclosed parenthesis is reported at the opening bracket.
print("never printed")
values = (1, 2,
          3, 4
total = 5
