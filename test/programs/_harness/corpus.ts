/**
 * The behaviour corpus on disk: its programs and what scripts/record-expected.py recorded for
 * each (see test/programs/README.md). Shared by the two runs of it: in-process through the
 * embedding API (test/programs.test.ts) and through the `glasspy` command
 * (test/cli/snapshot.test.ts).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** test/programs/, with a trailing separator. */
export const CORPUS_ROOT = fileURLToPath(new URL("../", import.meta.url));
/** What the recordings hold in place of the program's folder. */
export const PLACEHOLDER = "<dir>";

export interface Program {
  /** Path relative to test/programs, with "/" separators: the test's name. */
  name: string;
  file: string;
  /** Under a `pending-*` folder: recorded, listed as skipped. */
  pending: boolean;
}

export interface Recording {
  stdout: string;
  stderr: string;
  status: number;
}

/** The programs under `dir` in name order; `_*` files and folders (helpers, harness) left out. */
export function discoverPrograms(dir = CORPUS_ROOT, pending = false): Program[] {
  const programs: Program[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith("_")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      programs.push(...discoverPrograms(path, pending || entry.name.startsWith("pending-")));
    } else if (entry.name.endsWith(".py")) {
      programs.push({ name: relative(CORPUS_ROOT, path).split(sep).join("/"), file: path, pending });
    }
  }
  return programs;
}

function readOptional(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, "utf8") : undefined;
}

function withSuffix(file: string, suffix: string): string {
  return file.replace(/\.py$/, suffix);
}

/** The .args file: one argument per line; a final newline ends the last one. */
export function programArgs(program: Program): string[] {
  const text = readOptional(withSuffix(program.file, ".args"));
  if (text === undefined) return [];
  const lines = text.split("\n");
  return text.endsWith("\n") ? lines.slice(0, -1) : lines;
}

/** The .stdin file, or empty. */
export function programStdin(program: Program): string {
  return readOptional(withSuffix(program.file, ".stdin")) ?? "";
}

/** What CPython did with `program`: its .out, .err (absent: empty) and .status (absent: 0). */
export function recording(program: Program): Recording {
  const stdout = readOptional(withSuffix(program.file, ".out"));
  if (stdout === undefined) {
    throw new Error(`${program.name} has no recorded output: run python3 scripts/record-expected.py`);
  }
  return {
    stdout,
    stderr: readOptional(withSuffix(program.file, ".err")) ?? "",
    status: Number(readOptional(withSuffix(program.file, ".status")) ?? 0),
  };
}

/** `text` with the program's folder `dir` written as the recordings write it. */
export function withPlaceholder(text: string, dir: string): string {
  return text.split(dir).join(PLACEHOLDER);
}
