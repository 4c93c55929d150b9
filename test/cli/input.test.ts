// Reading standard input releases the GIL (docs/threads.md): a thread waiting in input() or
// sys.stdin parks, the other threads run, the process waits for input when every thread is
// blocked, EOF and Ctrl-C reach the reader. Through real processes: standard input a pipe
// (the test writes lines when it has seen the other threads run) and a terminal (pty.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { bundleCli, removeWork } from "./bundle.js";
import { CTRL_C, CTRL_D, PROMPT, onTerminal } from "./pty.js";
import { interleavingThreads, tickerSource } from "../vm/thread-sources.js";

let cli = "";
let work = "";
beforeAll(async () => {
  ({ cli, work } = await bundleCli());
}, 60_000);
afterAll(() => removeWork(work));

function script(name: string, lines: string[]): string {
  const file = path.join(work, name);
  writeFileSync(file, lines.join("\n") + "\n");
  return file;
}

/** A thread printing `tick N` on stderr every 20 ms until `stop` is set. */
const TICKER = tickerSource(0.02);

/** glasspy with standard input a pipe the test writes to. */
class Run {
  readonly child: ChildProcess;
  stdout = "";
  stderr = "";
  private readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private readonly watchers = new Set<() => void>();

  constructor(args: string[]) {
    this.child = spawn(process.execPath, [cli, ...args], { cwd: work, stdio: ["pipe", "pipe", "pipe"] });
    this.child.stdout!.setEncoding("utf8").on("data", (d: string) => {
      this.stdout += d;
      this.changed();
    });
    this.child.stderr!.setEncoding("utf8").on("data", (d: string) => {
      this.stderr += d;
      this.changed();
    });
    this.exited = new Promise((resolve) => this.child.on("exit", (code, signal) => resolve({ code, signal })));
  }

  /** Resolves when `test()` holds; rejects after `ms` with what was seen. */
  until(test: () => boolean, what: string, ms = 30_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = (): void => {
        if (!test()) return;
        this.watchers.delete(check);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.watchers.delete(check);
        reject(new Error(`${what} not seen; stdout ${JSON.stringify(this.stdout)}, stderr ${JSON.stringify(this.stderr.slice(-300))}`));
      }, ms);
      this.watchers.add(check);
      check();
    });
  }

  /** Wait until stderr shows `n` more ticks than it does now. */
  async ticks(n: number): Promise<void> {
    const before = this.tickCount();
    await this.until(() => this.tickCount() >= before + n, `${n} more ticks`);
  }

  tickCount(): number {
    return (this.stderr.match(/^tick \d+$/gm) ?? []).length;
  }

  write(text: string): void {
    this.child.stdin!.write(text);
  }

  end(): void {
    this.child.stdin!.end();
  }

  async finished(): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    return this.exited;
  }

  /** The process's CPU time so far (user + system, seconds), from /proc; undefined elsewhere. */
  cpuSeconds(): number | undefined {
    const stat = `/proc/${this.child.pid}/stat`;
    if (!existsSync(stat)) return undefined;
    const fields = readFileSync(stat, "utf8").split(") ")[1].split(" ");
    // utime and stime are fields 14 and 15 (1-based) of the whole line, in clock ticks.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  }

  private changed(): void {
    for (const watch of [...this.watchers]) watch();
  }
}

