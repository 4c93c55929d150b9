/**
 * Where glasspy's own Python modules (lib/) come from.
 *
 * The build replaces `__GLASSPY_LIB__` with an object of every lib/ file's text, keyed by its
 * path relative to lib/ ("keyword.py", "collections/__init__.py"), so a bundle needs no files
 * beside it. In the start-up snapshot's bundle it is null: the texts would be resident twice
 * for the whole run (in the snapshot's data and in V8's heap), so they are read from the
 * build's precompiled-lib file when a module is imported (precompiled-lib.ts); a module that
 * file does not hold (or all of them, without the file) is looked for in the lib/ folder. Run
 * from the TypeScript sources (vitest), the name is not defined and the files are read from
 * the lib/ folder.
 */
import * as fs from "../host/node-fs.js";
import * as path from "../host/node-path.js";
import { precompiledLibText } from "./precompiled-lib.js";

declare const __GLASSPY_LIB__: Readonly<Record<string, string>> | null | undefined;

const bundled: Readonly<Record<string, string>> | null | undefined = typeof __GLASSPY_LIB__ === "undefined" ? undefined : __GLASSPY_LIB__;

/**
 * The text of `file` if it exists: from the bundle or the precompiled-lib file when `file` lies
 * under `libDir` and the build gave lib/ either way, else from the file system. undefined when
 * there is no such file.
 */
export function readModuleSource(libDir: string, file: string): string | undefined {
  if (bundled === null) {
    const text = precompiledLibText(libDir, file);
    if (text !== undefined) return text;
  } else if (bundled !== undefined) {
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
