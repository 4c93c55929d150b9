// A worker thread that runs test programs on request, one at a time. The parent terminates it
// when a program takes too long, which a test in the same thread could never do to synchronous code.
import { register } from "node:module";
import { parentPort } from "node:worker_threads";

process.setSourceMapsEnabled(true);
register("./ts-loader.mjs", import.meta.url);
const { runProgram } = await import("./run-program.ts");

parentPort.on("message", async ({ id, run }) => {
  try {
    parentPort.postMessage({ id, result: await runProgram(run) });
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    parentPort.postMessage({ id, error: message });
  }
});
parentPort.postMessage({ ready: true });