describe("input() with standard input a pipe", () => {
  it("lets the other threads run while the main thread waits for a line", async () => {
    const file = script("input_ticks.py", [
      ...TICKER,
      "line = input('name? ')",
      "seen = ticks",
      "stop.set()",
      "ticker.join()",
      "print('got', repr(line), 'with the ticker running:', seen >= 3)",
    ]);
    const run = new Run([file]);
    // The prompt is written before the wait, then the ticks go on during it.
    await run.until(() => run.stdout === "name? ", "the prompt");
    await run.ticks(3);
    run.write("bob\n");
    run.end();
    expect(await run.finished()).toEqual({ code: 0, signal: null });
    expect(run.stdout).toBe("name? got 'bob' with the ticker running: True\n");
  }, 60_000);

  it("waits for input, without a deadlock report and without spinning, when every thread is blocked", async () => {
    const file = script("input_all_blocked.py", [
      "import threading",
      "lock = threading.Lock()",
      "lock.acquire()",
      "def worker():",
      "    with_lock = lock.acquire()",
      "    print('worker got the lock', with_lock)",
      "t = threading.Thread(target=worker)",
      "t.start()",
      "line = input('? ')",
      "print('main got', line)",
      "lock.release()",
      "t.join()",
    ]);
    const run = new Run([file]);
    await run.until(() => run.stdout === "? ", "the prompt");
    const before = run.cpuSeconds();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const after = run.cpuSeconds();
    // A second of waiting costs (almost) no CPU time: the process sleeps.
    if (before !== undefined && after !== undefined) expect(after - before).toBeLessThan(0.3);
    run.write("x\n");
    run.end();
    expect(await run.finished()).toEqual({ code: 0, signal: null });
    expect(run.stdout).toBe("? main got x\nworker got the lock True\n");
    expect(run.stderr).toBe("");
  }, 60_000);

  it("raises EOFError in the waiting thread at the end of input", async () => {
    const file = script("input_eof.py", [
      ...TICKER,
      "try:",
      "    input()",
      "except EOFError as e:",
      "    print('EOFError:', e)",
      "stop.set()",
      "ticker.join()",
      "print('ticker ran:', ticks >= 3)",
    ]);
    const run = new Run([file]);
    await run.ticks(3);
    run.end();
    expect(await run.finished()).toEqual({ code: 0, signal: null });
    expect(run.stdout).toBe("EOFError: EOF when reading a line\nticker ran: True\n");
  }, 60_000);

  it("parks sys.stdin.readline(), read(), iteration and input() in other threads too", async () => {
    const file = script("stdin_friends.py", [
      ...TICKER,
      "got = []",
      "def reader():",
      "    got.append(input())",
      "r = threading.Thread(target=reader)",
      "r.start()",
      "r.join()",
      "print('thread input:', got, flush=True)",
      "print('readline:', repr(sys.stdin.readline()), flush=True)",
      "for line in sys.stdin:",
      "    print('for:', repr(line), flush=True)",
      "    if line == 'stop\\n':",
      "        break",
      "print('read:', repr(sys.stdin.read()))",
      "stop.set()",
      "ticker.join()",
    ]);
    const run = new Run([file]);
    const steps: [string, string][] = [
      ["one\n", "thread input: ['one']\n"],
      ["two\n", "readline: 'two\\n'\n"],
      ["three\n", "for: 'three\\n'\n"],
      ["stop\n", "for: 'stop\\n'\n"],
    ];
    for (const [line, shown] of steps) {
      // Each read waits while the ticker runs, then gets its line.
      await run.ticks(2);
      run.write(line);
      await run.until(() => run.stdout.endsWith(shown), shown);
    }
    await run.ticks(2);
    run.write("rest 1\n");
    await run.ticks(2);
    run.write("rest 2\n");
    run.end();
    expect(await run.finished()).toEqual({ code: 0, signal: null });
    expect(run.stdout).toBe(steps.map(([, shown]) => shown).join("") + "read: 'rest 1\\nrest 2\\n'\n");
  }, 60_000);

  it("raises KeyboardInterrupt in the main thread on Ctrl-C while it waits", async () => {
    const file = script("input_interrupt.py", [
      ...TICKER,
      "try:",
      "    input('> ')",
      "except KeyboardInterrupt:",
      "    print('interrupted in input')",
      "stop.set()",
      "ticker.join()",
      "input('again> ')",
    ]);
    const run = new Run([file]);
    await run.until(() => run.stdout === "> ", "the prompt");
    await run.ticks(2);
    run.child.kill("SIGINT");
    await run.until(() => run.stdout.endsWith("again> "), "the second prompt");
    // Uncaught, it ends the process by SIGINT, as CPython does.
    run.child.kill("SIGINT");
    expect(await run.finished()).toEqual({ code: null, signal: "SIGINT" });
    expect(run.stdout).toBe("> interrupted in input\nagain> ");
    expect(run.stderr).toMatch(/input\('again> '\)\nKeyboardInterrupt\n$/);
  }, 60_000);

  it("leaves the deterministic mode's interleaving alone", async () => {
    const file = script("input_deterministic.py", [
      ...interleavingThreads,
      "line = input('waiting ')",
      "a.join(); b.join()",
      "print(line, ''.join(log))",
    ]);
    // The line there at once, and the line written once the threads are done.
    const early = new Run(["--switch-every=7", file]);
    early.write("x\n");
    early.end();
    const late = new Run(["--switch-every=7", file]);
    await late.until(() => late.stdout === "waiting ", "the prompt");
    await new Promise((resolve) => setTimeout(resolve, 200));
    late.write("x\n");
    late.end();
    expect(await early.finished()).toEqual({ code: 0, signal: null });
    expect(await late.finished()).toEqual({ code: 0, signal: null });
    expect(late.stdout).toBe(early.stdout);
    const log = early.stdout.split(" ")[2].trim();
    expect(log.length).toBe(120);
    // Switching every 7 check points interleaves the two threads in short runs.
    expect(log.split(/(?<=a)(?=b)|(?<=b)(?=a)/).length).toBeGreaterThan(6);
  }, 60_000);
});

