# The whole file is compiled before anything runs, so the output stays empty.
def fine():
    return 1

print(fine())
for i in range(3):
    print(i)
if i == 2
    print("missing colon")
