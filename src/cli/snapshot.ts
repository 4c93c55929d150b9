/**
 * The `glasspy` command's start-up snapshot: the entry point of the bundle that the build
 * (scripts/build.mjs) hands to `node --build-snapshot`.
 *
 * Run at build time, it loads the whole CLI, rehearses the command on a small program (so that
 * the functions every program runs have their bytecode in the snapshot) and builds an
 * interpreter — the 173 builtin types, builtins and sys — and V8 writes the resulting JS heap
 * into dist/glasspy.blob. `glasspy` (the script dist/glasspy) starts
 * `node --snapshot-blob dist/glasspy.blob DIST ARGS...`:
 * V8 then deserialises that heap instead of compiling the bundle, running its module
 * initialisers and bootstrapping an interpreter, and calls the function registered here, which
 * runs the command with the snapshot's interpreter (CPython's "deep-frozen" start-up is the
 * same idea).
 *
 * What belongs to the process is set after loading, never baked in: argv, the standard
 * streams, sys.path with the script's folder and lib/ (found from DIST, the folder of the
 * snapshot, which the script passes as the first argument), clocks (Node's performance
 * clock restarts with the process). The interpreter's heap is not in V8's heap either: its
 * used pages travel as an image (snapshot-heap.ts), in a file of its own beside the snapshot
 * (DIST/glasspy-heap.image). Options the snapshot's interpreter was
 * not built with (--heap-layout, --debug-heap) make the command build one, as without a
 * snapshot; the snapshot's interpreter is then simply dropped.
 */
// First: this also installs the loader of the bundle's deferred functions, which the other
// modules' initialisers may call (scripts/defer-cold-functions.mjs).
import { forgetDeferredCode } from "./deferred-code.js";
import * as fs from "../host/node-fs.js";
import * as path from "../host/node-path.js";
import { pathToFileURL } from "node:url";
import * as v8 from "../host/node-v8.js";
import { Interpreter, usesDefaultWorld } from "../index.js";
import type { VM } from "../vm/vm.js";
import { rehearseCommand, startCommand, type PrebuiltVM } from "./main.js";
import { parkHeap, saveHeapImage, unparkHeapFromFile, type SavedHeapImage } from "./snapshot-heap.js";
import { forgetPowWarmUp } from "../objects/float-pow.js";
import { buildId } from "../vm/precompiled-lib.js";
import { keepParserFromOptimisation } from "./parser-tiering.js";

/** The file of this bundle in DIST; libDirectory() finds lib/ from it, as from the plain bundle. */
const SNAPSHOT_BUNDLE = "glasspy-snapshot.cjs";
/** The file in DIST holding the bytes of the snapshot's interpreter heap (snapshot-heap.ts). */
const HEAP_IMAGE_FILE = "glasspy-heap.image";
/** The warm-up's heap: small, in case anything kept it alive into the snapshot. */
const WARM_UP_HEAP_BYTES = 64 << 20;

/**
 * The interpreter the snapshot holds, its heap's image read from `imageFile` (at most once).
 * Without that file (or with another build's) the command builds an interpreter of its own.
 */
function prebuiltFrom(vm: VM, image: SavedHeapImage, imageFile: string): PrebuiltVM {
  let left: SavedHeapImage | undefined = image;
  return (options) => {
    if (left === undefined || !usesDefaultWorld(options)) return undefined;
    const saved = left;
    left = undefined;
    return unparkHeapFromFile(vm.rt, saved, imageFile) ? vm : undefined;
  };
}

/** Where libDirectory() looks for lib/: DIST/../lib. */
function setBundleLocation(dist: string): void {
  // The bundle reads its own location through this global; see scripts/build.mjs.
  (globalThis as { __glasspyBundleUrl?: string }).__glasspyBundleUrl = pathToFileURL(path.join(dist, SNAPSHOT_BUNDLE)).href;
}

/**
 * Run a program (the build's warm-up program, when given one) in a throwaway interpreter,
 * twice, its heap parked and unparked in between through `imageFile` as the snapshot's will be
 * (the snapshot's own image replaces the file afterwards): the same output, a consistent heap
 * and a clean teardown check that every view of the heap followed it — a view kept anywhere
 * the rebinding does not reach would fail here, at build time, and leave glasspy without a
 * snapshot rather than with a broken one. The build gives the program to the first snapshot it
 * makes, which it runs the program from to see which functions to defer, and not to the final
 * one: the bytecode V8 compiles here would be in that snapshot, resident twice in every process
 * (scripts/build.mjs says what that cost).
 */
