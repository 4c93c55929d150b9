# from module import name as alias, and star imports honouring __all__.
from _helper_mod import shout as yell, GREETING
from math import sqrt as root, pi
import math as m
print(yell("quiet"), GREETING, root(49), pi == m.pi, m.__name__)
from _helper_mod import *
print(shout("star"), "bump" in dir(), "_private" in dir())
from _helper_mod import bump, _private
print(bump(), _private)
try:
    from _helper_mod import does_not_exist
except ImportError as e:
    print("ImportError:", e)