describe("flushing standard output", () => {
  it("print(flush=True) and sys.stdout.flush() write out the command's buffer at once", async () => {
    // Standard output is a pipe, so the command buffers it; the program then sleeps long
    // after its flushes: the text can only be seen now if the flushes wrote it.
    const file = script("flush_now.py", [
      "import sys, time",
      "print('first', flush=True)",
      "sys.stdout.write('second')",
      "sys.stdout.flush()",
      "time.sleep(60)",
    ]);
    const run = new Run([file]);
    try {
      await run.until(() => run.stdout === "first\nsecond", "the flushed text", 20_000);
    } finally {
      run.child.kill("SIGKILL");
    }
    expect((await run.finished()).signal).toBe("SIGKILL");
  });
});

describe("input() on a terminal", () => {
  it("lets the other threads run while it waits; Ctrl-D is EOFError, Ctrl-C KeyboardInterrupt", () => {
    const file = script("terminal_input.py", [
      "import threading, time",
      "stop = threading.Event()",
      "ticks = []",
      "def tick():",
      "    while not stop.is_set():",
      "        ticks.append(1)",
      "        time.sleep(0.02)",
      "t = threading.Thread(target=tick)",
      "t.start()",
      "a = input('first? ')",
      "n = len(ticks)",
      "b = input('second? ')",
      "print('got', repr(a), repr(b), 'ticks while waiting:', n >= 10, len(ticks) > n)",
      "try:",
      "    input('eof? ')",
      "except EOFError:",
      "    print('EOFError')",
      "print('then', repr(input('again? ')))",
      "try:",
      "    input('intr? ')",
      "except KeyboardInterrupt:",
      "    print('KeyboardInterrupt')",
      "stop.set()",
      "t.join()",
    ]);
    const t = onTerminal(cli, work, [
      { expect: "first? " }, { sleep: 0.5 }, { send: "alpha\n" },
      { expect: "second? " }, { sleep: 0.2 }, { send: "beta\n" },
      { expect: "eof? " }, { send: CTRL_D }, { expect: "EOFError\n" },
      { expect: "again? " }, { send: "x\n" },
      { expect: "intr? " }, { send: "half a line" + CTRL_C }, { expect: "KeyboardInterrupt\n" },
    ], [file]);
    expect(t.status).toBe(0);
    expect(t.output).toContain("got 'alpha' 'beta' ticks while waiting: True True\n");
    expect(t.output).toContain("then 'x'\n");
  });

  it("in the REPL: threads run, Ctrl-D and Ctrl-C end the read only, lines typed ahead reach the prompt", () => {
    // Prompts are built by an expression so that the echo of the statement does not show them.
    const t = onTerminal(cli, work, [
      PROMPT, { send: "import threading, time\n" }, PROMPT,
      { send: "ticks = []\n" }, PROMPT,
      { send: "t = threading.Thread(target=lambda: [ticks.append(time.sleep(0.02)) for _ in range(10**6)], daemon=True)\n" }, PROMPT,
      { send: "t.start()\n" }, PROMPT,
      { send: "n = len(ticks); name = input('na' + 'me? '); len(ticks) - n >= 10\n" }, { expect: "name? " },
      { sleep: 0.5 }, { send: "bob\n" }, { expect: "True\n" }, PROMPT,
      { send: "input('e' + 'of? ')\n" }, { expect: "eof? " }, { send: CTRL_D }, { expect: "EOFError: EOF when reading a line\n" }, PROMPT,
      { send: "input('in' + 'tr? ')\n" }, { expect: "intr? " }, { send: CTRL_C }, { expect: "KeyboardInterrupt\n" }, PROMPT,
      { send: "x = input('ahe' + 'ad? ')\n" }, { expect: "ahead? " }, { send: "typed\nname * 2\n" }, { expect: "'bobbob'\n" }, PROMPT,
      { send: "x\n" }, { expect: "'typed'\n" }, PROMPT,
      { send: CTRL_D },
    ], ["-q"]);
    expect(t.status).toBe(0);
  });
});
