/**
 * Where glasspy's own Python modules (lib/) come from.
 *
 * The build replaces `__GLASSPY_LIB__` with an object of every lib/ file's text, keyed by its
 * path relative to lib/ ("keyword.py", "collections/__init__.py"), so a bundle needs no files
 * beside it. Run from the TypeScript sources (vitest), the name is not defined and the files
 * are read from the lib/ folder.
 */
import * as fs from "node:fs";
import * as path from "node:path";

declare const __GLASSPY_LIB__: Readonly<Record<string, string>> | undefined;

const bundled: Readonly<Record<string, string>> | undefined = typeof __GLASSPY_LIB__ === "undefined" ? undefined : __GLASSPY_LIB__;

/**
 * The text of `file` if it exists: from the bundle when `file` lies under `libDir` and the
 * build embedded lib/, else from the file system. undefined when there is no such file.
 */
export function readModuleSource(libDir: string, file: string): string | undefined {
  if (bundled !== undefined) {
    const relative = path.relative(libDir, file);
    if (!relative.startsWith("..") && !path.isAbsolute(relative)) {
      return bundled[relative.split(path.sep).join("/")];
    }
  }
  try {
    if (!fs.statSync(file).isFile()) return undefined;
    return fs.readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}
