# An inventory system with products, stock movements, reports and errors.
class StockError(Exception):
    def __init__(self, sku, wanted, available):
        super().__init__(f"{sku}: wanted {wanted}, only {available} available")
        self.sku = sku

class Product:
    def __init__(self, sku, name, price, category):
        self.sku, self.name, self.price, self.category = sku, name, price, category

class Inventory:
    def __init__(self):
        self.products = {}
        self.stock = {}

    def add_product(self, product, qty=0):
        self.products[product.sku] = product
        self.stock[product.sku] = self.stock.get(product.sku, 0) + qty

    def remove(self, sku, qty):
        have = self.stock.get(sku, 0)
        if qty > have:
            raise StockError(sku, qty, have)
        self.stock[sku] = have - qty

    def __contains__(self, sku):
        return self.stock.get(sku, 0) > 0

    def __len__(self):
        return sum(self.stock.values())

    def __iter__(self):
        for sku in sorted(self.products):
            yield self.products[sku], self.stock[sku]

    def value_by_category(self):
        totals = {}
        for product, qty in self:
            totals[product.category] = totals.get(product.category, 0) + product.price * qty
        return dict(sorted(totals.items()))

inv = Inventory()
inv.add_product(Product("A1", "hammer", 12.5, "tools"), 10)
inv.add_product(Product("B2", "nails", 0.05, "hardware"), 500)
inv.add_product(Product("C3", "saw", 22.0, "tools"), 3)
inv.add_product(Product("D4", "glue", 4.0, "hardware"))
for sku, qty in [("A1", 4), ("C3", 5), ("B2", 120), ("D4", 1), ("C3", 3)]:
    try:
        inv.remove(sku, qty)
        print("shipped", qty, "x", inv.products[sku].name)
    except StockError as e:
        print("StockError:", e, "| sku:", e.sku)
for product, qty in inv:
    print(f"{product.sku} {product.name:<7} {qty:>4} @ {product.price:>6.2f}")
print(len(inv), "C3" in inv, "A1" in inv, [p.sku for p, q in inv if q < 5])
print(inv.value_by_category())
