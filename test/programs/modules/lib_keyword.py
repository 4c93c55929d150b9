# A module from glasspy's lib/ (the keyword module), imported like any other.
import keyword
print(keyword.iskeyword("while"), keyword.iskeyword("print"))
print(keyword.issoftkeyword("match"), keyword.issoftkeyword("case"), keyword.issoftkeyword("if"))
print(len(keyword.kwlist), keyword.kwlist[:4], keyword.softkwlist)
print(sorted(name for name in keyword.__all__))
print(all(keyword.iskeyword(k) for k in keyword.kwlist))
