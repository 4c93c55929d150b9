// The REPL and Ctrl-C through a real pseudo-terminal (test/cli/pty.ts). Each test is one
// session; every step waits for its text, so the tests do not depend on timing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { bundleCli, removeWork } from "./bundle.js";
import { CTRL_C, CTRL_D, PROMPT, onTerminal as onTerminalWith, type Step } from "./pty.js";

let cli = "";
let work = "";
beforeAll(async () => {
  ({ cli, work } = await bundleCli());
}, 60_000);
afterAll(() => removeWork(work));

const UP = "\x1b[A";

function onTerminal(steps: Step[], args: string[] = [], home?: string) {
  return onTerminalWith(cli, work, steps, args, home);
}

describe("the REPL on a terminal", () => {
  it("prompts, continues compound statements, echoes results and keeps _", () => {
    const t = onTerminal([
      { expect: "(Python 3.11 semantics)" }, PROMPT,
      { send: "x = 6\n" }, PROMPT,
      { send: "x * 7\n" }, { expect: "42\n" }, PROMPT,
      { send: "_ + 1\n" }, { expect: "43\n" }, PROMPT,
      { send: "None\n" }, PROMPT,
      { send: "for i in range(3):\n" }, { expect: "... " },
      { send: "    print('item', i)\n" }, { expect: "... " },
      { send: "\n" }, { expect: "item 0\nitem 1\nitem 2\n" }, PROMPT,
      { send: "1 / 0\n" }, { expect: "ZeroDivisionError: division by zero\n" }, PROMPT,
      { send: "1 +\n" }, { expect: "SyntaxError: invalid syntax\n" }, PROMPT,
      { send: "x\n" }, { expect: "6\n" }, PROMPT,
      { send: "answer = input('name? ')\n" }, { expect: "name? " }, { send: "bob\n" }, PROMPT,
      { send: "answer\n" }, { expect: "'bob'\n" }, PROMPT,
      { send: CTRL_D },
    ]);
    expect(t.status).toBe(0);
    expect(t.output).toContain(">>> None\n>>> for");
    expect(t.output).toContain("Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nZeroDivisionError");
  });

  it("interrupts running code and drops a half-typed line with Ctrl-C", () => {
    const t = onTerminal([
      PROMPT,
      { send: "n = 0\n" }, PROMPT,
      { send: "while True: n += 1\n" }, { expect: "... " }, { send: "\n" },
      { sleep: 0.3 }, { send: CTRL_C },
      { expect: "KeyboardInterrupt\n" }, PROMPT,
      { send: "n > 0\n" }, { expect: "True\n" }, PROMPT,
      { send: "undefined_name" }, { sleep: 0.2 }, { send: CTRL_C },
      { expect: "KeyboardInterrupt\n" }, PROMPT,
      { send: "exit(3)\n" },
    ]);
    expect(t.output).toContain("Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nKeyboardInterrupt\n");
    expect(t.output).not.toContain("NameError");
    expect(t.status).toBe(3);
  });

  it("keeps history across sessions and recalls it with the Up key", () => {
    const home = mkdtempSync(path.join(work, "home-"));
    onTerminal([PROMPT, { send: "'first ' + 'session'\n" }, { expect: "'first session'\n" }, PROMPT, { send: CTRL_D }], ["-q"], home);
    expect(readFileSync(path.join(home, ".glasspy_history"), "utf8")).toBe("'first ' + 'session'\n");
    const t = onTerminal([PROMPT, { send: UP }, { sleep: 0.2 }, { send: "\n" }, { expect: "'first session'\n" }, PROMPT, { send: CTRL_D }], ["-q"], home);
    expect(t.output).not.toContain("glasspy");
  });

  it("completes names, keywords and attributes with Tab", () => {
    const t = onTerminal([
      PROMPT,
      { send: "impo\t" }, { expect: "import " }, { send: "math\n" }, PROMPT,
      { send: "math.sq\t" }, { expect: "math.sqrt(" }, { send: "16)\n" }, { expect: "4.0\n" }, PROMPT,
      { send: "long_variable_name = 5\n" }, PROMPT,
      { send: "long_v\t" }, { expect: "long_variable_name" }, { send: "\n" }, { expect: "5\n" }, PROMPT,
      { send: CTRL_D },
    ]);
    expect(t.status).toBe(0);
  });
});

describe("Ctrl-C while a program runs", () => {
  it("raises KeyboardInterrupt where the program is, and ends by SIGINT when uncaught", () => {
    const file = path.join(work, "spin.py");
    writeFileSync(file, [
      "def spin():",
      "    while True:",
      "        pass",
      "try:",
      "    print('spinning', flush=True)",
      "    spin()",
      "except KeyboardInterrupt:",
      "    print('caught')",
      "finally:",
      "    print('finally')",
      "print('again', flush=True)",
      "while True:",
      "    pass",
      "",
    ].join("\n"));
    const t = onTerminal([
      { expect: "spinning\n" }, { sleep: 0.2 }, { send: CTRL_C }, { expect: "caught\nfinally\nagain\n" },
      { sleep: 0.2 }, { send: CTRL_C }, { expect: "KeyboardInterrupt\n" },
    ], [file]);
    expect(t.output).toContain(`Traceback (most recent call last):\n  File "${file}", line 12, in <module>\n    while True:\nKeyboardInterrupt\n`);
    expect(t.status).toBe(130);
  });
});
