# Augmented assignment to attributes of an imported module.
import _state
import sys
_state.counter += 1
_state.counter += 41
_state.label += "-suffix"
_state.items += [1, 2]
_state.items.append(3)
print(_state.counter, _state.label, _state.items)
from _state import counter
print(counter)
counter += 1
print(counter, _state.counter)
sys.glasspy_counter = 5
sys.glasspy_counter *= 3
print(sys.glasspy_counter)
del sys.glasspy_counter
