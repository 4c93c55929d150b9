/**
 * What glasspy uses of node:os, for `import * as os from "../host/node-os.js"` (not from
 * "node:os": the reason is in node-fs.ts).
 */
export { homedir } from "node:os";
