/**
 * `runSlice`, the eval loop's one function: the registers, the dispatch switch with the fast
 * paths, the tail, the general path and the unwinding hand-off. Its design, and why it must
 * stay one function that V8 keeps optimised, is in eval.ts's file comment.
 */
import { PY_RAISED } from "../objects/errors.js";
import { BinaryOp, Op } from "../compile/opcodes.js";
import { Super } from "../compile/superinstructions.js";
import { RangeIter } from "../objects/range.js";
import { Code } from "../objects/code.js";
import { Func } from "../objects/function.js";
import { ManagedDict, Tp } from "../objects/layout.js";
import { Keys } from "../objects/dict-keys.js";
import { addToInsertionOrder } from "../objects/dict-values.js";
import { Cell } from "../objects/cell.js";
import { newTuple, newTupleUnfilled } from "../objects/tuple.js";
import { ListIter, newList, listAppendTakeRef } from "../objects/list.js";
import { dictSetItemTakeRefs } from "../objects/dict.js";
import { contains, getIter, isTrue } from "../objects/abstract.js";
import { F, FrameFlag, Lasti } from "./frame.js";
import { clearFrame, returnGenerator } from "./frame-ops.js";
import { callNative, pushCallFrame, pushSimpleFrame, unpackMethod } from "./call.js";
import type { VMThread } from "./thread.js";
import type { VM } from "./vm.js";
import { concatIntoNextStore, listSliceSubscript, nameAt, releaseRest } from "./eval-helpers.js";
import { execSlow } from "./eval-slow.js";
import { IC, inlineCacheOf, loadAttrMiss, loadGlobalMiss, loadMethodMiss, storeAttrMiss } from "./inline-cache.js";
import { CONSTRUCTED, pushClassCallFrame, checkInitResult, endClassCall } from "./construct.js";
import { sendStep } from "./eval-general.js";
import { unwindException } from "./unwind.js";
import { Compare, Layout, Num, Slice, SmallInt } from "./loop-constants.js";
import {
  fastBinaryOp, floatSumProduct, fastCompare, fastSubscript, fastStoreSubscript, forIterNext, deallocFast,
  newUncachedInt, fastTypes, mediumIntOpValue, oneDigitIntOpValue, intResultBlockDigits,
} from "./fast-paths.js";
import { newIntInBlock } from "../objects/int.js";
import { Jit, jitProbe, jitSignal, runCompiledLoop } from "../jit/tier.js";
import { lshiftBlockDigits } from "../objects/int-blocks.js";

/** How many more slices of this process end at their first check point (Slice.EARLY_ENDS). */
let earlySliceEnds = Slice.EARLY_ENDS;

const methodOut = { bound: false, self: 0 };
const noCache = new Int32Array(0);

/**
 * Run the thread's current frame (and the frames it calls) until the entry frame returns or
 * yields — then give its value — or until Slice.BUDGET check points have passed or the eval
 * breaker is set — then save the running frame's registers in it and give Slice.EXPIRED.
 *
 * Why slices: a loop entered once can only be optimised by V8 through on-stack replacement,
 * and after a deoptimisation it may stay unoptimised for the rest of the run. Returning every
 * few thousand check points makes each slice an ordinary call, optimised and re-optimised
 * normally; it is also where a host gets control back between instructions.
 *
 * (A method of an object literal: the glasspy command's `--turbo-filter=-runSlice` names it,
 * and a minifier renames functions, not property names; eval-loop-tiering.ts.)
 */
