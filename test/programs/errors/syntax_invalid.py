# A syntax error anywhere means nothing runs: this print never happens.
print("never printed")
x = = 1
