# copy.copy vs copy.deepcopy on nested lists and dicts.
import copy

config = {"name": "app", "servers": ["a", "b"], "limits": {"cpu": 2, "tags": ["x"]}}
shallow = copy.copy(config)
deep = copy.deepcopy(config)
shallow["name"] = "changed"
shallow["servers"].append("c")
deep["limits"]["tags"].append("y")
print(config)
print(shallow)
print(deep)
print(shallow["servers"] is config["servers"], deep["servers"] is config["servers"])
matrix = [[1, 2], [3, 4]]
m2 = copy.copy(matrix)
m3 = copy.deepcopy(matrix)
m2[0][0] = 99
print(matrix, m3)
cycle = [1]
cycle.append(cycle)
c2 = copy.deepcopy(cycle)
print(c2[1] is c2, c2[1] is cycle, len(c2))
shared = [0]
pair = [shared, shared]
pair2 = copy.deepcopy(pair)
print(pair2[0] is pair2[1], pair2[0] is shared)
t = (1, 2, [3])
print(copy.copy(t) is t, copy.deepcopy((1, 2)) == (1, 2), copy.deepcopy(t) is t)
s = "immutable"
print(copy.copy(s) is s, copy.deepcopy(42) == 42, copy.copy({1, 2}) == {1, 2})
