// Green threads and the GIL (src/vm/scheduler.ts, docs/threads.md): deterministic switching,
// forced switching by the switch interval, sleeping threads overlapping, deadlock reports,
// nested waits, Ctrl-C with several threads, the default excepthook, teardown, waiting for
// standard input through a host's HostInput.
import { describe, expect, it } from "vitest";
import { Interpreter, type InterpreterOptions } from "../../src/index.js";
import { Session } from "../../src/cli/session.js";
import { SliceDriver } from "../../src/vm/driver.js";
import type { HostInput } from "../../src/vm/thread.js";
import type { InputNeed } from "../../src/objects/textio.js";
import { interleavingThreads, tickerSource } from "./thread-sources.js";

function run(source: string, options: InterpreterOptions = {}): { out: string; err: string; status: number } {
  let out = "";
  let err = "";
  const py = new Interpreter({ ...options, stdout: (t) => (out += t), stderr: (t) => (err += t) });
  const status = py.runSource(source, "<test>");
  expect(py.close().liveBlocks).toBe(0);
  return { out, err, status };
}

const interleave = [
  ...interleavingThreads,
  "a.join(); b.join()",
  "print(''.join(log))",
  "",
].join("\n");

describe("deterministic mode", () => {
  it("gives the same interleaving on every run, switching every N check points", () => {
    const first = run(interleave, { switchEvery: 20 });
    const second = run(interleave, { switchEvery: 20 });
    expect(first.out).toBe(second.out);
    // Each iteration is two check points (the call, the backward jump): 10 per turn.
    expect(first.out).toContain("bbbbbbbbbbaaaaaaaaaabbbbbbbbbb");
    expect(first.out.replace(/\n/, "").length).toBe(120);
  });

  it("counts one check point per backward jump, whatever the loop's jump", () => {
    // Each loop body makes no call, so a turn of 10 check points is 10 iterations (the runs
    // of ten in the middle; the threads' start and end make calls). The loops end with a
    // COMPARE_OP and its jump, a POP_JUMP_BACKWARD_IF_TRUE, a JUMP_BACKWARD after FOR_ITER, and
    // a list comprehension's LIST_APPEND and JUMP_BACKWARD.
    const a = (n: number) => "a".repeat(n);
    const b = (n: number) => "b".repeat(n);
    const loops: [string[], string][] = [
      [["i = 0", "while i < 40:", "    s += name", "    i += 1"], a(30) + b(10) + a(10) + b(30)],
      [["n = 40", "while n:", "    s += name", "    n -= 1"], a(30) + b(10) + a(10) + b(30)],
      [["for i in range(40):", "    s += name"], a(29) + b(9) + a(10) + b(10) + a(1) + b(21)],
      [["[(s := s + name) for i in range(40)]"], a(28) + b(8) + a(10) + b(10) + a(2) + b(22)],
    ];
    for (const [body, expected] of loops) {
      const source = [
        "import threading",
        "s = ''",
        "def tag(name):",
        "    global s",
        ...body.map((line) => "    " + line),
        "a = threading.Thread(target=tag, args=('a',))",
        "b = threading.Thread(target=tag, args=('b',))",
        "a.start(); b.start(); a.join(); b.join()",
        "print(s)",
        "",
      ].join("\n");
      expect(run(source, { switchEvery: 10 }).out).toBe(expected + "\n");
    }
  });

  it("without it a short thread runs to its end before the interval passes", () => {
    expect(run(interleave).out).toBe("a".repeat(60) + "b".repeat(60) + "\n");
  });
});

