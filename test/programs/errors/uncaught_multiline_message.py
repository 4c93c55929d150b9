# An exception with a multi-line message and several arguments.
raise ValueError("first line\nsecond line", 42)
