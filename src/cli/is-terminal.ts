/**
 * Whether a descriptor is a terminal, as `isatty` says, without loading node:tty when it cannot
 * be one. Node's tty module loads its net module and the streams with it (in a process started
 * from the snapshot that is about 1.5 ms and 0.4 MB); a pipe or a file is never a terminal, and
 * fstat says which it is at the cost of one system call. Nor is /dev/null, the character
 * device programs are most often run with (`> /dev/null`, `< /dev/null`): its device number is
 * asked once. Only another character device is asked to `isatty`.
 */
import { fstatSync, statSync } from "node:fs";
import { isatty } from "node:tty";

/** /dev/null's device number, once looked up (-1 if there is none). */
let devNull: number | undefined;

function devNullDevice(): number {
  if (devNull === undefined) {
    try {
      devNull = statSync("/dev/null").rdev;
    } catch {
      devNull = -1;
    }
  }
  return devNull;
}

export function isTerminal(fd: number): boolean {
  try {
    const stat = fstatSync(fd);
    if (!stat.isCharacterDevice() || stat.rdev === devNullDevice()) return false;
  } catch {
    // A closed descriptor: isatty would say false as well.
    return false;
  }
  return isatty(fd);
}
