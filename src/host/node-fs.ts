/**
 * The functions of node:fs that glasspy uses, for `import * as fs from "../host/node-fs.js"`.
 *
 * Not `import * as fs from "node:fs"`: esbuild bundles a namespace import of a CommonJS module
 * (Node's built-in modules are) as a copy of the module with a getter for each of its
 * properties, one copy for each importing file — 1,340 getters and their property pairs in
 * the start-up snapshot, which every start deserialises. Named re-exports are bundled as
 * property reads of one `require`.
 */
export { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync, statSync, writeFileSync, writeSync } from "node:fs";
