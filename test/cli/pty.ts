// glasspy on a real pseudo-terminal: test/cli/pty-driver.py (python3's pty module) runs the
// command, types keys and waits for what should appear. Every step waits for its text, so
// tests do not depend on timing.
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import path from "node:path";
import { root } from "./bundle.js";

export type Step = { expect: string; timeout?: number } | { send: string } | { sleep: number };
export interface Transcript {
  ok: boolean;
  failed: number | null;
  output: string;
  status: number;
}

export const CTRL_C = "\x03";
export const CTRL_D = "\x04";
export const PROMPT = { expect: ">>> " };

/**
 * Run the bundled command `cli` with `args` on a terminal, in `cwd`; HOME is `home` (by default a
 * new folder in `cwd`, removed with it), where the history file goes. Throws, with the output, when a step's text is not seen.
 */
export function onTerminal(cli: string, cwd: string, steps: Step[], args: string[] = [], home = mkdtempSync(path.join(cwd, "home-"))): Transcript {
  const r = spawnSync("python3", [path.join(root, "test/cli/pty-driver.py"), JSON.stringify(steps), process.execPath, cli, ...args], {
    encoding: "utf8", cwd, env: { ...process.env, HOME: home, TERM: "xterm" }, timeout: 90_000,
  });
  if (r.status !== 0) throw new Error(`pty driver failed: ${r.stderr}`);
  const t = JSON.parse(r.stdout) as Transcript;
  if (!t.ok) throw new Error(`step ${t.failed} (${JSON.stringify(steps[t.failed!])}) not seen; output:\n${t.output}`);
  return t;
}
