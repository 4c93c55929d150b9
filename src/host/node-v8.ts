/**
 * What glasspy uses of node:v8, for `import * as v8 from "../host/node-v8.js"` (not from
 * "node:v8": the reason is in node-fs.ts).
 */
export { deserialize, serialize, startupSnapshot } from "node:v8";
