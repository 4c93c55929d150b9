# sys.exit() and sys.exit(0) exit with status 0; SystemExit can be caught.
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("no-argument exit code:", e.code)
print("exiting cleanly")
sys.exit(0)
