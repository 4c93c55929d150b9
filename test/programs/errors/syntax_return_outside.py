# return at module level is detected by the compiler.
print("never printed")
return 5
