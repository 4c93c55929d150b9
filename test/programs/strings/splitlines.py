# splitlines recognises many line boundaries; keepends keeps them.
text = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\u2028eight\n"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "\n".splitlines(), "a\n\nb".splitlines(), "no newline".splitlines())
print("x\n".split("\n"), "x\n".splitlines())