describe("the GIL", () => {
  it("forces a switch once a waiter has waited the switch interval, and counts it", () => {
    const source = [
      "import threading, sys, glasspy",
      "sys.setswitchinterval(0.001)",
      "def spin():",
      "    n = 0",
      "    while n < 400000:",
      "        n += 1",
      "ts = [threading.Thread(target=spin) for _ in range(2)]",
      "for t in ts: t.start()",
      "for t in ts: t.join()",
      "s = glasspy.gil_stats()",
      "print(s['forced_switches'] > 2, s['switches'] >= s['forced_switches'], s['switch_interval'])",
      "print(sorted(t['name'] for t in s['threads']))",
      "print(all(t['held'] > 0 for t in s['threads'] if t['name'] != 'MainThread'))",
      "print(any(t['waited'] > 0 for t in s['threads']))",
      "",
    ].join("\n");
    expect(run(source).out).toBe("True True 0.001\n['MainThread', 'Thread-1 (spin)', 'Thread-2 (spin)']\nTrue\nTrue\n");
  });

  it("lets sleeping threads overlap, and the process sleeps without spinning", () => {
    const source = [
      "import threading, time",
      "t0 = time.perf_counter(); c0 = time.process_time()",
      "ts = [threading.Thread(target=time.sleep, args=(0.15,)) for _ in range(3)]",
      "for t in ts: t.start()",
      "for t in ts: t.join()",
      "wall = time.perf_counter() - t0; cpu = time.process_time() - c0",
      "print(0.14 < wall < 0.40, cpu < 0.1)",
      "",
    ].join("\n");
    expect(run(source).out).toBe("True True\n");
  });

  it("reports a deadlock with each thread's stack and raises RuntimeError in the main thread", () => {
    const source = [
      "import threading",
      "a = threading.Lock(); b = threading.Lock(); ready = threading.Event()",
      "def f():",
      "    b.acquire()",
      "    ready.set()",
      "    a.acquire()",
      "a.acquire()",
      "threading.Thread(target=f, name='other').start()",
      "ready.wait()",
      "b.acquire()",
      "",
    ].join("\n");
    const r = run(source);
    expect(r.status).toBe(1);
    expect(r.err).toContain("glasspy: deadlock: every thread is blocked and none can wake the others\n");
    expect(r.err).toContain('Thread MainThread, blocked in lock acquire (most recent call last):\n  File "<test>", line 10, in <module>\n');
    expect(r.err).toContain('Thread other, blocked in lock acquire (most recent call last):\n');
    expect(r.err).toContain('  File "<test>", line 6, in f\n');
    expect(r.err).toMatch(/RuntimeError: deadlock: every thread is blocked and none can wake the others \(glasspy\)\n$/);
    expect(r.err.split("glasspy: deadlock").length).toBe(2);
  });

  it("waits inside native code by running the other threads (a contended `with lock` in a generator)", () => {
    const source = [
      "import threading, time",
      "lock = threading.Lock()",
      "out = []",
      "def gen():",
      "    for i in range(3):",
      "        with lock:",
      "            yield i",
      "has_it = threading.Event()",
      "def holder():",
      "    lock.acquire()",
      "    has_it.set()",
      "    time.sleep(0.05)",
      "    out.append('holder done')",
      "    lock.release()",
      "t = threading.Thread(target=holder)",
      "t.start()",
      "has_it.wait()",
      "out.extend(gen())",
      "t.join()",
      "print(out)",
      "",
    ].join("\n");
    expect(run(source).out).toBe("['holder done', 0, 1, 2]\n");
  });

  it("prints the default excepthook's block on stderr", () => {
    const r = run("import threading\ndef f():\n    raise ValueError('boom')\nt = threading.Thread(target=f)\nt.start()\nt.join()\nprint('after')\n");
    expect(r.out).toBe("after\n");
    expect(r.err).toMatch(/^Exception in thread Thread-1 \(f\):\nTraceback \(most recent call last\):\n/);
    expect(r.err).toContain('  File "<test>", line 3, in f\n');
    expect(r.err).toMatch(/ValueError: boom\n$/);
  });

  it("frees the frames of daemon threads still blocked at exit", () => {
    const source = [
      "import threading, time",
      "def forever():",
      "    x = [1, 2, 3]",
      "    threading.Event().wait()",
      "for _ in range(3):",
      "    threading.Thread(target=forever, daemon=True).start()",
      "print(threading.active_count())",
      "",
    ].join("\n");
    expect(run(source).out).toBe("4\n");
  });

  it("a blocking call outside any run waits synchronously", () => {
    expect(run("import time\nt = time.perf_counter()\ntime.sleep(0.02)\nprint(time.perf_counter() - t >= 0.019)\n").out).toBe("True\n");
  });
});

