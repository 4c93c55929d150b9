# __name__ is "__main__" for the script and the module name for imports.
import _helper_mod

def main():
    print("main() runs because __name__ ==", repr(__name__))
    print("imported module's __name__:", _helper_mod.__name__)

if __name__ == "__main__":
    main()
else:
    print("not printed")