function warmUp(source: string, imageFile: string): void {
  const outputs: string[] = [];
  let errors = "";
  const interpreter = new Interpreter({
    maxHeapBytes: WARM_UP_HEAP_BYTES, stdout: (text) => { outputs[outputs.length - 1] += text; }, stderr: (text) => { errors += text; },
  });
  const run = () => {
    outputs.push("");
    const status = interpreter.runSource(source, "<warm-up>");
    if (status !== 0) throw new Error(`the snapshot's warm-up program failed (status ${status}):\n${errors}`);
  };
  run();
  const rt = interpreter.vm.rt;
  if (!unparkHeapFromFile(rt, saveHeapImage(parkHeap(rt), imageFile, "warm-up"), imageFile)) throw new Error(`the warm-up's heap image could not be read back from ${imageFile}`);
  run();
  interpreter.vm.rt.heap.verify();
  const { liveBlocks } = interpreter.close();
  if (outputs[0] !== outputs[1] || outputs[0] === "" || liveBlocks !== 0) {
    throw new Error(`the warm-up program ran differently once its heap had moved (${liveBlocks} blocks left):\n${outputs[0]}---\n${outputs[1]}`);
  }
}

/**
 * The builder's arguments (after the bundle): `--warm-up FILE`, a program to run and check the
 * heap's move with (warmUp), and `--rehearse FILE`, the program the command's rehearsal runs
 * (`pass` without it).
 */
function builderArguments(args: readonly string[]): { warmUpFile?: string; rehearsalFile?: string } {
  const found: { warmUpFile?: string; rehearsalFile?: string } = {};
  for (let i = 0; i < args.length; i += 2) {
    if (args[i] === "--warm-up" && args[i + 1] !== undefined) found.warmUpFile = args[i + 1];
    else if (args[i] === "--rehearse" && args[i + 1] !== undefined) found.rehearsalFile = args[i + 1];
    else throw new Error(`the snapshot's builder takes --warm-up FILE and --rehearse FILE, not ${JSON.stringify(args[i])}`);
  }
  return found;
}

function buildSnapshot(): void {
  // At build time process.argv[1] is this bundle; the interpreter's sys.path is replaced later.
  const dist = path.dirname(path.resolve(process.argv[1]));
  setBundleLocation(dist);
  const imageFile = path.join(dist, HEAP_IMAGE_FILE);
  keepParserFromOptimisation();
  const { warmUpFile, rehearsalFile } = builderArguments(process.argv.slice(2));
  if (warmUpFile !== undefined) warmUp(fs.readFileSync(warmUpFile, "utf8"), imageFile);
  // (Node snapshots the heap once the event loop is empty: the rehearsal, asynchronous as the
  // command is, has finished by then; a failure fails the build of the snapshot.)
  rehearseCommand(rehearsalFile === undefined ? undefined : fs.readFileSync(rehearsalFile, "utf8")).catch((error: unknown) => {
    process.stderr.write(`glasspy: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
  const vm = new Interpreter().vm;
  let image: SavedHeapImage | undefined;
  // After everything else the build runs: V8 serialises the heap right after these callbacks.
  v8.startupSnapshot.addSerializeCallback(() => {
    // (The build's id, not a random UUID: node:crypto, loaded for one, would be in the
    // snapshot, eighteen modules that every start deserialises.)
    image = saveHeapImage(parkHeap(vm.rt), imageFile, buildId ?? `${process.pid}-${Date.now()}`);
    forgetPowWarmUp();
    // Last: the deferred functions this builder loaded (the ones only it runs) stay out of the
    // snapshot; a process loads them again if it calls them.
    forgetDeferredCode();
  });
  v8.startupSnapshot.setDeserializeMainFunction(() => {
    setBundleLocation(process.argv[1]);
    startCommand(prebuiltFrom(vm, image!, path.join(process.argv[1], HEAP_IMAGE_FILE)));
  });
}

if (v8.startupSnapshot.isBuildingSnapshot()) {
  buildSnapshot();
} else {
  process.stderr.write(`glasspy: ${SNAPSHOT_BUNDLE} is the start-up snapshot's entry point: build it with node --build-snapshot\n`);
  process.exitCode = 2;
}
