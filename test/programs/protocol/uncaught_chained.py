# An uncaught exception raised from another prints both tracebacks.
class ParseError(Exception):
    pass

def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ParseError(f"bad port {text!r}") from e

print(parse_port("8080"))
parse_port("eighty")
