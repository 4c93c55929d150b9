from collections import ChainMap
defaults = {'color': 'red', 'user': 'guest'}
overrides = {'user': 'admin'}
cm = ChainMap(overrides, defaults)
print(cm, cm['user'], cm['color'], len(cm), sorted(cm), 'color' in cm, cm.get('z', 0))
child = cm.new_child(); child['theme'] = 'dark'; print(child, child.parents)
cm['color'] = 'blue'; print(overrides, defaults)
print(dict(cm.items()) == {'user': 'admin', 'color': 'blue'}, bool(ChainMap()), bool(ChainMap({}, {'a': 1})))
try:
    del cm['user']; del cm['user']
except KeyError as e:
    print("KeyError:", e)
try:
    cm['missing']
except KeyError as e:
    print("KeyError:", e)
print(ChainMap.fromkeys('ab', 0), cm.copy(), cm.pop('color'), cm)
