# User-defined exception classes and their hierarchy.
class AppError(Exception):
    pass

class ConfigError(AppError):
    def __init__(self, key):
        super().__init__(f"missing key {key!r}")
        self.key = key

try:
    raise ConfigError("port")
except AppError as e:
    print(type(e).__name__, e, e.key, e.args, isinstance(e, Exception))
raise ConfigError("host")