describe("Ctrl-C with several threads", () => {
  /**
   * Run `source`, pressing Ctrl-C (the driver's interrupt) every 100 ms once it has printed
   * "ready" and until it prints anything more: the program is then inside its `try`.
   */
  async function runInterruptedOnceReady(s: Session, out: string[], source: string): Promise<void> {
    const timer = setInterval(() => {
      if (out.join("") === "ready\n") s.driver.interrupt();
      else if (out.length > 0 && out.join("") !== "ready\n") clearInterval(timer);
    }, 100);
    try {
      expect(await s.runProgram(source, "<test>", true)).toEqual({ kind: "ok" });
    } finally {
      clearInterval(timer);
    }
  }

  function session(): { s: Session; out: string[] } {
    const out: string[] = [];
    const s = new Session({ stdout: (t) => out.push(t), stderr: (t) => out.push(t) }, undefined, undefined);
    return { s, out };
  }

  it("raises KeyboardInterrupt in the main thread inside a long loop while another thread runs", async () => {
    const { s, out } = session();
    const source = [
      "import threading",
      "stop = False",
      "def spin():",
      "    while not stop:",
      "        pass",
      "t = threading.Thread(target=spin)",
      "t.start()",
      "print('ready')",
      "try:",
      "    while True:",
      "        pass",
      "except KeyboardInterrupt:",
      "    print('main interrupted')",
      "stop = True",
      "t.join()",
      "print('joined')",
      "",
    ].join("\n");
    await runInterruptedOnceReady(s, out, source);
    expect(out.join("")).toBe("ready\nmain interrupted\njoined\n");
    expect(s.close().liveBlocks).toBe(0);
  });

  it("interrupts the main thread blocked in join", async () => {
    const { s, out } = session();
    const source = [
      "import threading",
      "import time",
      "t = threading.Thread(target=time.sleep, args=(30,), daemon=True)",
      "t.start()",
      "print('ready')",
      "try:",
      "    t.join()",
      "except KeyboardInterrupt:",
      "    print('join interrupted', t.is_alive())",
      "",
    ].join("\n");
    await runInterruptedOnceReady(s, out, source);
    expect(out.join("")).toBe("ready\njoin interrupted True\n");
    expect(s.close().liveBlocks).toBe(0);
  });

  it("sleeps in a timer, not a busy loop, and a Ctrl-C ends the sleep", async () => {
    const { s, out } = session();
    setTimeout(() => s.driver.interrupt(), 100);
    const started = Date.now();
    const outcome = await s.runProgram("import time\ntry:\n    time.sleep(30)\nexcept KeyboardInterrupt:\n    print('woke')\n", "<test>", true);
    expect(outcome).toEqual({ kind: "ok" });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(out.join("")).toBe("woke\n");
    expect(s.close().liveBlocks).toBe(0);
  });
});

/**
 * Standard input a test feeds line by line (`feed`, `end`), as a host provides it: `readLine`
 * is the interpreter's `stdin` option, the rest the scheduler's HostInput.
 */
class FedInput implements HostInput {
  private readonly lines: string[] = [];
  private ended = false;
  private readonly wakers = new Set<() => void>();
  holders = 0;

  feed(line: string): void {
    this.lines.push(line);
    for (const wake of [...this.wakers]) wake();
  }

  end(): void {
    this.ended = true;
    for (const wake of [...this.wakers]) wake();
  }

  readLine = (): string | null => {
    if (this.lines.length > 0) return this.lines.shift()!;
    if (this.ended) return null;
    throw new Error("a read that would block the host");
  };

  has(need: InputNeed): boolean {
    return this.ended || (need === "line" && this.lines.length > 0);
  }

