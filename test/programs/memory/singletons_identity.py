# The empty tuple, empty str, one-character Latin-1 strings and empty bytes are shared singletons.
empty_tuple, empty_str = (), ""
t1 = tuple([])
t2 = tuple()
print(t1 is t2, t1 is empty_tuple, empty_tuple is tuple(range(0)))
print("".join([]) is "".join([]), str() is empty_str, "abc"[3:] is empty_str)
abc, xe = "abc", "xé"
print(chr(65) is chr(65), chr(200) is chr(200), abc[1] is chr(98), xe[1] is chr(233))
print(chr(300) is chr(300), "".join(["x", "y"]) is "".join(["x", "y"]))
print(bytes() is b"".strip(), bytes([65]) is bytes([65]), None is None, True is (1 == 1))
print(frozenset() is frozenset(), [] is [], {} is {})
