# Ints above 256 and floats fill pools, empty them and come back: block counts and which
# freed block a new object takes (a pool's free list is last in, first out; a pool that was
# full goes to the front of its size class; the float free list keeps up to 100 blocks).
import sys


def ints_fill_and_free():
    xs = [None] * 3000
    before = sys.getallocatedblocks()
    for i in range(3000):
        xs[i] = i * 1000 + 7
    made = sys.getallocatedblocks()
    print("ints made:", made - before)
    for i in range(0, 3000, 3):
        xs[i] = None
    for i in range(0, 3000, 3):
        xs[i] = -(i * 1000 + 11)
    # xs[500] lies in a pool that is full: freeing it puts that pool first again.
    old = id(xs[500])
    xs[500] = None
    new = int("123456789")
    print("a full pool's freed block is taken next:", id(new) == old)
    mid = id(xs[1500])
    xs[1500] = None
    print("and the one freed last:", id(int("987654321")) == mid)
    new = None
    xs = None


def two_digit_ints():
    before = sys.getallocatedblocks()
    big = [2**40 + i for i in range(600)]
    print("two-digit ints made:", sys.getallocatedblocks() - before > 600)
    big = None


def floats_past_the_free_list():
    before = sys.getallocatedblocks()
    fs = [i + 0.5 for i in range(400)]
    made = sys.getallocatedblocks() - before
    fs = None
    # The free list keeps 100 of the blocks; the rest go back to their pools.
    print("floats freed past the free list:", made - (sys.getallocatedblocks() - before))


ints_fill_and_free()
two_digit_ints()
floats_past_the_free_list()
