/**
 * The `glasspy` module's heap facts (src/modules/glasspy-module.ts, src/heap/query.ts), for
 * both layouts: block() against the layout's size classes, arenas/pools consistency with
 * _debugmallocstats' figures, the heap map's legend, and no leak after close.
 */
import { describe, expect, it } from "vitest";
import { Interpreter } from "../../src/index.js";

function run(layout: "classic" | "cpython311", source: string): string {
  let out = "";
  let err = "";
  const interp = new Interpreter({ heapLayout: layout, stdout: (t) => { out += t; }, stderr: (t) => { err += t; } });
  const status = interp.runSource(source);
  const { liveBlocks } = interp.close();
  expect(err).toBe("");
  expect(status).toBe(0);
  expect(liveBlocks).toBe(0);
  return out;
}

const PROGRAM = `
import glasspy, sys
L = glasspy.layout()
print(L["name"], L["alignment"], L["pool_size"], L["arena_size"], L["size_classes"])
x = [1, 2, 3]
b = glasspy.block(x)
print(b["domain"], b["pre_header"], b["block_size"], b["size_class"], b["object_address"] - b["address"])
print((b["address"] - b["pool"] - L["pool_overhead"]) == b["block_index"] * b["block_size"])
n = 10**12
bn = glasspy.block(n)
print(bn["domain"], bn["pre_header"], bn["block_size"] >= sys.getsizeof(n))
r = glasspy.block(bytes(2000))
print(r["domain"], r["requested"], r["object_domain"])
print(glasspy.block(None)["domain"])
arenas = glasspy.arenas()
print(all(a["pools_carved"] == len(a["pools"]) <= a["total_pools"] for a in arenas))
pools = glasspy.pools()
print(all(p["in_use"] + p["free"] + p["never_used"] == p["blocks"] for p in pools if p["state"] != "empty"))
print(all((p["state"] == "full") == (p["free"] == 0 and p["never_used"] == 0) for p in pools if p["state"] != "empty"))
classes = glasspy.size_classes()
print(len(classes) == L["size_classes"], all(c["blocks_per_pool"] == (L["pool_size"] - L["pool_overhead"]) // c["block_size"] for c in classes))
m = glasspy.heap_map(32)
print(m.splitlines()[0].startswith("heap map (" + L["name"] + ")"), all(len(l) <= 36 for l in m.splitlines() if l.startswith("    ")))
`;

describe("glasspy module", () => {
  it("describes blocks and pools in the classic layout", () => {
    expect(run("classic", PROGRAM)).toBe([
      "classic 8 4096 262144 64",
      "pymalloc 16 56 6 16",
      "True",
      "pymalloc 0 True",
      "raw 2033 True",
      "static",
      "True", "True", "True", "True True", "True True", "",
    ].join("\n"));
  });

  it("describes blocks and pools in the cpython311 layout", () => {
    expect(run("cpython311", PROGRAM)).toBe([
      "cpython311 16 16384 1048576 32",
      "pymalloc 16 64 3 16",
      "True",
      "pymalloc 0 True",
      "raw 2033 True",
      "static",
      "True", "True", "True", "True True", "True True", "",
    ].join("\n"));
  });
});
