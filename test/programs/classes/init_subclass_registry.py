# __init_subclass__ keeps a registry of plugins and accepts class keyword arguments.
class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls
        print("registered", cls.plugin_name, "priority", priority)

class Csv(Plugin):
    pass

class Json(Plugin, name="json-export", priority=5):
    pass

class PrettyJson(Json, priority=9):
    pass

print(sorted(Plugin.registry))
for name, cls in sorted(Plugin.registry.items(), key=lambda kv: -kv[1].priority):
    print(name, cls.__name__, cls.priority)
try:
    class Broken(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
