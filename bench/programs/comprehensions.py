# List, dict and set comprehensions, nested and filtered.
def main():
    total = 0
    for rep in range(300):
        squares = [i * i for i in range(10000)]
        evens = [s for s in squares if s % 2 == 0]
        pairs = [(i, j) for i in range(60) for j in range(i, 60) if (i + j) % 3 == 0]
        table = {i: i % 97 for i in range(5000)}
        inverse = {v: k for k, v in table.items()}
        residues = {s % 1009 for s in squares}
        matrix = [[(r * c + rep) % 10 for c in range(40)] for r in range(40)]
        transposed = [[row[i] for row in matrix] for i in range(40)]
        total += len(evens) + len(pairs) + len(inverse) + len(residues)
        total += sum([sum(row) for row in transposed]) + evens[-1] % 1000
    print(total)


main()
