/**
 * Whether a descriptor is a terminal, as `isatty` says, without loading node:tty when it cannot
 * be one. Node's tty module loads its net module and the streams with it (in a process started
 * from the snapshot that is about 1.5 ms); a pipe or a file is never a terminal, and fstat says
 * which it is at the cost of one system call. Only a character device (a terminal, /dev/null)
 * is asked to `isatty`.
 */
import { fstatSync } from "node:fs";
import { isatty } from "node:tty";

export function isTerminal(fd: number): boolean {
  try {
    if (!fstatSync(fd).isCharacterDevice()) return false;
  } catch {
    // A closed descriptor: isatty would say false as well.
    return false;
  }
  return isatty(fd);
}