  hold(): void {
    this.holders++;
  }

  release(): void {
    this.holders--;
  }

  onInput(wake: () => void): () => void {
    this.wakers.add(wake);
    return () => this.wakers.delete(wake);
  }

  close(): void {}
}

describe("standard input through a host's HostInput", () => {
  const tickerThenInput = tickerSource(0.005);

  it("parks a thread in input() while the others run, through the embedding API and SliceDriver", async () => {
    const input = new FedInput();
    const out: string[] = [];
    const err: string[] = [];
    const py = new Interpreter({ stdout: (t) => out.push(t), stderr: (t) => err.push(t), stdin: input.readLine });
    py.vm.scheduler.input = input;
    const driver = new SliceDriver(py.vm);
    // The line comes once the ticker has run ten times while the main thread waits.
    const feeder = setInterval(() => {
      if (err.length >= 10 && input.holders === 1) {
        clearInterval(feeder);
        input.feed("bob");
        input.end();
      }
    }, 5);
    const source = [
      ...tickerThenInput,
      "line = input('name? ')",
      "seen = ticks",
      "try:",
      "    input()",
      "except EOFError:",
      "    print('EOFError')",
      "stop.set()",
      "ticker.join()",
      "print(repr(line), seen >= 10)",
      "",
    ].join("\n");
    const code = py.vm.compile(source, "<test>", "exec");
    try {
      expect(await driver.runAsMain(code, "<test>")).toBe(0);
    } finally {
      clearInterval(feeder);
      py.vm.rt.decref(code);
    }
    expect(out.join("")).toBe("name? EOFError\n'bob' True\n");
    expect(input.holders).toBe(0);
    expect(py.close().liveBlocks).toBe(0);
  });

  it("raises KeyboardInterrupt at the input() the main thread waits in", async () => {
    const input = new FedInput();
    const out: string[] = [];
    const s = new Session({ stdout: (t) => out.push(t), stderr: () => {}, stdin: input.readLine }, undefined, undefined);
    s.readInputFrom(input);
    const timer = setInterval(() => {
      if (input.holders === 1) s.driver.interrupt();
    }, 20);
    const source = [...tickerThenInput, "try:", "    input()", "except KeyboardInterrupt:", "    print('interrupted')", "stop.set()", "ticker.join()", "print('joined')", ""].join("\n");
    try {
      expect(await s.runProgram(source, "<test>", true)).toEqual({ kind: "ok" });
    } finally {
      clearInterval(timer);
    }
    expect(out.join("")).toBe("interrupted\njoined\n");
    expect(input.holders).toBe(0);
    expect(s.close().liveBlocks).toBe(0);
  });

  it("polls the input in a synchronous run and under native code, where no event loop runs", () => {
    const input = new FedInput();
    // Each line comes 50 ms after a reader started waiting for it.
    let waitingSince = 0;
    const has = input.has.bind(input);
    input.has = (need) => {
      if (input.holders === 0 || has(need)) return has(need);
      if (waitingSince === 0) waitingSince = Date.now();
      if (Date.now() - waitingSince >= 50) {
        waitingSince = 0;
        input.feed("line");
      }
      return has(need);
    };
    let out = "";
    const py = new Interpreter({ stdout: (t) => (out += t), stdin: input.readLine });
    py.vm.scheduler.input = input;
    const status = py.runSource(
      [
        "import threading, time",
        "ticks = []",
        "t = threading.Thread(target=lambda: [ticks.append(time.sleep(0.01)) for _ in range(20)])",
        "t.start()",
        "a = input()",
        "n = len(ticks)",
        "b = sorted(['x', 'y'], key=lambda k: input() + k)",
        "t.join()",
        "print(a, b, n > 0, len(ticks))",
        "",
      ].join("\n"),
      "<test>",
    );
    expect(status).toBe(0);
    expect(out).toBe("line ['x', 'y'] True 20\n");
    expect(py.close().liveBlocks).toBe(0);
  });
});
