# Two expressions next to each other in a list.
items = [1, 2 3]
