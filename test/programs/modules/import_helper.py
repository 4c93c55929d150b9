# Importing a module from the script's own folder.
import _helper_mod
print(_helper_mod.GREETING, _helper_mod.shout("hi"))
print(_helper_mod.bump(), _helper_mod.bump(), _helper_mod.counter)
print(_helper_mod.__name__, type(_helper_mod).__name__)
print(_helper_mod.__file__.endswith("_helper_mod.py"))
import _helper_mod
import _helper_mod as again
print(again is _helper_mod, again.counter)
import sys
print("_helper_mod" in sys.modules, sys.modules["_helper_mod"] is _helper_mod)
