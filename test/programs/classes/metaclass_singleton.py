# A metaclass __call__ that turns classes into singletons.
class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in Singleton._instances:
            print("creating", cls.__name__, args)
            Singleton._instances[cls] = super().__call__(*args, **kwargs)
        return Singleton._instances[cls]

class Settings(metaclass=Singleton):
    def __init__(self, env="dev"):
        self.env = env
        self.values = {}

class Logger(metaclass=Singleton):
    def __init__(self):
        self.lines = []

a = Settings("prod")
b = Settings("test")
print(a is b, a.env, b.env)
a.values["debug"] = False
print(Settings().values)
log1, log2 = Logger(), Logger()
log1.lines.append("hello")
print(log1 is log2, log2.lines, log1 is a)
print(len(Singleton._instances))
