# Class decorators that add methods, register classes and wrap __init__.
registry = []

def register(cls):
    registry.append(cls.__name__)
    return cls

def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls

def count_instances(cls):
    original_init = cls.__init__
    cls.instances = 0
    def __init__(self, *args, **kwargs):
        cls.instances += 1
        original_init(self, *args, **kwargs)
    cls.__init__ = __init__
    return cls

@register
@add_repr
@count_instances
class User:
    def __init__(self, name, admin=False):
        self.name = name
        self.admin = admin

@register
class Group:
    pass

print(User("ann"), User("root", admin=True))
print(User.instances, registry)
print(User.__repr__.__qualname__)
