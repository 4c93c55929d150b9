/**
 * Runs one test program through the embedding API and reports what a test compares: standard
 * output, standard error, exit status, and the heap blocks still in use after teardown.
 *
 * Shared by the two ways test/programs.test.ts runs programs: inside the vitest worker itself
 * (GLASSPY_PROGRAMS_INPROCESS=1, for debugging) and, by default, inside a worker thread of its own
 * (worker.mjs), which can be terminated when a program hangs.
 */
import { Interpreter } from "../../../src/index.js";

export type HeapLayout = "classic" | "cpython311";

export interface ProgramRun {
  /** Absolute path of the program. */
  file: string;
  /** sys.argv: the program's base name, then the arguments of its .args file. */
  argv: string[];
  /** The whole standard input (the .stdin file, or empty). */
  stdin: string;
  heapLayout: HeapLayout;
  /** The heap debug mode: refcount underflow checks and poisoned frees. */
  debugHeap: boolean;
  /** Run the cycle collector after every GC allocation (GLASSPY_PROGRAMS_GC_STRESS). */
  gcStress?: boolean;
  /** The compiled tier's threshold (Interpreter's jitThreshold; absent: its default). */
  jitThreshold?: number;
  /** The compiled tier's segment size (Interpreter's jitSegmentChars; absent: its default). */
  jitSegmentChars?: number;
  /** The compiled tier's group size (Interpreter's jitGroupChars; absent: its default). */
  jitGroupChars?: number;
}

export interface ProgramResult {
  stdout: string;
  stderr: string;
  status: number;
  liveBlocks: number;
}

export async function runProgram(run: ProgramRun): Promise<ProgramResult> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const interp = new Interpreter({
    heapLayout: run.heapLayout,
    debugHeap: run.debugHeap,
    gcEveryAllocation: run.gcStress ?? false,
    jitThreshold: run.jitThreshold,
    jitSegmentChars: run.jitSegmentChars,
    jitGroupChars: run.jitGroupChars,
    stdout: (s: string) => stdout.push(s),
    stderr: (s: string) => stderr.push(s),
    stdin: run.stdin,
    argv: run.argv,
  });
  let status: number;
  try {
    status = await interp.runFile(run.file);
  } catch (error) {
    // A JS error escaped the interpreter: still tear down, then report the original error.
    try {
      interp.close();
    } catch {
      // The original error is the one worth reporting.
    }
    throw error;
  }
  const { liveBlocks } = interp.close();
  return { stdout: stdout.join(""), stderr: stderr.join(""), status, liveBlocks };
}
