# Chained exceptions: the cause is printed first, then the explicit chaining message.
def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("invalid port setting") from e

parse_port("80a")