export const runSlice = { runSlice(vm: VM, th: VMThread, throwing: boolean): number {
  const rt = vm.rt;
  const i32 = rt.i32;
  const ty = fastTypes(rt);
  const None = ty.None;
  const True = ty.True;
  const False = ty.False;
  const intType = ty.int;
  const floatType = ty.float;
  const smallInts = ty.smallInts;
  const functionType = ty.function;
  const rangeIterType = ty.rangeIterator;
  const listIterType = ty.listIterator;
  const methodType = ty.method;
  const typeType = rt.T.type;
  const tupleType = ty.tuple;
  const listType = ty.list;
  const strType = rt.T.str;
  // vm.sliceBudget is Slice.BUDGET unless the thread scheduler shortens slices (scheduler.ts).
  // The process's first slices end at their first check point (see `earlySliceEnds`), unless
  // the scheduler's deterministic mode counts check points per slice.
  // A check point tests vm.breaker before it counts the budget down: with a budget of 1, a
  // test made second would not run in the early slices, and its first run, later, would
  // deoptimise the loop (see eval.ts's file comment).
  let budget = earlySliceEnds > 0 && vm.scheduler.switchEvery === 0 ? 1 : vm.sliceBudget | 0;
  const startBudget = budget;
  // (0 while the tier probes: every backward jump then calls it, and it does nothing.)
  // (Both operands read every time: an operation first run when the probes end would deoptimise.)
  const jitThreshold = (vm.jitThreshold | 0) & (jitProbe.left > 0 ? 0 : -1);
  let kwnames = 0;
  // Read again after every native call and general path, so tracemalloc.start() and stop()
  // take effect at the next instruction.
  let tracing = rt.heap.tracer !== null;
  // The tail's work (see the file comment).
  let dead = 0;
  let rest1 = 0;
  let rest2 = 0;
  // JUMP_BACKWARD's distance, for the check point that every backward jump shares.
  let back = 0;

  // The running frame's registers (see the file comment).
  let f = 0;
  let code = 0;
  let lp = 0;
  let pc = 0;
  let sp = 0;
  let consts = 0;
  // The inline cache (inline-cache.ts) of the code cacheCode. The key is only ever a code
  // that a frame of this thread holds: whenever the running frame changes (a slice's start,
  // a call, a return, an unwind) the cache of its code is fetched, as the code left may be
  // freed and its address reused. (Fetched there rather than by the first instruction that
  // uses it: that is a call site in each of four instructions, some first reached after V8
  // optimised this function, which would then deoptimise it.)
  let cache: Int32Array = noCache;
  let cacheCode = 0;

  frames: for (;;) {
    // The registers come from the thread's running frame: at the start, after unwinding, and
    // after compiled code left other frames than this one (a compiled callee's).
    f = th.frame | 0;
    code = i32[(f + F.CODE) >> 2];
    lp = (f + F.HEADER) >> 2;
    pc = (((code + Code.CODE) >> 1) + i32[(f + F.LASTI) >> 2] + 1) | 0;
    sp = (lp + 2 * (i32[(code + Code.NLOCALSPLUS) >> 2] + i32[(f + F.STACKTOP) >> 2])) | 0;
    consts = (i32[(code + Code.CONSTS) >> 2] + Layout.TUPLE_ITEMS) >> 2;
    if (cacheCode !== code) cache = inlineCacheOf(rt, (cacheCode = code));
    tracing = rt.heap.tracer !== null;
    try {
      if (throwing) {
        // gen.throw(): the current exception is raised at the suspended yield.
        throwing = false;
        throw PY_RAISED;
      }
      // (No budget left: compiled code ended the slice in another frame than the one it was
      // entered from, which is saved. Tested here, where every slice passes, so that V8 has
      // type feedback for it.)
      if (budget > 0) run: for (;;) {
        const start = pc;
        // While tracemalloc traces, an allocation's traceback needs this frame's instruction,
        // which the fast paths otherwise keep only in `pc`.
        if (tracing) i32[(f + F.LASTI) >> 2] = start - ((code + Code.CODE) >> 1);
        let word = i32[pc >> 1] >> ((pc & 1) << 4);
        pc = (pc + 1) | 0;
        let op = word & 0xff;
        let arg = (word >> 8) & 0xff;
        while (op === Op.EXTENDED_ARG) {
          word = i32[pc >> 1] >> ((pc & 1) << 4);
          pc = (pc + 1) | 0;
          op = word & 0xff;
          arg = (arg << 8) | ((word >> 8) & 0xff);
        }
        backwardJump: {
        switch (op) {
          case Op.NOP:
          case Op.RESUME:
            continue;

          case Op.POP_TOP: {
            sp = (sp - 2) | 0;
            const v = i32[sp];
            if (--i32[v >> 2] !== 0) continue;
            dead = v;
            break;
          }
          case Op.PUSH_NULL:
            i32[sp] = 0;
            sp = (sp + 2) | 0;
            continue;
          case Op.COPY:
          case Super.COPY__COPY__BINARY_SUBSCR: {
            // `c[k] op= v` loads c[k] below the c and k it stores into later (c k -- c k item):
            // BINARY_SUBSCR would release the copies at once, so none is taken. (Else the
            // first COPY runs alone.)
            if (op === Super.COPY__COPY__BINARY_SUBSCR && arg === 2 && ((i32[pc >> 1] >> ((pc & 1) << 4)) & 0xff00) === 0x200) {
              const item = fastSubscript(rt, ty, i32[sp - 4], i32[sp - 2]);
              if (item !== 0) {
                i32[sp] = item;
                sp = (sp + 2) | 0;
                pc = (pc + 2) | 0;
                continue;
              }
            }
            const v = i32[sp - 2 * arg];
            i32[v >> 2]++;
            i32[sp] = v;
            sp = (sp + 2) | 0;
            continue;
          }
          case Op.SWAP:
          case Super.SWAP__SWAP__STORE_SUBSCR: {
            // `c[k] op= v` stores (c k v --): the swaps only bring c and k above v. The
            // references are released as STORE_SUBSCR's: the replaced item, the key, the
            // container. (Else the first SWAP runs alone.)
            if (op === Super.SWAP__SWAP__STORE_SUBSCR && arg === 3 && ((i32[pc >> 1] >> ((pc & 1) << 4)) & 0xff00) === 0x200) {
              const c = i32[sp - 6];
              const k = i32[sp - 4];
              const v = i32[sp - 2];
              const old = fastStoreSubscript(rt, ty, c, k, v);
              if (old !== 0) {
                sp = (sp - 6) | 0;
                pc = (pc + 2) | 0;
                i32[v >> 2]--;
                if (--i32[old >> 2] === 0) {
                  dead = old;
                  rest1 = k;
                  rest2 = c;
                  break;
                }
                if (--i32[k >> 2] === 0) {
                  dead = k;
                  rest1 = c;
                  break;
                }
                if (--i32[c >> 2] !== 0) continue;
                dead = c;
                break;
              }
            }
            const a = i32[sp - 2];
            i32[sp - 2] = i32[sp - 2 * arg];
            i32[sp - 2 * arg] = a;
            continue;
          }

          case Op.LOAD_CONST: {
            const v = i32[consts + 2 * arg];
            i32[v >> 2]++;
            i32[sp] = v;
            sp = (sp + 2) | 0;
            continue;
          }
          case Op.LOAD_FAST: {
            const v = i32[lp + 2 * arg];
            if (v === 0) break;
            i32[v >> 2]++;
            i32[sp] = v;
            sp = (sp + 2) | 0;
            continue;
          }
          case Op.STORE_FAST: {
            sp = (sp - 2) | 0;
            const old = i32[lp + 2 * arg];
            i32[lp + 2 * arg] = i32[sp];
            // The old value's count is written back even when the local was empty (old 0: the
            // NULL word, left as it is), so that the release has type feedback before a local
            // is first replaced, which may come after V8 optimised this function (a site run
            // for the first time then deoptimises it).
            const count = i32[old >> 2] - (old === 0 ? 0 : 1);
            i32[old >> 2] = count;
            if (count !== 0 || old === 0) continue;
            dead = old;
            break;
          }

          // ── superinstructions (compile/superinstructions.ts): the second instruction's
          // oparg is in the next unit, which they skip; when either half cannot be done here,
          // the first runs as itself and the second unit runs on its own after it.
          case Super.LOAD_FAST__LOAD_FAST:
          case Super.LOAD_FAST__LOAD_CONST:
          case Super.LOAD_CONST__LOAD_FAST:
          case Super.STORE_FAST__LOAD_FAST: {
            // The first half: LOAD_FAST, LOAD_CONST or STORE_FAST.
            if (op === Super.STORE_FAST__LOAD_FAST) {
              sp = (sp - 2) | 0;
              const old = i32[lp + 2 * arg];
              i32[lp + 2 * arg] = i32[sp];
              // (Written back for an empty local too: see STORE_FAST.)
              const count = i32[old >> 2] - (old === 0 ? 0 : 1);
              i32[old >> 2] = count;
              if (count === 0 && old !== 0) {
                dead = old;
                break;
              }
            } else {
              const v = op === Super.LOAD_CONST__LOAD_FAST ? i32[consts + 2 * arg] : i32[lp + 2 * arg];
              if (v === 0) {
                op = Op.LOAD_FAST;
                break;
              }
              i32[v >> 2]++;
              i32[sp] = v;
              sp = (sp + 2) | 0;
            }
            // The second half, LOAD_FAST or LOAD_CONST (an unbound local is left to the
            // LOAD_FAST, run on its own).
            const a2 = ((i32[pc >> 1] >> ((pc & 1) << 4)) >> 8) & 0xff;
            const w = op === Super.LOAD_FAST__LOAD_CONST ? i32[consts + 2 * a2] : i32[lp + 2 * a2];
            if (w === 0) continue;
            pc = (pc + 1) | 0;
            i32[w >> 2]++;
            i32[sp] = w;
            sp = (sp + 2) | 0;
            continue;
          }
          case Super.STORE_FAST__STORE_FAST: {
            // (The counts are written back for empty locals too: see STORE_FAST.)
            sp = (sp - 2) | 0;
            const old = i32[lp + 2 * arg];
            i32[lp + 2 * arg] = i32[sp];
            const count = i32[old >> 2] - (old === 0 ? 0 : 1);
            i32[old >> 2] = count;
            if (count === 0 && old !== 0) {
              dead = old;
              break;
            }
            const at = lp + 2 * (((i32[pc >> 1] >> ((pc & 1) << 4)) >> 8) & 0xff);
            pc = (pc + 1) | 0;
            sp = (sp - 2) | 0;
            const old2 = i32[at];
            i32[at] = i32[sp];
            const count2 = i32[old2 >> 2] - (old2 === 0 ? 0 : 1);
            i32[old2 >> 2] = count2;
            if (count2 !== 0 || old2 === 0) continue;
            dead = old2;
            break;
          }
          case Super.COMPARE_OP__POP_JUMP: {
            // COMPARE_OP's fast paths, then the jump on the outcome without making a bool.
            const a = i32[sp - 4];
            const b = i32[sp - 2];
            let t: boolean;
            if (
              i32[(a + Layout.TYPE) >> 2] === intType && i32[(b + Layout.TYPE) >> 2] === intType &&
              i32[(a + Layout.SIZE) >> 2] + 1 >>> 0 <= 2 && i32[(b + Layout.SIZE) >> 2] + 1 >>> 0 <= 2
            ) {
              const x = i32[(a + Layout.SIZE) >> 2] * i32[(a + Layout.INT_DIGIT0) >> 2];
              const y = i32[(b + Layout.SIZE) >> 2] * i32[(b + Layout.INT_DIGIT0) >> 2];
              t = ((Compare.OUTCOMES >> (3 * arg + (x < y ? 0 : x === y ? 1 : 2))) & 1) !== 0;
            } else {
              const r = fastCompare(rt, ty, a, b, arg);
              if (r === 0) {
                op = Op.COMPARE_OP;
                break;
              }
              t = r === True;
              i32[r >> 2]--;
            }
            sp = (sp - 4) | 0;
            const jump = i32[pc >> 1] >> ((pc & 1) << 4);
            const jumpOp = jump & 0xff;
            pc = (pc + 1) | 0;
            let backward = false;
            if (t === (jumpOp === Op.POP_JUMP_FORWARD_IF_TRUE || jumpOp === Op.POP_JUMP_BACKWARD_IF_TRUE)) {
              if (jumpOp === Op.POP_JUMP_FORWARD_IF_FALSE || jumpOp === Op.POP_JUMP_FORWARD_IF_TRUE) {
                pc = (pc + ((jump >> 8) & 0xff)) | 0;
              } else {
                pc = (pc - ((jump >> 8) & 0xff)) | 0;
                backward = true;
              }
            }
            // (With a deallocation to do, the check point is skipped, as in POP_JUMP_*_IF_NONE.)
            if (--i32[a >> 2] === 0) {
              dead = a;
              rest1 = b;
              break;
            }
            if (--i32[b >> 2] === 0) {
              dead = b;
              break;
            }
            if (!backward) continue;
            back = 0;
            break backwardJump;
          }

          case Op.LOAD_GLOBAL: {
            // The cache holds the value while both dicts keep the version tags it saw; else
            // loadGlobalMiss finds it again (from the entry it saw last while the keys tables
            // keep their versions: inline-cache.ts) and fills the cache.
            const gv = i32[(i32[(f + F.GLOBALS) >> 2] + Layout.DICT_VERSION) >> 2];
            const bv = i32[(i32[(f + F.BUILTINS) >> 2] + Layout.DICT_VERSION) >> 2];
            if (cacheCode !== code) cache = inlineCacheOf(rt, (cacheCode = code));
            const c = (pc - 1 - ((code + Code.CODE) >> 1)) << IC.SHIFT;
            let v = cache[c + 2];
            // (Every word is read and compared on a miss too, without a short circuit: a first
            // hit often comes after V8 optimised this function, and an operation that had not
            // run yet would deoptimise it.)
            if (((cache[c] ^ gv) | (cache[c + 1] ^ bv) | (v === 0 ? 1 : 0)) !== 0) {
              v = loadGlobalMiss(rt, cache, c, i32[(f + F.GLOBALS) >> 2], i32[(f + F.BUILTINS) >> 2], nameAt(rt, code, arg >> 1));
            }
            if (arg & 1) {
              i32[sp] = 0;
              sp = (sp + 2) | 0;
            }
            i32[v >> 2]++;
            i32[sp] = v;
            sp = (sp + 2) | 0;
            continue;
          }

          case Op.LOAD_DEREF: {
            const v = i32[(i32[lp + 2 * arg] + Cell.REF) >> 2];
            if (v === 0) break;
            i32[v >> 2]++;
            i32[sp] = v;
            sp = (sp + 2) | 0;
            continue;
          }
          case Op.STORE_DEREF: {
            // The value's reference moves from the stack into the cell.
            const cell = i32[lp + 2 * arg];
            const old = i32[(cell + Cell.REF) >> 2];
            sp = (sp - 2) | 0;
            i32[(cell + Cell.REF) >> 2] = i32[sp];
            if (old === 0 || --i32[old >> 2] !== 0) continue;
            dead = old;
            break;
          }

          case Op.LOAD_ATTR: {
            const owner = i32[sp - 2];
            if (cacheCode !== code) cache = inlineCacheOf(rt, (cacheCode = code));
            const c = (pc - 1 - ((code + Code.CODE) >> 1)) << IC.SHIFT;
            const tag = i32[(i32[(owner + Layout.TYPE) >> 2] + Tp.VERSION_TAG) >> 2];
            let v = 0;
            if (tag !== 0 && (tag === cache[c] || tag === cache[c + IC.ATTR_ENTRY])) {
              // An inline value while the instance has its values, or a __slots__ member
              // (a negative index: minus its offset); see inline-cache.ts.
              const index = cache[tag === cache[c] ? c + 1 : c + IC.ATTR_ENTRY + 1];
              if (index < 0) {
                v = i32[(owner - index) >> 2];
              } else {
                const values = i32[(owner + ManagedDict.VALUES) >> 2];
                if (values !== 0) v = i32[(values + 8 * index) >> 2];
              }
              if (v !== 0) i32[v >> 2]++;
            }
            if (v === 0) {
              // (A property or __getattr__ may have started tracemalloc: LASTI from here on.)
              v = loadAttrMiss(rt, cache, c, owner, nameAt(rt, code, arg));
              tracing = rt.heap.tracer !== null;
            }
            i32[sp - 2] = v;
            if (--i32[owner >> 2] !== 0) continue;
            dead = owner;
            break;
          }
          case Op.LOAD_METHOD: {
            const owner = i32[sp - 2];
            if (cacheCode !== code) cache = inlineCacheOf(rt, (cacheCode = code));
            const c = (pc - 1 - ((code + Code.CODE) >> 1)) << IC.SHIFT;
            const type = i32[(owner + Layout.TYPE) >> 2];
            const tag = i32[(type + Tp.VERSION_TAG) >> 2];
            // A method of the class that the instance cannot shadow (see inline-cache.ts). The
            // entry's words are read, and the method's count written, on a miss too (adding 0;
            // the word is 0, or a method's address): a first hit often comes after V8 optimised
            // this function, and an operation that had not run yet would deoptimise it. (The
            // tags are compared first: a class's tag is 0 until a lookup gives it one, as is an
            // empty entry's, and `tag !== 0` then runs too.)
            const e = tag === cache[c] ? c : c + IC.METHOD_ENTRY;
            const entryTag = cache[e];
            const keys = cache[e + 2];
            const noDict = keys === IC.NO_DICT;
            let m = cache[e + 1];
            const hit = tag === entryTag && tag !== 0 && (
              noDict ||
              (i32[(owner + ManagedDict.VALUES) >> 2] !== 0 && i32[(i32[(type + Tp.HT_CACHED_KEYS) >> 2] + Keys.NENTRIES) >> 2] === keys)
            );
            i32[m >> 2] += hit ? 1 : 0;
            if (!hit) {
              m = loadMethodMiss(rt, cache, c, owner, nameAt(rt, code, arg), methodOut);
              tracing = rt.heap.tracer !== null;
              if (methodOut.bound) {
                sp = (sp + 2) | 0;
                i32[sp - 4] = 0;
                i32[sp - 2] = m;
                if (--i32[owner >> 2] !== 0) continue;
                dead = owner;
                break;
              }
              if (methodOut.self !== 0) {
                // A function found through super(): the instance replaces the super object.
                sp = (sp + 2) | 0;
                i32[sp - 4] = m;
                i32[sp - 2] = methodOut.self;
                if (--i32[owner >> 2] !== 0) continue;
                dead = owner;
                break;
              }
            }
            sp = (sp + 2) | 0;
            i32[sp - 4] = m;
            i32[sp - 2] = owner;
            continue;
          }
          case Op.STORE_ATTR: {
            const owner = i32[sp - 2];
            const v = i32[sp - 4];
            if (cacheCode !== code) cache = inlineCacheOf(rt, (cacheCode = code));
            const c = (pc - 1 - ((code + Code.CODE) >> 1)) << IC.SHIFT;
            const tag = i32[(i32[(owner + Layout.TYPE) >> 2] + Tp.VERSION_TAG) >> 2];
            let index = 0;
            let values = 0;
            if (tag !== 0 && (tag === cache[c] || tag === cache[c + IC.ATTR_ENTRY])) {
              index = cache[tag === cache[c] ? c + 1 : c + IC.ATTR_ENTRY + 1];
              if (index >= 0) values = i32[(owner + ManagedDict.VALUES) >> 2];
            }
            if (index < 0 || values !== 0) {
              // An inline value or a __slots__ member (see inline-cache.ts): the stack's
              // reference to v moves into the values array or the slot; the replaced value
              // is released before the owner.
              const at = index < 0 ? owner - index : values + 8 * index;
              const old = i32[at >> 2];
              i32[at >> 2] = v;
              sp = (sp - 4) | 0;
              if (old === 0) {
                if (index >= 0) addToInsertionOrder(rt, values, index);
              } else if (--i32[old >> 2] === 0) {
                dead = old;
                rest1 = owner;
                break;
              }
              if (--i32[owner >> 2] !== 0) continue;
              dead = owner;
              break;
            }
            storeAttrMiss(rt, cache, c, owner, nameAt(rt, code, arg), v);
            tracing = rt.heap.tracer !== null;
            sp = (sp - 4) | 0;
            if (--i32[owner >> 2] === 0) {
              dead = owner;
              rest1 = v;
              break;
            }
            if (--i32[v >> 2] !== 0) continue;
            dead = v;
            break;
          }

          case Op.UNARY_NOT: {
            const v = i32[sp - 2];
            if (v !== True && v !== False) break;
            const r = v === True ? False : True;
            i32[r >> 2]++;
            i32[v >> 2]--;
            i32[sp - 2] = r;
            continue;
          }
          case Super.BINARY_OP__STORE_FAST:
          case Super.LOAD_FAST__BINARY_OP:
          case Super.LOAD_CONST__BINARY_OP:
          case Super.LOAD_FAST__LOAD_CONST__BINARY_OP:
          case Super.LOAD_FAST__LOAD_FAST__BINARY_OP:
          case Op.BINARY_OP:
          case Op.COMPARE_OP:
          case Op.BINARY_SUBSCR:
          case Op.IS_OP:
          case Op.CONTAINS_OP: {
            // Whether the result goes into the local of the STORE_FAST unit that follows.
            let store = op === Super.BINARY_OP__STORE_FAST;
            if (op > Super.BINARY_OP__STORE_FAST) {
              // The superinstructions that load BINARY_OP's operands first (see LOAD_FAST__LOAD_FAST).
              let v = op === Super.LOAD_CONST__BINARY_OP ? i32[consts + 2 * arg] : i32[lp + 2 * arg];
              if (v === 0) {
                op = Op.LOAD_FAST;
                break;
              }
              i32[v >> 2]++;
              i32[sp] = v;
              sp = (sp + 2) | 0;
              if (op >= Super.LOAD_FAST__LOAD_CONST__BINARY_OP) {
                const a2 = ((i32[pc >> 1] >> ((pc & 1) << 4)) >> 8) & 0xff;
                v = op === Super.LOAD_FAST__LOAD_CONST__BINARY_OP ? i32[consts + 2 * a2] : i32[lp + 2 * a2];
                if (v === 0) continue;
                pc = (pc + 1) | 0;
                i32[v >> 2]++;
                i32[sp] = v;
                sp = (sp + 2) | 0;
              }
              const unit = i32[pc >> 1] >> ((pc & 1) << 4);
              store = (unit & 0xff) === Super.BINARY_OP__STORE_FAST;
              arg = (unit >> 8) & 0xff;
              pc = (pc + 1) | 0;
              if (tracing) i32[(f + F.LASTI) >> 2] = pc - 1 - ((code + Code.CODE) >> 1);
            }
            if (op >= Super.BINARY_OP__STORE_FAST) op = Op.BINARY_OP;
            // (a b -- r): the result replaces a, then a and b are released in that order.
            const a = i32[sp - 4];
            const b = i32[sp - 2];
            let r = 0;
            if (op === Op.BINARY_OP) {
              // + - * & | ^ of one-digit ints (the commonest arithmetic) are done here: the
              // operands are below 2**30 in magnitude, so sums, differences and the bitwise
              // operators are exact in int32 (two's complement agrees with Python's infinite
              // one on them), and a product is exact when it is below 2**53.
              const kind = arg >= BinaryOp.INPLACE_ADD ? arg - BinaryOp.INPLACE_ADD : arg;
              if (
                i32[(a + Layout.TYPE) >> 2] === intType && i32[(b + Layout.TYPE) >> 2] === intType &&
                i32[(a + Layout.SIZE) >> 2] + 2 >>> 0 <= 4 && i32[(b + Layout.SIZE) >> 2] + 2 >>> 0 <= 4
              ) {
                let v = 0;
                let exact = true;
                // The digits CPython asks for the result (int-blocks.ts); 0 for the exact size,
                // which CPython gives every result here but + - * of a multi-digit operand and <<.
                let block = 0;
                if (i32[(a + Layout.SIZE) >> 2] + 1 >>> 0 <= 2 && i32[(b + Layout.SIZE) >> 2] + 1 >>> 0 <= 2) {
                  const x = i32[(a + Layout.SIZE) >> 2] * i32[(a + Layout.INT_DIGIT0) >> 2];
                  const y = i32[(b + Layout.SIZE) >> 2] * i32[(b + Layout.INT_DIGIT0) >> 2];
                  if (kind === BinaryOp.ADD) v = x + y;
                  else if (kind === BinaryOp.SUBTRACT) v = x - y;
                  else if (kind === BinaryOp.AND) v = x & y;
                  else if (kind === BinaryOp.MULTIPLY) {
                    v = x * y;
                    exact = v <= Num.MAX_SAFE && v >= -Num.MAX_SAFE;
                  } else if (kind === BinaryOp.OR) v = x | y;
                  else if (kind === BinaryOp.XOR) v = x ^ y;
                  else {
                    v = oneDigitIntOpValue(x, y, kind);
                    exact = v === v;
                    if (kind === BinaryOp.LSHIFT) block = lshiftBlockDigits(x === 0 ? 0 : 1, y);
                  }
                } else {
                  // Two digits (below 2**53): arithmetic, bitwise operators and shifts in doubles.
                  v = mediumIntOpValue(i32, a, b, kind);
                  exact = v === v;
                  block = intResultBlockDigits(i32, a, b, kind);
                }
                if (!exact) {
                  r = fastBinaryOp(rt, ty, a, b, arg);
                } else if (v >= SmallInt.MIN && v <= SmallInt.MAX) {
                  r = smallInts[v - SmallInt.MIN];
                  i32[r >> 2]++;
                } else {
                  // A new int, made while the operands live: CPython's result never has the
                  // address of an operand or local it replaces (memory/id_reuse_order.py).
                  r = block === 0 ? newUncachedInt(rt, ty, v) : newIntInBlock(rt, v, block);
                }
              } else if (
                i32[(a + Layout.TYPE) >> 2] === floatType && i32[(b + Layout.TYPE) >> 2] === floatType &&
                (kind === BinaryOp.ADD || kind === BinaryOp.MULTIPLY || kind === BinaryOp.SUBTRACT)
              ) {
                // + - * of two floats (the commonest float arithmetic), without fastBinaryOp's dispatch.
                r = floatSumProduct(rt, ty, a, b, kind);
              } else if (
                kind === BinaryOp.ADD && i32[(a + Layout.TYPE) >> 2] === strType && i32[(b + Layout.TYPE) >> 2] === strType &&
                concatIntoNextStore(rt, pc, lp, a, b)
              ) {
                // `s += t` grown into s's local (see concatIntoNextStore): pop both operands
                // without releasing a, whose references went with it, and skip the store.
                sp = (sp - 4) | 0;
                pc = (pc + 1) | 0;
                if (--i32[b >> 2] !== 0) continue;
                dead = b;
                break;
              } else {
                r = fastBinaryOp(rt, ty, a, b, arg);
              }
            } else if (op === Op.COMPARE_OP) {
              if (
                i32[(a + Layout.TYPE) >> 2] === intType && i32[(b + Layout.TYPE) >> 2] === intType &&
                i32[(a + Layout.SIZE) >> 2] + 1 >>> 0 <= 2 && i32[(b + Layout.SIZE) >> 2] + 1 >>> 0 <= 2
              ) {
                // Two one-digit ints (the commonest comparison) are compared here.
                const x = i32[(a + Layout.SIZE) >> 2] * i32[(a + Layout.INT_DIGIT0) >> 2];
                const y = i32[(b + Layout.SIZE) >> 2] * i32[(b + Layout.INT_DIGIT0) >> 2];
                r = ((Compare.OUTCOMES >> (3 * arg + (x < y ? 0 : x === y ? 1 : 2))) & 1) !== 0 ? True : False;
                i32[r >> 2]++;
              } else {
                r = fastCompare(rt, ty, a, b, arg);
              }
            } else if (op === Op.BINARY_SUBSCR) {
              r = fastSubscript(rt, ty, a, b);
            } else {
              r = (op === Op.IS_OP ? a === b : contains(rt, b, a)) !== (arg === 1) ? True : False;
              i32[r >> 2]++;
            }
            if (r === 0) break;
            if (store) {
              // The STORE_FAST: r replaces the local's value; a, b, then that value are released.
              const slot = lp + 2 * (((i32[pc >> 1] >> ((pc & 1) << 4)) >> 8) & 0xff);
              pc = (pc + 1) | 0;
              sp = (sp - 4) | 0;
              const old = i32[slot];
              i32[slot] = r;
              if (--i32[a >> 2] === 0) {
                dead = a;
                rest1 = b;
                rest2 = old;
                break;
              }
              if (--i32[b >> 2] === 0) {
                dead = b;
                rest1 = old;
                break;
              }
              if (old === 0 || --i32[old >> 2] !== 0) continue;
              dead = old;
              break;
            }
            sp = (sp - 2) | 0;
            i32[sp - 2] = r;
            if (--i32[a >> 2] === 0) {
              dead = a;
              rest1 = b;
              break;
            }
            if (--i32[b >> 2] !== 0) continue;
            dead = b;
            break;
          }
          case Op.STORE_SUBSCR: {
            // (v container key --); the list takes its own reference to v. The references are
            // released as before: the replaced item, the key, the container.
            const v = i32[sp - 6];
            const old = fastStoreSubscript(rt, ty, i32[sp - 4], i32[sp - 2], v);
            if (old === 0) break;
            sp = (sp - 6) | 0;
            // The replaced item goes first, inside the store, as list_ass_item releases it.
            i32[v >> 2]--;
            if (--i32[old >> 2] === 0) {
              dead = old;
              rest1 = i32[sp + 4];
              rest2 = i32[sp + 2];
              break;
            }
            if (--i32[i32[sp + 4] >> 2] === 0) {
              dead = i32[sp + 4];
              rest1 = i32[sp + 2];
              break;
            }
            if (--i32[i32[sp + 2] >> 2] !== 0) continue;
            dead = i32[sp + 2];
            break;
          }

          case Op.BUILD_TUPLE:
          case Op.BUILD_LIST: {
            // The new container takes the stack's references to its items.
            const first = sp - 2 * arg;
            let items: number;
            let o: number;
            if (op === Op.BUILD_TUPLE) {
              // Every item word is written below, before anything else runs.
              o = newTupleUnfilled(rt, arg);
              items = (o + Layout.TUPLE_ITEMS) >> 2;
            } else {
              o = newList(rt, arg);
              items = i32[(o + Layout.LIST_ITEMS) >> 2] >> 2;
            }
            for (let i = 0; i < arg; i++) {
              i32[items + 2 * i] = i32[first + 2 * i];
              i32[items + 2 * i + 1] = 0;
            }
            i32[first] = o;
            sp = (first + 2) | 0;
            continue;
          }
          case Super.LIST_APPEND__JUMP_BACKWARD:
          case Op.LIST_APPEND: {
            // The list takes the stack's reference (popped first: on failure the append
            // releases it).
            sp = (sp - 2) | 0;
            listAppendTakeRef(rt, i32[sp - 2 * arg], i32[sp]);
            if (op === Op.LIST_APPEND) continue;
            // The JUMP_BACKWARD.
            pc = (pc + 1 - (((i32[pc >> 1] >> ((pc & 1) << 4)) >> 8) & 0xff)) | 0;
            back = 0;
            break backwardJump;
          }
          case Op.SET_ADD:
          case Op.MAP_ADD: {
            // As LIST_APPEND: the set takes the stack's item, the dict its key and value. One
            // call for both (a set's value is 0), so that the first set comprehension after a
            // dict comprehension runs no path of this loop that V8 has no type feedback for.
            const isMap = op === Op.MAP_ADD;
            sp = (sp - (isMap ? 4 : 2)) | 0;
            dictSetItemTakeRefs(rt, i32[sp - 2 * arg], i32[sp], isMap ? i32[sp + 2] : 0);
            continue;
          }
          case Op.UNPACK_SEQUENCE: {
            const seq = i32[sp - 2];
            const type = i32[(seq + Layout.TYPE) >> 2];
            if ((type !== tupleType && type !== listType) || i32[(seq + Layout.SIZE) >> 2] !== arg) break;
            const items = type === tupleType ? (seq + Layout.TUPLE_ITEMS) >> 2 : i32[(seq + Layout.LIST_ITEMS) >> 2] >> 2;
            if (arg === 2 && ((i32[pc >> 1] >> ((pc & 1) << 4)) & 0xff) === Super.STORE_FAST__STORE_FAST) {
              // `a, b = pair` with its two stores (a STORE_FAST__STORE_FAST): the items go straight
              // into the locals, in the instructions' order: the sequence is released (its items
              // are referenced here, so its dealloc runs no Python code), then each store
              // releases the local's old value. An old value that dies goes to the tail, and the
              // second store then runs on its own.
              const v0 = i32[items];
              const v1 = i32[items + 2];
              i32[v0 >> 2]++;
              i32[v1 >> 2]++;
              sp = (sp - 2) | 0;
              if (--i32[seq >> 2] === 0) deallocFast(rt, ty, seq);
              const at0 = lp + 2 * (((i32[pc >> 1] >> ((pc & 1) << 4)) >> 8) & 0xff);
              pc = (pc + 1) | 0;
              const old0 = i32[at0];
              i32[at0] = v0;
              if (old0 !== 0 && --i32[old0 >> 2] === 0) {
                i32[sp] = v1;
                sp = (sp + 2) | 0;
                dead = old0;
                break;
              }
              const at1 = lp + 2 * (((i32[pc >> 1] >> ((pc & 1) << 4)) >> 8) & 0xff);
              pc = (pc + 1) | 0;
              const old1 = i32[at1];
              i32[at1] = v1;
              if (old1 === 0 || --i32[old1 >> 2] !== 0) continue;
              dead = old1;
              break;
            }
            sp = (sp - 2) | 0;
            for (let i = arg - 1; i >= 0; i--) {
              const v = i32[items + 2 * i];
              i32[v >> 2]++;
              i32[sp] = v;
              sp = (sp + 2) | 0;
            }
            if (--i32[seq >> 2] !== 0) continue;
            dead = seq;
            break;
          }

          case Op.GET_ITER: {
            const v = i32[sp - 2];
            i32[sp - 2] = getIter(rt, v);
            if (--i32[v >> 2] !== 0) continue;
            dead = v;
            break;
          }
          case Super.FOR_ITER__STORE_FAST:
          case Op.FOR_ITER: {
            const it = i32[sp - 2];
            // -1 until a fast path below gives the next item.
            let next = -1;
            const w = it >> 2;
            if (
              i32[w + (Layout.TYPE >> 2)] === rangeIterType && i32[w + (RangeIter.INDEX >> 2) + 1] === 0 &&
              i32[w + (RangeIter.LEN >> 2) + 1] === 0
            ) {
              // A range iterator of the int64 shape with index and length below 2**32 (high
              // words zero): its step, as rangeIterNext takes it.
              const i = i32[w + (RangeIter.INDEX >> 2)] >>> 0;
              if (i < i32[w + (RangeIter.LEN >> 2)] >>> 0) {
                i32[w + (RangeIter.INDEX >> 2)] = i + 1;
                const startLo = i32[w + (RangeIter.START >> 2)] | 0;
                let v: number;
                if (i32[w + (RangeIter.STEP >> 2)] === 1 && i32[w + (RangeIter.STEP >> 2) + 1] === 0 && i32[w + (RangeIter.START >> 2) + 1] === startLo >> 31 && i <= 0x7fffffff) {
                  // Step 1 from an int32 start (most loops): int32 arithmetic, exact unless
                  // the sum wrapped past 2**31 - 1.
                  v = (startLo + i) | 0;
                  if (v < startLo) v = startLo + i;
                } else {
                  const start = i32[w + (RangeIter.START >> 2) + 1] * Num.TWO32 + (startLo >>> 0);
                  const step = i32[w + (RangeIter.STEP >> 2) + 1] * Num.TWO32 + (i32[w + (RangeIter.STEP >> 2)] >>> 0);
                  v = start + i * step;
                }
                if (v >= SmallInt.MIN && v <= SmallInt.MAX) {
                  next = smallInts[v - SmallInt.MIN];
                  i32[next >> 2]++;
                } else {
                  next = newUncachedInt(rt, ty, v);
                }
              }
            } else if (i32[w + (Layout.TYPE >> 2)] === listIterType) {
              // A list iterator's step, as forIterNext takes it; the end is forIterNext's.
              const seq = i32[w + (ListIter.SEQ >> 2)];
              const i = i32[w + (ListIter.INDEX >> 2)];
              if (seq !== 0 && i < i32[(seq + Layout.SIZE) >> 2]) {
                i32[w + (ListIter.INDEX >> 2)] = i + 1;
                next = i32[(i32[(seq + Layout.LIST_ITEMS) >> 2] >> 2) + 2 * i];
                i32[next >> 2]++;
              }
            }
            // Every end (a range's too, which forIterNext gives as 0) and every other iterator
            // take this one call: its first run, at the end of a program's first range loop,
            // gives it type feedback before a list or other iterator first reaches it, which
            // may come after V8 optimised this function (a call site run for the first time then
            // deoptimises it).
            if (next === -1) next = forIterNext(rt, it);
            if (next !== 0) {
              if (op === Op.FOR_ITER) {
                i32[sp] = next;
                sp = (sp + 2) | 0;
                continue;
              }
              // The STORE_FAST: the item replaces the local's value, which is released.
              const slot = lp + 2 * (((i32[pc >> 1] >> ((pc & 1) << 4)) >> 8) & 0xff);
              pc = (pc + 1) | 0;
              const old = i32[slot];
              i32[slot] = next;
              if (old === 0 || --i32[old >> 2] !== 0) continue;
              dead = old;
              break;
            }
            sp = (sp - 2) | 0;
            pc = (pc + arg) | 0;
            if (--i32[it >> 2] !== 0) continue;
            dead = it;
            break;
          }
          case Op.JUMP_FORWARD:
            pc = (pc + arg) | 0;
            continue;
          case Op.JUMP_BACKWARD:
            back = arg;
            break backwardJump;
          case Op.JUMP_BACKWARD_NO_INTERRUPT:
            pc = (pc - arg) | 0;
            continue;
          case Op.POP_JUMP_FORWARD_IF_FALSE:
          case Op.POP_JUMP_FORWARD_IF_TRUE:
          case Op.POP_JUMP_FORWARD_IF_NONE:
          case Op.POP_JUMP_FORWARD_IF_NOT_NONE:
          case Op.POP_JUMP_BACKWARD_IF_FALSE:
          case Op.POP_JUMP_BACKWARD_IF_TRUE:
          case Op.POP_JUMP_BACKWARD_IF_NONE:
          case Op.POP_JUMP_BACKWARD_IF_NOT_NONE: {
            // The opcodes run FALSE, TRUE, NONE, NOT_NONE, forward then backward. For FALSE and
            // TRUE, only bools, exact ints and exact lists and tuples (`if not node`: true when
            // ob_size is not 0) here; execSlow turns any other operand into a bool.
            const v = i32[sp - 2];
            const kind = (op - Op.POP_JUMP_FORWARD_IF_FALSE) & 3;
            let jump: boolean;
            if (kind >= 2) jump = (v === None) === (kind === 2);
            else if (v === True || v === False) jump = (v === True) === (kind === 1);
            else {
              const type = i32[(v + Layout.TYPE) >> 2];
              if (type !== intType && type !== listType && type !== tupleType) break;
              jump = (i32[(v + Layout.SIZE) >> 2] !== 0) === (kind === 1);
            }
            sp = (sp - 2) | 0;
            if (--i32[v >> 2] === 0) dead = v;
            if (jump) {
              if (op < Op.POP_JUMP_BACKWARD_IF_FALSE) {
                pc = (pc + arg) | 0;
              } else {
                pc = (pc - arg) | 0;
                // (With a deallocation to do, the check point is skipped: the slice cannot end
                // with work pending.)
                if (dead === 0) {
                  back = 0;
                  break backwardJump;
                }
              }
            }
            if (dead === 0) continue;
            break;
          }
          case Op.JUMP_IF_FALSE_OR_POP:
          case Op.JUMP_IF_TRUE_OR_POP: {
            // The operand stays when the jump is taken (`a or b` is a), so it is tested here.
            const v = i32[sp - 2];
            const truth = v === True ? true : v === False ? false : isTrue(rt, v);
            if (truth === (op === Op.JUMP_IF_TRUE_OR_POP)) {
              pc = (pc + arg) | 0;
              continue;
            }
            sp = (sp - 2) | 0;
            if (--i32[v >> 2] !== 0) continue;
            dead = v;
            break;
          }

          case Op.KW_NAMES:
            kwnames = i32[consts + 2 * arg];
            continue;
          case Op.CALL: {
            // Stack: (NULL callable args...) or (callable self args...).
            const argsAt = sp - 2 * arg;
            let callable = i32[argsAt - 4];
            let first = argsAt;
            let total = arg;
            if (callable !== 0) {
              first = argsAt - 2;
              total = arg + 1;
            } else {
              callable = i32[argsAt - 2];
              if (i32[(callable + Layout.TYPE) >> 2] === methodType) {
                // (NULL, method) becomes (func, self).
                callable = unpackMethod(rt, argsAt);
                first = argsAt - 2;
                total = arg + 1;
              }
            }
            i32[(f + F.LASTI) >> 2] = pc - 1 - ((code + Code.CODE) >> 1);
            let frame = 0;
            // Where this frame's stack ends once the callee's frame is pushed.
            let callerTop = (argsAt - 4) | 0;
            if (i32[argsAt - 4] === 0 && kwnames === 0 && i32[(callable + Layout.TYPE) >> 2] === typeType) {
              // A class called as (NULL, class, args...): its __init__ frame, when construct.ts
              // can push it; the instance, the call's result, stays on this frame's stack.
              frame = pushClassCallFrame(rt, th, callable, argsAt, arg, sp);
              if (frame === CONSTRUCTED) {
                // Made without running Python code: the instance replaced the NULL and the class.
                sp = (argsAt - 2) | 0;
                if (vm.breaker === 0 && --budget > 0) continue;
                break run;
              }
              if (frame !== 0) callerTop = (argsAt - 2) | 0;
            }
            if (frame === 0) {
              if (i32[(callable + Layout.TYPE) >> 2] !== functionType) {
                // A native callable: its result replaces the call's operands.
                i32[argsAt - 4] = callNative(rt, callable, first, total, kwnames, argsAt - 4, sp);
                sp = (argsAt - 2) | 0;
                kwnames = 0;
                tracing = rt.heap.tracer !== null;
                if (vm.breaker === 0 && --budget > 0) continue;
                break run;
              }
              const fc = i32[(callable + Func.CODE) >> 2];
              if (kwnames === 0 && i32[(fc + Code.CALL_ARGCOUNT) >> 2] === total && th.recursionDepth < rt.recursionLimit) {
                // The common call (call.ts's pushSimpleFrame, written out): the frame takes the
                // stack's references to the function and the arguments.
                frame = th.stack.push(F.HEADER + 8 * i32[(fc + Code.FRAME_WORDS) >> 2]) | 0;
                const w = frame >> 2;
                i32[fc >> 2]++;
                i32[w + (F.CODE >> 2)] = fc;
                i32[w + (F.FUNC >> 2)] = callable;
                i32[w + (F.GLOBALS >> 2)] = i32[(callable + Func.GLOBALS) >> 2];
                i32[w + (F.BUILTINS >> 2)] = i32[(callable + Func.BUILTINS) >> 2];
                i32[w + (F.LOCALS >> 2)] = 0;
                i32[w + (F.PREVIOUS >> 2)] = f;
                i32[w + (F.LASTI >> 2)] = Lasti.FRESH;
                i32[w + (F.STACKTOP >> 2)] = 0;
                i32[w + (F.FLAGS >> 2)] = 0;
                i32[w + (F.FRAMEOBJ >> 2)] = 0;
                th.recursionDepth++;
                for (let i = 0; i < total; i++) i32[w + (F.HEADER >> 2) + 2 * i] = i32[first + 2 * i];
                for (let i = total, n = i32[(fc + Code.NLOCALSPLUS) >> 2]; i < n; i++) i32[w + (F.HEADER >> 2) + 2 * i] = 0;
              }
              // Else the frame takes (or copies and drops) the stack's references to the callable
              // and the arguments; 0 for a coroutine function, which execSlow calls (kwnames kept).
              if (frame === 0 && kwnames === 0) frame = pushSimpleFrame(rt, th, callable, first, total);
              if (frame === 0) {
                i32[(f + F.STACKTOP) >> 2] = ((sp - lp) >> 1) - i32[(code + Code.NLOCALSPLUS) >> 2];
                frame = pushCallFrame(rt, th, callable, first, total, kwnames, argsAt - 4, sp);
                if (frame === 0) break;
              }
              kwnames = 0;
            }
            i32[(f + F.STACKTOP) >> 2] = ((callerTop - lp) >> 1) - i32[(code + Code.NLOCALSPLUS) >> 2];
            th.frame = frame;
            // A new frame starts at its first code unit with an empty stack.
            f = frame | 0;
            code = i32[(f + F.CODE) >> 2];
            lp = (f + F.HEADER) >> 2;
            pc = ((code + Code.CODE) >> 1) | 0;
            sp = (lp + 2 * i32[(code + Code.NLOCALSPLUS) >> 2]) | 0;
            consts = (i32[(code + Code.CONSTS) >> 2] + Layout.TUPLE_ITEMS) >> 2;
            if (cacheCode !== code) cache = inlineCacheOf(rt, (cacheCode = code));
            // The check point, shared with the backward jumps (a frame just pushed is at unit
            // 0, which no loop's head is): it counts the call for the compiled tier, and may
            // run the function compiled whole. A slice that ends there leaves the frame fresh
            // (LASTI -1), for the scheduler.
            back = 0;
            break backwardJump;
          }
          case Op.RETURN_VALUE: {
            sp = (sp - 2) | 0;
            const v = i32[sp];
            const flags = i32[(f + F.FLAGS) >> 2];
            const previous = i32[(f + F.PREVIOUS) >> 2];
            // clearFrame's work while nothing dies: each slot's count drops, in clearFrame's
            // order, until one would reach zero; clearFrame then releases that slot and the
            // rest. The header words of a data-stack frame without a frame object need no
            // clearing: nothing reads them after the pop, and the next push writes them.
            const func = i32[(f + F.FUNC) >> 2];
            const stackBase = (lp + 2 * i32[(code + Code.NLOCALSPLUS) >> 2]) | 0;
            let p = lp;
            for (; p < stackBase; p = (p + 2) | 0) {
              const w = i32[p];
              if (w !== 0) {
                if (i32[w >> 2] === 1) break;
                i32[w >> 2]--;
                i32[p] = 0;
              }
            }
            if (
              p === stackBase && sp === stackBase && (flags & FrameFlag.GENERATOR) === 0 && func !== 0 && i32[func >> 2] > 1 &&
              (i32[(f + F.FRAMEOBJ) >> 2] | i32[(f + F.LOCALS) >> 2]) === 0
            ) {
              // The function outlives the frame, so its code does too.
              i32[func >> 2]--;
              i32[code >> 2]--;
            } else {
              clearFrame(rt, f, (sp - stackBase) >> 1);
            }
            if ((flags & FrameFlag.GENERATOR) === 0) th.stack.pop(f);
            // (frame.ts's recursionLevels, written out: an INIT frame holds its class call's too.)
            th.recursionDepth -= 1 + ((flags & FrameFlag.INIT) >> 2);
            th.frame = previous;
            if ((flags & FrameFlag.ENTRY) !== 0) return v;
            f = previous;
            code = i32[(f + F.CODE) >> 2];
            lp = (f + F.HEADER) >> 2;
            pc = (((code + Code.CODE) >> 1) + i32[(f + F.LASTI) >> 2] + 1) | 0;
            sp = (lp + 2 * (i32[(code + Code.NLOCALSPLUS) >> 2] + i32[(f + F.STACKTOP) >> 2])) | 0;
            consts = (i32[(code + Code.CONSTS) >> 2] + Layout.TUPLE_ITEMS) >> 2;
            if (cacheCode !== code) cache = inlineCacheOf(rt, (cacheCode = code));
            if ((flags & FrameFlag.INIT) !== 0) {
              // The instance is already on the stack: __init__'s value is only checked, once
              // the class call has given back what it held (construct.ts).
              endClassCall(rt, th);
              checkInitResult(rt, v);
              continue;
            }
            i32[sp] = v;
            sp = (sp + 2) | 0;
            continue;
          }

          case Op.RETURN_GENERATOR: {
            // Move this frame into a new generator and return the generator to the caller.
            const isEntry = (i32[(f + F.FLAGS) >> 2] & FrameFlag.ENTRY) !== 0;
            const previous = i32[(f + F.PREVIOUS) >> 2];
            const gen = returnGenerator(rt, th, f, pc - ((code + Code.CODE) >> 1), ((sp - lp) >> 1) - i32[(code + Code.NLOCALSPLUS) >> 2]);
            if (isEntry) return gen;
            f = previous;
            code = i32[(f + F.CODE) >> 2];
            lp = (f + F.HEADER) >> 2;
            pc = (((code + Code.CODE) >> 1) + i32[(f + F.LASTI) >> 2] + 1) | 0;
            sp = (lp + 2 * (i32[(code + Code.NLOCALSPLUS) >> 2] + i32[(f + F.STACKTOP) >> 2])) | 0;
            consts = (i32[(code + Code.CONSTS) >> 2] + Layout.TUPLE_ITEMS) >> 2;
            if (cacheCode !== code) cache = inlineCacheOf(rt, (cacheCode = code));
            i32[sp] = gen;
            sp = (sp + 2) | 0;
            continue;
          }
          case Op.YIELD_VALUE: {
            // A generator frame is always the entry frame of its evalFrame (see VM.genResume).
            sp = (sp - 2) | 0;
            const v = i32[sp];
            i32[(f + F.LASTI) >> 2] = pc - 1 - ((code + Code.CODE) >> 1);
            i32[(f + F.STACKTOP) >> 2] = ((sp - lp) >> 1) - i32[(code + Code.NLOCALSPLUS) >> 2];
            th.frame = i32[(f + F.PREVIOUS) >> 2];
            th.recursionDepth--;
            th.yielded = true;
            return v;
          }
          case Op.SEND: {
            i32[(f + F.LASTI) >> 2] = pc - 1 - ((code + Code.CODE) >> 1);
            if (sendStep(rt, sp)) {
              // The subiterator finished: its result replaced it, and the loop is left.
              sp = (sp - 2) | 0;
              pc = (pc + arg) | 0;
            }
            continue;
          }
          case Op.BUILD_SLICE: {
            // With the subscript that follows, on an exact list: both done, no slice object
            // (listSliceSubscript); else execSlow builds the slice.
            const r = listSliceSubscript(rt, sp, arg, (i32[pc >> 1] >> ((pc & 1) << 4)) & 0xff);
            if (r === 0) break;
            sp = r;
            pc = (pc + 1) | 0;
            continue;
          }

          default:
            break;
        }

        if (dead !== 0) {
          // The tail: deallocate `dead`, then release rest1 and rest2 in turn.
          deallocFast(rt, ty, dead);
          dead = 0;
          if (rest1 !== 0) releaseRest(rt, ty, rest1, rest2);
          rest1 = rest2 = 0;
          // (A __del__ may have started tracemalloc.)
          tracing = rt.heap.tracer !== null;
          continue;
        }

        // The general path: a rare instruction, or a fast path that did not apply.
        i32[(f + F.LASTI) >> 2] = pc - 1 - ((code + Code.CODE) >> 1);
        sp = execSlow(vm, th, f, sp, op, arg, kwnames) | 0;
        // (LASTI moves on when execSlow ran the next instructions too.)
        pc = (((code + Code.CODE) >> 1) + i32[(f + F.LASTI) >> 2] + 1) | 0;
        kwnames = 0;
        tracing = rt.heap.tracer !== null;
        if (op === Op.POP_JUMP_FORWARD_IF_FALSE || op === Op.POP_JUMP_FORWARD_IF_TRUE || op === Op.POP_JUMP_BACKWARD_IF_FALSE || op === Op.POP_JUMP_BACKWARD_IF_TRUE) {
          // execSlow replaced the operand by True or False: run the jump again.
          pc = start;
        }
        continue;
        }
        // A backward jump's check point, shared by every backward jump (the conditional ones
        // and the fused ones have moved pc already, `back` 0; JUMP_BACKWARD moves it here), so
        // that its operations have type feedback as soon as any loop has run: a program's
        // first JUMP_BACKWARD often comes after V8 optimised this function on a `while` loop's
        // conditional jump, and an operation run for the first time then deoptimises it.
        pc = (pc - back) | 0;
        if (vm.breaker === 0) {
          budget = (budget - 1) | 0;
          // The compiled tier (src/jit/tier.ts): the jump's target counts its uses; once hot,
          // its compiled code runs from there, and leaves the frame saved where this loop
          // goes on. (The process's first backward jumps take this path, the call doing
          // nothing, even when the slice ends here, so that it has type feedback early: see
          // tier.ts's jitProbe.)
          const hot = ((pc - ((code + Code.CODE) >> 1)) << IC.SHIFT) + Jit.COUNT_WORD;
          if (++cache[hot] >= jitThreshold) {
            i32[(f + F.LASTI) >> 2] = pc - 1 - ((code + Code.CODE) >> 1);
            i32[(f + F.STACKTOP) >> 2] = ((sp - lp) >> 1) - i32[(code + Code.NLOCALSPLUS) >> 2];
            budget = runCompiledLoop(vm, th, f, code, cache, hot, budget) | 0;
            // Another frame runs now: a compiled callee left (its frame, and its callees', is
            // this loop's now), or a function compiled whole returned to its caller. (A slice
            // that ended there ends at the top of `frames`.)
            if ((th.frame | 0) !== f) continue frames;
            pc = (((code + Code.CODE) >> 1) + i32[(f + F.LASTI) >> 2] + 1) | 0;
            sp = (lp + 2 * (i32[(code + Code.NLOCALSPLUS) >> 2] + i32[(f + F.STACKTOP) >> 2])) | 0;
            tracing = rt.heap.tracer !== null;
          }
          if (budget > 0) continue;
        }
        break run;
      }
      // `break run`: a check point found the budget spent or the eval breaker set. The frame's
      // state is saved: LASTI is the unit before the next one to run (-1 in a frame just
      // pushed), STACKTOP the words on its stack.
      i32[(f + F.LASTI) >> 2] = pc - 1 - ((code + Code.CODE) >> 1);
      i32[(f + F.STACKTOP) >> 2] = ((sp - lp) >> 1) - i32[(code + Code.NLOCALSPLUS) >> 2];
      th.frame = f;
      vm.sliceSpent = startBudget - budget;
      if (earlySliceEnds > 0) earlySliceEnds--;
      return Slice.EXPIRED;
    } catch (error) {
      // Exception unwinding (unwind.ts): it leaves the frame with the handler running, or
      // throws once the entry frame is gone.
      kwnames = 0;
      dead = rest1 = rest2 = 0;
      if (jitSignal.threw) {
        // Raised in compiled code, which saved the frame's LASTI and stack before the call that
        // raised. That frame is the thread's: a compiled callee's, when one raised (its
        // callers are saved at their calls, as the eval loop leaves a caller).
        jitSignal.threw = false;
        f = th.frame | 0;
        code = i32[(f + F.CODE) >> 2];
        lp = (f + F.HEADER) >> 2;
        pc = (((code + Code.CODE) >> 1) + i32[(f + F.LASTI) >> 2] + 1) | 0;
        sp = (lp + 2 * (i32[(code + Code.NLOCALSPLUS) >> 2] + i32[(f + F.STACKTOP) >> 2])) | 0;
      }
      unwindException(vm, th, f, pc - 1 - ((code + Code.CODE) >> 1), sp, error);
    }
  }
} }.runSlice;
