# list.pop() of a list's last item resizes it as CPython 3.11 does: a one-slot allocation is
# kept (a four-slot one is freed), and what extend() then allocates follows from it.
import sys
x = []; x.extend(range(17)); print(sys.getsizeof(x))
x = []; x.extend(iter(range(17))); print(sys.getsizeof(x))
x = []; x += range(17); print(sys.getsizeof(x))
x = list(range(17)); print(sys.getsizeof(x))
x = [1]; x.pop(); print(sys.getsizeof(x)); x.extend(range(17)); print(sys.getsizeof(x))
x = [1, 2]; x.pop(0); print(sys.getsizeof(x)); x.pop(0); print(sys.getsizeof(x))
x = [1, 2, 3, 4, 5]; x.pop(0); print(sys.getsizeof(x))
z = []; z += [1]; z.pop(); print(sys.getsizeof(z)); z.extend(range(17)); print(sys.getsizeof(z))
z = [1, 2, 3, 4, 5, 6, 7, 8, 9]
while z: z.pop(); print(sys.getsizeof(z), end=" ")
print()
z = [1, 2, 3]; z.pop(0); z.pop(0); z.pop(0); print(sys.getsizeof(z)); z.extend(range(5)); print(sys.getsizeof(z))
