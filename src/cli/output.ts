/**
 * Process output for the CLI: stdout is buffered (as CPython's is when not a terminal) and
 * written synchronously, so nothing is lost when the process exits; stderr is written at
 * once, after flushing stdout so that the two keep their order on a terminal.
 */
import * as fs from "../host/node-fs.js";
import { isTerminal } from "./is-terminal.js";

const FLUSH_AT = 64 * 1024;

export class ProcessOutput {
  private pending: string[] = [];
  private size = 0;
  private readonly interactive = isTerminal(1);
  /** What was written after the last newline, on either stream (the terminal's current line). */
  private tail = "";

  stdout = (text: string): void => {
    this.pending.push(text);
    this.size += text.length;
    if (this.size >= FLUSH_AT || (this.interactive && text.includes("\n"))) this.flush();
  };

  stderr = (text: string): void => {
    this.flush();
    this.noteWritten(text);
    writeAll(2, text);
  };

  flush(): void {
    if (this.size === 0 && this.pending.length === 0) return;
    const text = this.pending.join("");
    this.pending = [];
    this.size = 0;
    this.noteWritten(text);
    writeAll(1, text);
  }

  /**
   * Flush, and give the text of the unfinished last line (then forget it). The REPL puts it
   * before its prompt, as readline redraws the whole line: `print('a', end='')` shows `a>>> `.
   */
  takeUnfinishedLine(): string {
    this.flush();
    const tail = this.tail;
    this.tail = "";
    return tail;
  }

  /** A line was read from a terminal: its echo ended the current line. */
  lineEntered(): void {
    this.tail = "";
  }

  private noteWritten(text: string): void {
    const nl = text.lastIndexOf("\n");
    this.tail = nl < 0 ? this.tail + text : text.slice(nl + 1);
    if (this.tail.length > 200) this.tail = this.tail.slice(-200);
  }
}

function writeAll(fd: number, text: string): void {
  const data = Buffer.from(text, "utf8");
  let off = 0;
  while (off < data.length) {
    try {
      off += fs.writeSync(fd, data, off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "EAGAIN") continue;
      if ((e as NodeJS.ErrnoException).code === "EPIPE") return;
      throw e;
    }
  }
}
