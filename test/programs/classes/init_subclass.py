# __init_subclass__: an implicit classmethod receiving the class statement's keywords.
class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)

class Audio(Plugin, name="sound"):
    pass
class Video(Plugin):
    pass
class HD(Video, name="hd"):
    pass
print(Plugin.registry, HD.plugin_name, type(Plugin.__dict__["__init_subclass__"]).__name__)
try:
    class Broken(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Plain(object, flag=True):
        pass
except TypeError as e:
    print("TypeError:", e)
