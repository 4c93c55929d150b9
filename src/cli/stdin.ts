/**
 * Standard input for the command: one buffer that input(), sys.stdin and the REPL (when
 * standard input is not a terminal) all read, so a program and the prompt after it (-i) share
 * one stream.
 *
 * It is read two ways:
 * - synchronously (`readLine`, the interpreter's `rt.io.readLine`): the next line, blocking
 *   the host until it comes — what a read does when it cannot wait otherwise;
 * - without blocking (`has`, the scheduler's HostInput): a thread that would have to wait
 *   parks instead, the other threads run, and the host's event loop reads the input as it
 *   comes (`onInput` wakes the driver's sleep: src/vm/driver.ts).
 *
 * By kind of standard input:
 * - a pipe or socket: process.stdin, read as it comes once a thread first waited (kept from
 *   holding the process open — unref — unless a reader waits). Node then makes descriptor 0
 *   non-blocking, so `has` can also read what is there directly (a nested wait has no event
 *   loop).
 * - a terminal: a tty.ReadStream opened while a reader waits, and closed after each line, so
 *   that lines typed ahead stay in the terminal for whoever reads next (the REPL's readline,
 *   which has process.stdin). The terminal is in its ordinary mode then: it edits and echoes
 *   the line, Ctrl-C is a SIGINT and Ctrl-D an end of input, which ends one read only.
 * - anything else (a file, /dev/null): read synchronously; it never waits.
 */
import * as fs from "../host/node-fs.js";
import * as tty from "node:tty";
import type { Socket } from "node:net";
import { isTerminal } from "./is-terminal.js";
import { StringDecoder } from "node:string_decoder";
import type { HostInput } from "../vm/thread.js";
import type { InputNeed } from "../objects/textio.js";

/** A line reader: each call gives the next line without its newline, null at the end. */
export type LineReader = () => string | null;

type Kind = "pipe" | "terminal" | "file";

/** A blocking read that found nothing on a non-blocking descriptor retries after this long. */
const RETRY_MS = 5;
/** The most one read of descriptor 0 takes. */
const CHUNK_BYTES = 65536;

export class StdinReader implements HostInput {
  /** Decoded input not yet taken. */
  private text = "";
  /** The end of input was seen (on a terminal: once, for one read). */
  private ended = false;
  private readonly decoder = new StringDecoder("utf8");
  /** The buffer reads go to, made at the first read (most programs read no input). */
  private chunk: Buffer | null = null;
  private kind: Kind | undefined;
  /** Descriptor 0 does not block (Node made it so): `has` may read it directly. */
  private nonBlocking = false;
  /** The stream reading as input comes: process.stdin for a pipe, a ReadStream for a terminal. */
  private stream: Socket | null = null;
  /** Readers waiting (hold ... release). */
  private holders = 0;
  private readonly wakers = new Set<() => void>();
  /** What readBlocking waits on, made when first needed (a snapshot's builder has no SharedArrayBuffer). */
  private pause: Int32Array | null = null;

  /**
   * `beforeWaiting` runs before the reader may wait: the CLI flushes stdout there, so that
   * input()'s prompt shows before the program waits for the answer.
   */
  constructor(private readonly beforeWaiting: () => void = () => {}) {}

  /** The next line without its newline, null at the end; blocks the host until it comes. */
  readLine(): string | null {
    if (!this.has("line")) {
      this.beforeWaiting();
      while (!this.satisfies("line")) this.readBlocking();
    }
    return this.takeLine();
  }

  /** Everything to the end of input (a program read from standard input); blocks the host. */
  readAll(): string {
    if (!this.has("all")) {
      this.beforeWaiting();
      while (!this.ended) this.readBlocking();
    }
    const text = this.text;
    this.text = "";
    // A terminal gives one end of input per Ctrl-D: a later read reads again.
    if (this.kind === "terminal") this.ended = false;
    return text;
  }

  /** The next line, waiting for it without blocking the host (the REPL's prompt on a pipe). */
  async nextLine(): Promise<string | null> {
    while (!this.has("line")) {
      this.hold();
      try {
        await new Promise<void>((resolve) => {
          const cancel = this.onInput(() => {
            cancel();
            resolve();
          });
        });
      } finally {
        this.release();
      }
    }
    return this.takeLine();
  }

  // ── HostInput ────────────────────────────────────────────────────────────────────────

  has(need: InputNeed): boolean {
    if (this.satisfies(need)) return true;
    const kind = this.kindOf();
    // A pipe is made non-blocking by opening its stream (read from when a reader waits).
    if (kind === "pipe") this.openStream();
    if (kind === "file" || this.nonBlocking) {
      while (!this.satisfies(need) && this.readSome()) {
        // read what is there
      }
    }
    return this.satisfies(need);
  }

  hold(): void {
    if (this.holders++ === 0) this.beforeWaiting();
    this.startReading();
  }

  release(): void {
    if (--this.holders === 0 && this.wakers.size === 0) this.stopReading();
  }

  onInput(wake: () => void): () => void {
    this.wakers.add(wake);
    this.startReading();
    return () => {
      this.wakers.delete(wake);
      if (this.holders === 0 && this.wakers.size === 0) this.stopReading();
      else if (this.wakers.size === 0) this.stream?.unref();
    };
  }

