// Python source shared by the thread tests (test/vm/threads.test.ts, test/cli/input.test.ts).

/**
 * A thread that prints `tick N` on stderr every `seconds` until `stop` (an Event) is set. The
 * program then has `sys`, `threading`, `time`, `ticks` (how many so far), `stop` and the
 * started thread `ticker`.
 */
export function tickerSource(seconds: number): string[] {
  return [
    "import sys, threading, time",
    "ticks = 0",
    "stop = threading.Event()",
    "def tick():",
    "    global ticks",
    "    while not stop.is_set():",
    "        ticks += 1",
    "        print('tick', ticks, file=sys.stderr, flush=True)",
    `        time.sleep(${seconds})`,
    "ticker = threading.Thread(target=tick)",
    "ticker.start()",
  ];
}

/**
 * Two started threads `a` and `b` appending 'a' and 'b' to `log` 60 times each, with no
 * blocking call: their interleaving is the scheduler's alone.
 */
export const interleavingThreads: readonly string[] = [
  "import threading",
  "log = []",
  "def tag(name):",
  "    for i in range(60):",
  "        log.append(name)",
  "a = threading.Thread(target=tag, args=('a',))",
  "b = threading.Thread(target=tag, args=('b',))",
  "a.start(); b.start()",
];
