# Ints beyond the small ones, made and dropped in compiled loops: each block comes from and goes
# back to its pool as pymalloc hands it out, through full pools, pools that empty and pools
# whose free list runs dry, so ids come back in CPython's order and the block counts match.
import sys


def churn(n):
    total = 0
    for i in range(n):
        x = i * 1000 + 7
        total += x % 13
    return total


def fill(keep, n):
    for i in range(n):
        keep.append(i * 1000 + 1)


def thin(keep, victims):
    # Every other int of the last ones dies at once (full pools get free blocks again); the
    # others move to `victims`, whose room is there already.
    for k in range(len(victims)):
        victims[k] = keep.pop()
        keep.pop()


def reuse(victims, out):
    # Whether the next ints get the blocks of the ints in `victims` (which this frees): their
    # addresses are taken first, as ints made before the frees.
    addresses = [id(v) for v in victims]
    victims.clear()
    for i in range(len(out)):
        x = i * 1000 + 3
        out[i] = id(x) in addresses


def blocks_after(f, *args):
    before = sys.getallocatedblocks()
    result = f(*args)
    return result, sys.getallocatedblocks() - before


keep = []
victims = [None] * 300
out = [False] * 40
print(blocks_after(churn, 50000))
print(blocks_after(fill, keep, 20000))
print(blocks_after(churn, 50000))
print(blocks_after(thin, keep, victims))
print(blocks_after(churn, 30000))
reuse(victims, out)
print(out.count(True), out[:3])
print(blocks_after(churn, 30000))
print(blocks_after(keep.clear))
print(blocks_after(churn, 3000))
print(blocks_after(fill, keep, 3000))
print(blocks_after(churn, 20000))
