# Allocation churn: binary trees built as nested tuples and lists, checked, then dropped.
def make_tree(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make_tree(depth), make_tree(depth))


def check_tree(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check_tree(left) + check_tree(right)


def make_list_tree(depth):
    if depth == 0:
        return []
    return [make_list_tree(depth - 1), make_list_tree(depth - 1)]


def count_list_tree(node):
    if not node:
        return 1
    return 1 + count_list_tree(node[0]) + count_list_tree(node[1])


def main(max_depth):
    long_lived = make_tree(max_depth)
    total = 0
    depth = 4
    while depth <= max_depth:
        iterations = 2 ** (max_depth - depth + 4)
        for _ in range(iterations):
            total += check_tree(make_tree(depth))
        depth += 2
    for _ in range(32):
        total += count_list_tree(make_list_tree(12))
    print(total, check_tree(long_lived))


main(14)
