// The `glasspy` command's shell script (dist/glasspy), written by scripts/build.mjs; the CLI
// tests write one the same way.

/** A POSIX shell word for `text`. */
function shellQuote(text) {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/**
 * dist/glasspy. It runs the snapshot only when Node would accept it: the `node` found on PATH is
 * the binary that built it and has not changed since (not newer than the snapshot), and
 * NODE_OPTIONS, which may carry V8 flags, is empty. Otherwise, and when the snapshot is
 * missing, it runs dist/glasspy.mjs: the same command, only slower to start. It uses shell
 * built-ins only (readlink only to follow a symbolic link to itself, as npm's bin links are).
 * The snapshot's first argument is dist/'s absolute path: src/cli/snapshot.ts finds lib/ from it,
 * and a word not starting with `-` there keeps Node from reading the user's options as its own.
 * `flags` are the V8 flags the snapshot was built with (scripts/build.mjs, V8_FLAGS), and
 * `nodeOptions` Node's own options for every way of starting (scripts/build.mjs,
 * nodeOptionsFor; not V8's, so not part of what the snapshot must match). The flags'
 * `--stack-size` needs as much of the process's own stack and more: where `ulimit -s` is
 * smaller than twice it, the script runs dist/glasspy.mjs with V8's default stack instead
 * (recursion through native code then stops sooner) rather than let V8 overrun the stack.
 *
 * NODE_EXTRA_CA_CERTS is dropped for the Node process: Node 20 reads the whole file it names
 * at start, before any JavaScript runs, and parses every certificate in it into its root store
 * (with the system bundle there, /etc/ssl/certs/ca-certificates.crt, about 40 ms of CPU: two
 * thirds of `node -e 0`). glasspy makes no TLS connections and Python code does not see
 * Node's environment, so nothing else changes.
 *
 * MALLOC_ARENA_MAX is 1 unless the environment sets it: glibc then serves every thread of the
 * process from one malloc arena. V8 compiles on a helper thread (scripts/build.mjs, V8_FLAGS),
 * and the compiler's memory, freed after each compilation, stayed in that thread's own arena
 * (peak RSS up to 24 MB more: nbody 72.8 → 96.1 MB; with one arena 74.0).
 *
 * MALLOC_TRIM_THRESHOLD_ is 1 MB unless the environment sets it. Left to itself, glibc raises
 * its mmap threshold to the size of any block it had mapped on its own once that block is
 * freed, and its trim threshold to twice that; Node frees its first copy of the snapshot file
 * (5.7 MB) at start, after which freed memory at the top of malloc's heap (the compiler's
 * zones) was no longer given back and blocks of up to 5.7 MB came from the heap. Setting a
 * threshold turns that adjustment off for both (the mmap threshold stays at its 128 KB): peak
 * RSS 0.4-2.9 MB lower (dict_str 67.3 → 64.6 MB, medians of 5). 1 MB rather than the 128 KB
 * default: trimming at 128 KB, alloc_churn gave back and faulted in again the compiler's
 * memory between compilations (414 brk calls instead of 36, 1.028 of its time; at 1 MB, 128
 * calls and 0.998) for the same peaks; list_ops, whose compilations are larger, still takes
 * 1.02 of its time, the suite as a whole 0.998.
 */
export function commandScript(node, flags, nodeOptions = []) {
  const stackFlag = flags.find((f) => f.startsWith("--stack-size=")) ?? "";
  const options = nodeOptions.map((o) => ` ${shellQuote(o)}`).join("");
  const stackNeeded = stackFlag === "" ? 0 : 2 * Number(stackFlag.slice("--stack-size=".length));
  return `#!/bin/sh
# The glasspy command, written by scripts/build.mjs: see scripts/command-script.mjs.
self=$0
while [ -L "$self" ]; do
  link=$(readlink "$self")
  case $link in /*) self=$link ;; *) self=\${self%/*}/$link ;; esac
done
case $self in */*) dist=\${self%/*} ;; *) dist=. ;; esac
case $dist in /*) ;; *) dist=$PWD/$dist ;; esac
node=
saved_ifs=$IFS
IFS=:
set -f
for dir in $PATH; do
  if [ -f "\${dir:-.}/node" ] && [ -x "\${dir:-.}/node" ]; then node=\${dir:-.}/node; break; fi
done
set +f
IFS=$saved_ifs
unset NODE_EXTRA_CA_CERTS
MALLOC_ARENA_MAX=\${MALLOC_ARENA_MAX:-1}
MALLOC_TRIM_THRESHOLD_=\${MALLOC_TRIM_THRESHOLD_:-1048576}
export MALLOC_ARENA_MAX MALLOC_TRIM_THRESHOLD_
stack=$(ulimit -s 2>/dev/null)
case $stack in
  unlimited) stack_ok=1 ;;
  ''|*[!0-9]*) stack_ok= ;;
  *) if [ "$stack" -ge ${stackNeeded} ]; then stack_ok=1; else stack_ok=; fi ;;
esac
if [ -n "$stack_ok" ] && [ -z "$NODE_OPTIONS" ] && [ "$node" = ${shellQuote(node)} ] && [ "$dist/glasspy.blob" -nt "$node" ]; then
  exec "$node"${options}${flags.map((f) => ` ${shellQuote(f)}`).join("")} --snapshot-blob "$dist/glasspy.blob" "$dist" "$@"
fi
${stackFlag === "" ? "" : `if [ -n "$stack_ok" ]; then exec node${options} ${shellQuote(stackFlag)} "$dist/glasspy.mjs" "$@"; fi
`}exec node${options} "$dist/glasspy.mjs" "$@"
`;
}
