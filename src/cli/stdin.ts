/**
 * Standard input read synchronously, one line at a time, for input() and sys.stdin (which
 * block, as in CPython) and for the REPL when standard input is not a terminal: both read
 * through the same reader, so a program and the prompt after it (-i) share one stream.
 */
import * as fs from "node:fs";

/** A line reader: each call gives the next line without its newline, null at the end. */
export type LineReader = () => string | null;

/**
 * `beforeBlocking` runs before each read that may wait: the CLI flushes stdout there, so that
 * input()'s prompt shows before the program waits for the answer.
 */
export function stdinLineReader(beforeBlocking: () => void = () => {}): LineReader {
  let buffered = "";
  let done = false;
  const chunk = Buffer.alloc(65536);
  const pause = new Int32Array(new SharedArrayBuffer(4));
  return () => {
    for (;;) {
      const nl = buffered.indexOf("\n");
      if (nl >= 0) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        return line;
      }
      if (done) {
        if (buffered === "") return null;
        const line = buffered;
        buffered = "";
        return line;
      }
      let n = 0;
      beforeBlocking();
      try {
        n = fs.readSync(0, chunk, 0, chunk.length, null);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === "EAGAIN") {
          // A non-blocking descriptor (a pipe another process set so): wait a little, retry.
          Atomics.wait(pause, 0, 0, 5);
          continue;
        }
        if (code === "EINTR") continue;
        n = 0;
      }
      if (n === 0) done = true;
      else buffered += chunk.toString("utf8", 0, n);
    }
  };
}
