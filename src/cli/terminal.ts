/**
 * Where the REPL's lines come from.
 *
 * TerminalLines: a terminal, through node:readline — line editing, history (kept in a file
 * between sessions), Tab completion, Ctrl-C clearing the line, Ctrl-D leaving. While Python
 * code runs, readline is paused and the terminal is back in its ordinary (cooked) mode, so
 * that Ctrl-C makes a SIGINT (which the driver turns into KeyboardInterrupt) and input()
 * reads whole lines.
 *
 * PipeLines: anything else (`glasspy -i < file`): prompts on stderr, as CPython writes them,
 * and lines from the reader input() uses too (src/cli/stdin.ts), waited for without blocking
 * the event loop.
 */
import * as fs from "../host/node-fs.js";
import * as readline from "node:readline";

export const INTERRUPTED = Symbol("interrupted");
export type ReadResult = string | null | typeof INTERRUPTED;

export interface LineSource {
  /** The next line (without newline), null at the end of input, INTERRUPTED after Ctrl-C. */
  read(prompt: string): Promise<ReadResult>;
  /** Ctrl-C that came as a signal while waiting at the prompt. */
  interrupt(): void;
  close(): void;
}

export class PipeLines implements LineSource {
  constructor(
    /** The next line without its newline, null at the end. */
    private readonly reader: () => Promise<string | null>,
    private readonly writePrompt: (text: string) => void,
  ) {}

  async read(prompt: string): Promise<ReadResult> {
    this.writePrompt(prompt);
    return this.reader();
  }

  interrupt(): void {}

  close(): void {}
}

export interface TerminalOptions {
  /** Completions for the text before the cursor: the candidates and the part they replace. */
  completer: (line: string) => [string[], string];
  /** The history file (read at start, rewritten after every line), or undefined for none. */
  historyFile: string | undefined;
  historySize?: number;
}

export class TerminalLines implements LineSource {
  private readonly rl: readline.Interface;
  private readonly queue: ReadResult[] = [];
  private waiting: ((r: ReadResult) => void) | undefined;
  private closed = false;

  constructor(private readonly options: TerminalOptions) {
    const history = options.historyFile !== undefined ? readHistory(options.historyFile) : [];
    this.rl = readline.createInterface({
      input: process.stdin,
      output: process.stdout,
      terminal: true,
      history,
      historySize: options.historySize ?? 1000,
      removeHistoryDuplicates: false,
      tabSize: 4,
      completer: (line: string) => options.completer(line),
    });
    this.rl.on("line", (line) => this.deliver(line));
    this.rl.on("SIGINT", () => this.interrupt());
    this.rl.on("close", () => {
      this.closed = true;
      this.deliver(null);
    });
    this.rl.on("history", (lines: string[]) => {
      if (options.historyFile !== undefined) writeHistory(options.historyFile, lines);
    });
    this.rl.pause();
  }

  read(prompt: string): Promise<ReadResult> {
    if (this.queue.length > 0) return Promise.resolve(this.queue.shift()!);
    if (this.closed) return Promise.resolve(null);
    this.setRaw(true);
    this.rl.setPrompt(prompt);
    this.rl.resume();
    this.rl.prompt();
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }

  /** Ctrl-C at the prompt: the line typed so far is dropped. */
  interrupt(): void {
    const rl = this.rl as unknown as { line: string; cursor: number };
    rl.line = "";
    rl.cursor = 0;
    this.deliver(INTERRUPTED);
  }

  close(): void {
    if (!this.closed) {
      this.closed = true;
      this.rl.close();
    }
    this.setRaw(false);
  }

  private deliver(r: ReadResult): void {
    const waiting = this.waiting;
    if (waiting === undefined) {
      this.queue.push(r);
      return;
    }
    this.waiting = undefined;
    // Python code runs next: cooked mode, so Ctrl-C is a signal and input() reads lines.
    if (!this.closed) this.rl.pause();
    this.setRaw(false);
    waiting(r);
  }

  private setRaw(raw: boolean): void {
    if (process.stdin.isTTY && !process.stdin.destroyed) process.stdin.setRawMode(raw);
  }
}

/** History lines, newest first (readline's order), from a file written oldest first. */
function readHistory(file: string): string[] {
  try {
    return fs.readFileSync(file, "utf8").split("\n").filter((l) => l !== "").reverse();
  } catch {
    return [];
  }
}

function writeHistory(file: string, newestFirst: readonly string[]): void {
  try {
    fs.writeFileSync(file, [...newestFirst].reverse().map((l) => l + "\n").join(""));
  } catch {
    // No history is no reason to fail (a read-only home, say).
  }
}
