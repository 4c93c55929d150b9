# Start-up and teardown cost: the program does nothing.
pass
