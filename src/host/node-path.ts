/**
 * The functions of node:path that glasspy uses, for `import * as path from "../host/node-path.js"`
 * (not from "node:path": the reason is in node-fs.ts).
 */
export { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
