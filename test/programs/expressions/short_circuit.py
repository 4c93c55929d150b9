# and/or return one of their operands and evaluate the right side only when needed.
log = []
def t(name, value):
    log.append(name)
    return value

print(t("a", 0) and t("b", 1), log)
log.clear()
print(t("a", 2) and t("b", 3), log)
log.clear()
print(t("a", 0) or t("b", ""), log)
log.clear()
print(t("a", "x") or t("b", "y"), log)
log.clear()
print(t("a", 1) and t("b", 0) or t("c", 5), log)
log.clear()
print(not t("a", []), log)
print(0 or None, None or 0, [] or {}, 1 and [], "" and 1, [0] and "yes")
print(0 and 1 / 0, 1 or 1 / 0)
x = None
y = x and x.attribute
print(y)
if t("p", 0) and t("q", 1):
    print("taken")
print(log)
