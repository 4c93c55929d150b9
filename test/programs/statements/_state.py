# Helper module for augassign_module_attr.py: module-level state mutated by the importer.
counter = 0
items = []
label = "base"
