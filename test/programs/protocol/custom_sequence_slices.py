# A custom sequence supporting indexing, negative indexes and slices.
class Playlist:
    def __init__(self, songs):
        self._songs = list(songs)

    def __len__(self):
        return len(self._songs)

    def __getitem__(self, index):
        if isinstance(index, slice):
            print("slice", index.start, index.stop, index.step, index.indices(len(self)))
            return Playlist(self._songs[index])
        if not isinstance(index, int):
            raise TypeError(f"Playlist indices must be integers or slices, not {type(index).__name__}")
        return self._songs[index]

    def __setitem__(self, index, value):
        self._songs[index] = value

    def __delitem__(self, index):
        del self._songs[index]

    def __repr__(self):
        return f"Playlist({self._songs})"

p = Playlist(["intro", "verse", "chorus", "bridge", "outro"])
print(p[0], p[-1], len(p))
print(p[1:3])
print(p[::-1])
print(p[-2:])
p[1] = "VERSE"
p[2:4] = ["solo"]
print(p)
del p[0]
del p[::2]
print(p, list(p), "solo" in p)
try:
    p["x"]
except TypeError as e:
    print("TypeError:", e)
try:
    p[10]
except IndexError as e:
    print("IndexError:", e)
