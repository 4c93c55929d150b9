/**
 * The interactive prompt, as CPython 3.11's: `>>> ` and `... ` (sys.ps1 and sys.ps2), one
 * statement at a time compiled in "single" mode (an expression statement's value is shown
 * with repr and kept in `_`, None is not shown), a traceback that never ends the session,
 * Ctrl-C dropping the line being typed or interrupting the running code, Ctrl-D and exit()
 * leaving. Which lines make a statement is decided by src/parse/interactive.ts.
 */
import type { Session } from "./session.js";
import type { ProcessOutput } from "./output.js";
import { INTERRUPTED, type LineSource } from "./terminal.js";
import { classifyInteractive } from "../parse/interactive.js";
import { PY_RAISED } from "../objects/errors.js";
import { lookupAttr, strText } from "../objects/abstract.js";
import { moduleDict } from "../objects/module.js";
import { dictGetItemStr, dictSetItem } from "../objects/dict.js";
import { VERSION } from "./version.js";

export function banner(): string {
  return `glasspy ${VERSION} (Python 3.11 semantics) on ${process.platform}\nType "exit()" or press Ctrl-D to leave.\n`;
}

export interface ReplOptions {
  readonly lines: LineSource;
  readonly output: ProcessOutput;
  readonly showBanner: boolean;
  /** At the end of input: a newline on stdout (a terminal) or on stderr (prompts there). */
  readonly eofNewlineOnStderr: boolean;
  /** The line source redraws the terminal's whole line with the prompt (readline does). */
  readonly redrawsLine: boolean;
}

/** Run the prompt until Ctrl-D or exit(); resolves to the exit status. */
export async function runRepl(session: Session, options: ReplOptions): Promise<number> {
  const { lines: source, output } = options;
  setPromptDefaults(session);
  if (options.showBanner) output.stderr(banner());
  let lines: string[] = [];
  for (;;) {
    const prompt = promptText(session, lines.length === 0 ? "ps1" : "ps2");
    const line = await source.read(options.redrawsLine ? output.takeUnfinishedLine() + prompt : (output.flush(), prompt));
    if (line === null) {
      if (options.eofNewlineOnStderr) output.stderr("\n");
      else output.stdout("\n");
      output.flush();
      return 0;
    }
    if (line === INTERRUPTED) {
      output.stderr("\nKeyboardInterrupt\n");
      lines = [];
      continue;
    }
    lines.push(line);
    const input = classifyInteractive(lines);
    if (input.kind === "incomplete") continue;
    lines = [];
    if (input.kind === "empty") continue;
    if (input.kind === "error") {
      session.reportSyntaxError(input.error);
      continue;
    }
    const code = session.compile(input.source, "<stdin>", "single", false);
    if (code === 0) continue;
    try {
      const outcome = await session.run(code);
      if (outcome.kind === "exit") return outcome.status;
    } finally {
      session.vm.rt.decref(code);
    }
  }
}

/** sys.ps1 and sys.ps2, set when missing (CPython sets them for interactive mode). */
function setPromptDefaults(session: Session): void {
  const rt = session.vm.rt;
  const sysDict = moduleDict(rt, session.vm.sys);
  for (const [name, text] of [["ps1", ">>> "], ["ps2", "... "]]) {
    if (dictGetItemStr(rt, sysDict, rt.identifier(name)) !== 0) continue;
    const s = rt.newStr(text);
    dictSetItem(rt, sysDict, rt.identifier(name), s);
    rt.decref(s);
  }
}

/** str(sys.ps1) or str(sys.ps2); nothing when it is missing or its str() fails. */
function promptText(session: Session, name: "ps1" | "ps2"): string {
  const rt = session.vm.rt;
  const value = lookupAttr(rt, session.vm.sys, rt.identifier(name));
  if (value === 0) return "";
  try {
    return strText(rt, value);
  } catch (e) {
    if (e !== PY_RAISED) throw e;
    rt.setException(0);
    return "";
  } finally {
    rt.decref(value);
  }
}
