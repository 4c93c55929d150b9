# raise SystemExit(n) behaves like sys.exit(n), even from inside functions.
def main():
    print("in main")
    raise SystemExit(7)
main()
