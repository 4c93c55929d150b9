# A traceback through several method calls, ending in an exception subclass from a module.
class ConfigError(KeyError):
    pass

class Config:
    def __init__(self, values):
        self.values = values

    def get(self, key):
        try:
            return self.values[key]
        except KeyError:
            raise ConfigError(key)

    def port(self):
        return int(self.get("port"))

class Server:
    def __init__(self, config):
        self.config = config

    def start(self):
        print("starting on", self.config.port())

Server(Config({"port": "80"})).start()
Server(Config({})).start()