  /** Stop reading (the command is ending). */
  close(): void {
    this.wakers.clear();
    this.holders = 0;
    this.stopReading();
  }

  // ── the buffer ───────────────────────────────────────────────────────────────────────

  private satisfies(need: InputNeed): boolean {
    if (this.ended) return true;
    if (need === "line") return this.text.includes("\n");
    if (need === "all") return false;
    // n characters, in complete lines (the interpreter reads whole lines).
    const end = this.text.lastIndexOf("\n");
    let n = 0;
    for (const _ of this.text.slice(0, end + 1)) if (++n >= need) return true;
    return need <= 0;
  }

  private takeLine(): string | null {
    const nl = this.text.indexOf("\n");
    if (nl >= 0) {
      const line = this.text.slice(0, nl);
      this.text = this.text.slice(nl + 1);
      return line;
    }
    const rest = this.text;
    this.text = "";
    if (rest !== "") return rest;
    // The end of input. A terminal gives one per Ctrl-D: the next read reads again.
    if (this.kind === "terminal") this.ended = false;
    return null;
  }

  private append(data: Buffer): void {
    this.text += this.decoder.write(data);
  }

  private end(): void {
    if (this.ended) return;
    this.text += this.decoder.end();
    this.ended = true;
  }

  private kindOf(): Kind {
    if (this.kind !== undefined) return this.kind;
    let kind: Kind = "file";
    try {
      if (isTerminal(0)) kind = "terminal";
      else {
        const st = fs.fstatSync(0);
        if (st.isFIFO() || st.isSocket()) kind = "pipe";
      }
    } catch {
      // No standard input: reads find its end.
    }
    this.kind = kind;
    return kind;
  }

  // ── reading the descriptor ───────────────────────────────────────────────────────────

  /** Read what descriptor 0 has; false when it has nothing now (it would block). */
  private readSome(): boolean {
    for (;;) {
      let n = 0;
      const chunk = (this.chunk ??= Buffer.alloc(CHUNK_BYTES));
      try {
        n = fs.readSync(0, chunk, 0, chunk.length, null);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === "EAGAIN") return false;
        if (code === "EINTR") continue;
        n = 0;
      }
      if (n === 0) this.end();
      else this.append(chunk.subarray(0, n));
      return true;
    }
  }

  /** Read one chunk, waiting for it. */
  private readBlocking(): void {
    while (!this.readSome()) {
      // A non-blocking descriptor (a stream was opened on it, or another process set it so):
      // wait a little, retry.
      Atomics.wait((this.pause ??= new Int32Array(new SharedArrayBuffer(4))), 0, 0, RETRY_MS);
    }
  }

  // ── reading as input comes ───────────────────────────────────────────────────────────

  /** Read through a stream until stopped (a terminal's stream stops itself after a line). */
  private startReading(): void {
    const kind = this.kindOf();
    if (kind === "file" || (this.ended && kind !== "terminal")) return;
    this.openStream();
    if (this.wakers.size > 0) this.stream?.ref();
  }

  private stopReading(): void {
    const stream = this.stream;
    if (stream === null) return;
    if (this.kind === "terminal") this.closeTerminalStream();
    else stream.unref();
  }

  private openStream(): void {
    if (this.stream !== null || (this.ended && this.kind !== "terminal")) return;
    if (this.kind === "pipe") {
      // Reads on as long as the process runs; unref'd, it keeps the process open only while
      // the driver waits for input (onInput).
      const stream = process.stdin as Socket;
      this.stream = stream;
      this.nonBlocking = true;
      stream.on("data", (data: Buffer) => this.received(data));
      stream.on("end", () => this.finished());
      stream.on("error", () => this.finished());
      stream.unref();
      return;
    }
    if (this.kind !== "terminal") return;
    // A stream of its own: process.stdin belongs to the REPL's readline. Node reopens the
    // terminal for it and puts the new descriptor at 0, non-blocking.
    const stream = new tty.ReadStream(0);
    this.stream = stream;
    this.nonBlocking = true;
    stream.on("data", (data: Buffer) => {
      // One line per read on a terminal: stop, so that lines typed ahead stay unread.
      this.closeTerminalStream();
      this.received(data);
    });
    stream.on("end", () => {
      this.closeTerminalStream();
      this.finished();
    });
    stream.on("error", () => {
      this.closeTerminalStream();
      this.finished();
    });
  }

  private closeTerminalStream(): void {
    const stream = this.stream;
    if (stream === null) return;
    this.stream = null;
    // What the stream read but did not deliver yet is input too.
    for (let data = stream.read() as Buffer | null; data !== null; data = stream.read() as Buffer | null) this.append(data);
    stream.removeAllListeners("data");
    stream.removeAllListeners("end");
    stream.removeAllListeners("error");
    stream.on("error", () => {});
    stream.destroy();
  }

  private received(data: Buffer): void {
    this.append(data);
    this.notify();
  }

  private finished(): void {
    this.end();
    this.notify();
  }

  private notify(): void {
    for (const wake of [...this.wakers]) wake();
  }
}
