# The gc module's argument errors.
import gc

def attempt(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(gc.collect, 3)
attempt(gc.collect, -1)
attempt(gc.collect, "x")
attempt(gc.collect, gen=1)
attempt(gc.get_objects, 3)
attempt(gc.get_objects, -2)
attempt(gc.get_objects, generation="a")
attempt(gc.set_threshold)
attempt(gc.set_threshold, 1, 2, 3, 4)
attempt(gc.set_threshold, "a")
attempt(gc.set_threshold, 1.5)
attempt(gc.set_debug)
attempt(gc.is_tracked)
attempt(gc.enable, 1)
attempt(gc.get_count, 1)
print(gc.get_objects(-1) is not None, gc.get_threshold())
