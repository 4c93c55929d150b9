/**
 * The native modules end to end: each snippet of test/modules/*.txt runs in a fresh
 * Interpreter and must print what CPython 3.11 printed (recorded by record.py into the .json
 * beside it), end with the same uncaught exception if CPython's did, and leave no heap block
 * in use after close. Addresses (0x...) are masked on both sides.
 *
 * A snippet that stops on a language feature the VM does not have yet (class statements,
 * generators: see NOT_YET) is reported as skipped rather than failed; it runs for real as
 * soon as the feature exists.
 */
import { describe, expect, it } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { Interpreter } from "../../src/index.js";

interface Recorded {
  source: string;
  stdin: string;
  stdout: string;
  stderr: string | null;
  error: string | null;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const mask = (s: string) => s.replace(/0x[0-9a-f]+/g, "0x?");

/** Errors that mean "the VM cannot run this yet", not "the module is wrong". */
const NOT_YET = [/NameError: __build_class__ not found/, /SystemError: generators are not supported yet/];

function run(c: Recorded): { stdout: string; stderr: string; status: number; liveBlocks: number } {
  let stdout = "";
  let stderr = "";
  const py = new Interpreter({ stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stdin: c.stdin });
  const status = py.runSource(c.source, "<snippet>");
  const { liveBlocks } = py.close();
  return { stdout, stderr, status, liveBlocks };
}

for (const file of fs.readdirSync(here).filter((f) => f.endsWith(".json")).sort()) {
  const cases = JSON.parse(fs.readFileSync(path.join(here, file), "utf8")) as Record<string, Recorded>;
  describe(file.replace(/\.json$/, ""), () => {
    for (const [name, c] of Object.entries(cases)) {
      it(name, (ctx) => {
        const r = run(c);
        if (c.error === null && NOT_YET.some((re) => re.test(r.stderr))) ctx.skip();
        expect(mask(r.stdout)).toBe(c.stdout);
        if (c.error === null) {
          if (c.stderr !== null) expect(mask(r.stderr)).toBe(c.stderr);
          expect(r.status).toBe(0);
        } else {
          expect(mask(r.stderr.trimEnd().split("\n").pop() ?? "")).toBe(c.error);
        }
        expect(r.liveBlocks).toBe(0);
      });
    }
  });
}
