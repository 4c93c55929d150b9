/**
 * The instructions of one compiled function, written block by block on EmitterBase's
 * primitives (NumberEmitter's for COMPARE_OP and BINARY_OP, CallEmitter's for LOAD_METHOD and
 * CALL): what each known instruction does in compiled code, and where it leaves.
 */
import { BinaryOp, Op } from "../compile/opcodes.js";
import { Code } from "../objects/code.js";
import { Func } from "../objects/function.js";
import { List, ListIter } from "../objects/list.js";
import { RangeIter } from "../objects/range.js";
import { F } from "../vm/frame.js";
import { IC } from "../vm/inline-cache.js";
import { GcHead, ManagedDict, Ob, Tp } from "../objects/layout.js";
import { FreeListSize } from "../objects/freelists.js";
import { GcPrevFlag } from "../objects/gc-state.js";
import { Layout } from "../vm/loop-constants.js";
import { Inline, W, nullEntry, ownedVar, type Entry } from "./emitter-base.js";
import { effect, isBranch, known, type Instr } from "./bytecode.js";
import { Jit } from "./tier.js";
import { SegmentEmitter } from "./segment-emitter.js";
import { strAppendText } from "./str-append-text.js";
import { strToJs } from "../objects/str-object.js";
import { poolBlockText } from "./pool-block-text.js";
import { SMALL_REQUEST_THRESHOLD } from "../heap/layout.js";

/** Emits the text of blocks; one per compiled function. */
export class BlockEmitter extends SegmentEmitter {
  /**
   * The locals the block being written has stored so far: bound until its end (only
   * DELETE_FAST unbinds a local, and the compiled code leaves at it).
   */
  private readonly storedHere = new Set<number>();

  block(start: number, instrs: ReadonlyMap<number, Instr>, blockStarts: ReadonlySet<number>): string {
    const depth = this.depthAt.get(start);
    this.out = [];
    this.vs = [];
    this.storedHere.clear();
    if (depth === undefined) return "";
    for (let j = 0; j < depth; j++) this.vs.push(ownedVar(`s${j}`));
    let at = start;
    this.pieceStart = 0;
    for (;;) {
      const ins = instrs.get(at)!;
      if (at !== start) this.segmentBefore(ins, instrs, blockStarts);
      if (!known(ins.op)) {
        this.exitAt(ins);
        break;
      }
      const fused = this.instruction(ins, instrs, blockStarts);
      if (fused === -1) break;
      at = fused;
      if (blockStarts.has(at) || !this.depthAt.has(at)) {
        // (The next unit begins another block, or is outside the loop: goto leaves there.)
        if (this.segment !== null) this.endSegment();
        this.goto(at);
        break;
      }
    }
    return `case ${this.blockNumber.get(start)}: {\n${this.out.join("\n")}\n}`;
  }

  /**
   * The block at the head `head` of an inner loop that runs by its own compiled function
   * (compile-loop.ts's `outline`): the stack to the frame, as at a backward jump of the eval
   * loop, then tier.ts's runCompiledLoop for that head (hot at once, unless the tier gave it
   * up: then nothing runs). When it leaves at one of `exits` (a unit of this region, with
   * the stack depth there), this function goes on there; anywhere else, it leaves too.
   */
  innerLoopBlock(head: number, exits: ReadonlyMap<number, number>): string {
    const depth = this.depthAt.get(head)!;
    const hot = (head << IC.SHIFT) + Jit.COUNT_WORD;
    const budget = this.budget;
    const lines = [
      this.blockStackToFrame(depth) +
      ` i32[(f + ${F.LASTI}) >> 2] = ${head - 1}; i32[(f + ${F.STACKTOP}) >> 2] = ${depth};`,
      `if (cache[${hot}] >= 0 && cache[${hot}] < vm.jitThreshold) cache[${hot}] = vm.jitThreshold;`,
      `${budget} = runCompiledLoop(vm, th, f, ${this.code}, cache, ${hot}, ${budget});`,
      `if ((th.frame | 0) !== f || ${budget} <= 0) ${this.returnText(this.leaving)}`,
      `{ const at = i32[(f + ${F.LASTI}) >> 2] + 1, n = i32[(f + ${F.STACKTOP}) >> 2];`,
    ];
    for (const [target, d] of exits) {
      const loads = Array.from({ length: d }, (_, j) => `s${j} = i32[sb + ${2 * j}];`).join(" ");
      lines.push(`if (at === ${target} && n === ${d}) { ${loads} ${this.toBlockText(this.blockNumber.get(target)!, d)} }`);
    }
    lines.push(`}`, this.returnText(this.leaving));
    return `case ${this.blockNumber.get(head)}: {\n${lines.join("\n")}\n}`;
  }

  /**
   * Emit `ins`; returns the unit the block goes on at, or -1 when the block ended (a jump,
   * a branch, an exit). `instrs` and `blockStarts` let a COMPARE_OP take the branch after it.
   */
  private instruction(ins: Instr, instrs: ReadonlyMap<number, Instr>, blockStarts: ReadonlySet<number>): number {
    const { op, arg, next } = ins;
    const i32 = this.rt.i32;
    const ty = this.ty;
    switch (op) {
      case Op.NOP:
      case Op.RESUME:
        return next;
      case Op.POP_TOP:
        this.release(this.pop());
        return next;
      case Op.PUSH_NULL:
        this.push(nullEntry());
        return next;
      case Op.COPY: {
        const e = this.vs[this.vs.length - arg];
        if (e.owned && !e.isNull) {
          this.emit(`i32[${e.v} >> 2]++;`);
          this.push(ownedVar(e.v));
        } else this.push({ ...e });
        return next;
      }
      case Op.SWAP: {
        const top = this.vs.length - 1;
        const other = this.vs.length - arg;
        [this.vs[top], this.vs[other]] = [this.vs[other], this.vs[top]];
        return next;
      }
      case Op.LOAD_CONST: {
        const c = i32[(this.consts + Layout.TUPLE_ITEMS + 8 * arg) >> 2];
        const size = i32[(c + Layout.SIZE) >> 2];
        const oneDigit = i32[(c + Layout.TYPE) >> 2] === ty.int && size >= -1 && size <= 1;
        this.push({
          v: String(c), owned: false, local: -1, intValue: oneDigit ? size * i32[(c + Layout.INT_DIGIT0) >> 2] : NaN, isNull: false,
          constType: i32[(c + Layout.TYPE) >> 2],
        });
        return next;
      }
      case Op.LOAD_FAST: {
        const t = this.fresh();
        this.emit(`const ${t} = i32[lp + ${2 * arg}];`);
        // (UnboundLocalError is the eval loop's to raise; a local this block stored, or a
        // parameter never deleted, is bound.)
        if (!this.storedHere.has(arg) && this.hints.alwaysBound[arg] !== true) this.emit(`if (${t} === 0) ${this.exitText(ins)}`);
        this.push({ v: t, owned: false, local: arg, intValue: NaN, isNull: false, constType: 0, seen: this.hints.seen[arg] ?? 0, small: this.hints.small[arg] === true });
        return next;
      }
      case Op.STORE_FAST: {
        const e = this.pop();
        this.own(e);
        // An entry borrowed from this local loses it: it gets its own reference first.
        for (const other of this.vs) if (!other.owned && other.local === arg) this.own(other);
        const old = this.fresh("o");
        this.emit(`const ${old} = i32[lp + ${2 * arg}]; i32[lp + ${2 * arg}] = ${e.v};`);
        this.emit(`if (${old} !== 0) {`);
        this.decref(old, !this.compact, this.hints.seen[arg] ?? 0);
        this.emit(`}`);
        if ((this.hints.seen[arg] ?? 0) === 0 && (e.seen ?? 0) !== 0) {
          this.hints.seen[arg] = e.seen!;
          this.hints.small[arg] = e.small === true;
        }
        this.storedHere.add(arg);
        return next;
      }
      case Op.LOAD_DEREF: {
        // (Owned: a call made before its use could change the cell.)
        const t = this.fresh();
        this.emit(`const ${t} = i32[(i32[lp + ${2 * arg}] + ${W.CELL_REF}) >> 2];`);
        this.emit(`if (${t} === 0) ${this.exitText(ins)}`);
        this.emit(`i32[${t} >> 2]++;`);
        this.push(ownedVar(t));
        return next;
      }
      case Op.STORE_DEREF: {
        const e = this.pop();
        this.own(e);
        const cell = this.fresh("k");
        const old = this.fresh("o");
        this.emit(`const ${cell} = i32[lp + ${2 * arg}]; const ${old} = i32[(${cell} + ${W.CELL_REF}) >> 2]; i32[(${cell} + ${W.CELL_REF}) >> 2] = ${e.v};`);
        this.emit(`if (${old} !== 0) {`);
        this.decref(old);
        this.emit(`}`);
        return next;
      }
      case Op.LOAD_GLOBAL: {
        // The eval loop's inline cache (inline-cache.ts): the value while both dicts keep their
        // versions; else loadGlobalMiss (which may raise NameError) finds it and fills it.
        const c = ins.at << IC.SHIFT;
        const v = this.fresh("g");
        const name = i32[(i32[(this.code + Code.NAMES) >> 2] + Layout.TUPLE_ITEMS + 8 * (arg >> 1)) >> 2];
        this.emit(
          `let ${v} = cache[${c + 2}]; const ${v}g = i32[(i32[(f + ${F.GLOBALS}) >> 2] + ${Layout.DICT_VERSION}) >> 2], ` +
          `${v}b = i32[(i32[(f + ${F.BUILTINS}) >> 2] + ${Layout.DICT_VERSION}) >> 2];`,
        );
        this.emit(
          `if (((cache[${c}] ^ ${v}g) | (cache[${c + 1}] ^ ${v}b) | (${v} === 0 ? 1 : 0)) !== 0) { ${this.syncText(ins.at)} ` +
          `${v} = loadGlobalMiss(rt, cache, ${c}, i32[(f + ${F.GLOBALS}) >> 2], i32[(f + ${F.BUILTINS}) >> 2], ${name}); ${this.unsyncText()} }`,
        );
        if (arg & 1) this.push(nullEntry());
        this.emit(`i32[${v} >> 2]++;`);
        this.push({ ...ownedVar(v), globalName: strToJs(this.rt, name) });
        return next;
      }
      case Op.LOAD_NAME:
        this.loadName(ins);
        return next;
      case Op.STORE_NAME:
        this.storeName(ins);
        return next;
      case Op.LOAD_ATTR:
        this.loadAttr(ins);
        return next;
      case Op.STORE_ATTR:
        this.storeAttr(ins);
        return next;
      case Op.LOAD_METHOD:
        this.loadMethod(ins);
        return next;
      case Op.KW_NAMES:
        this.kwnames = i32[(this.consts + Layout.TUPLE_ITEMS + 8 * arg) >> 2];
        this.kwnamesAt = ins;
        return next;
      case Op.CALL:
        this.call(ins);
        return next;
      case Op.UNARY_NOT: {
        const e = this.vs[this.vs.length - 1];
        const r = this.fresh("r");
        this.fastOrGeneral(ins, 1, r, [
          `if (${e.v} === ${ty.True}) ${r} = ${ty.False}; else if (${e.v} === ${ty.False}) ${r} = ${ty.True};`,
          `if (${r} !== 0) i32[${r} >> 2]++;`,
        ]);
        return next;
      }
      case Op.UNARY_NEGATIVE: {
        // -x of an exact int of one digit, as long_neg makes it (the small-int cache, else an
        // int of exact size); anything else by the general path.
        const e = this.vs[this.vs.length - 1];
        if (!this.digitTestsCanHold(e)) {
          this.general(ins, 1, 1);
          return next;
        }
        const r = this.fresh("r");
        const v = this.fresh("v");
        this.fastOrGeneral(ins, 1, r, [`if (${this.oneDigitTest(e)}) { const ${v} = -${this.intValueText(e)}; ${this.newIntText(r, v, "0")} }`]);
        return next;
      }
      case Op.UNARY_POSITIVE:
      case Op.UNARY_INVERT:
        this.general(ins, 1, 1);
        return next;
      case Op.MAKE_CELL:
        // A function's first instruction (a cell for a local that closures share): the general path.
        this.general(ins, 0, 0);
        return next;
      case Op.COPY_FREE_VARS: {
        // The closure's cells (such as zero-argument super()'s __class__) into the last `arg`
        // locals, each with its reference, as the eval loop copies them.
        const nlocalsplus = this.rt.i32[(this.code + Code.NLOCALSPLUS) >> 2];
        const copies = Array.from({ length: arg }, (_, k) =>
          `{ const c = i32[(cl + ${Layout.TUPLE_ITEMS + 8 * k}) >> 2]; i32[c >> 2]++; i32[lp + ${2 * (nlocalsplus - arg + k)}] = c; }`);
        this.emit(`{ const cl = i32[(i32[(f + ${F.FUNC}) >> 2] + ${Func.CLOSURE}) >> 2]; ${copies.join(" ")} }`);
        return next;
      }
      case Op.BINARY_OP: {
        const store = instrs.get(next);
        if (
          store !== undefined && store.op === Op.STORE_FAST && store.start === store.at && !blockStarts.has(next) &&
          (arg === BinaryOp.ADD || arg === BinaryOp.INPLACE_ADD)
        ) {
          return this.concatOrAdd(ins, store, instrs, blockStarts);
        }
        this.binaryOp(ins);
        return next;
      }
      case Op.COMPARE_OP: {
        const jump = instrs.get(next);
        if (jump !== undefined && jump.start === jump.at && !blockStarts.has(next) &&
          (jump.op === Op.POP_JUMP_FORWARD_IF_FALSE || jump.op === Op.POP_JUMP_FORWARD_IF_TRUE ||
           jump.op === Op.POP_JUMP_BACKWARD_IF_FALSE || jump.op === Op.POP_JUMP_BACKWARD_IF_TRUE)) {
          this.branch(jump, this.compare(ins, jump));
          return -1;
        }
        const t = this.compare(ins, null);
        this.push(ownedVar(t));
        this.tracingExit(next);
        return next;
      }
      case Op.IS_OP: {
        const b = this.pop();
        const a = this.pop();
        const r = this.fresh("r");
        this.emit(`const ${r} = (${a.v} === ${b.v}) !== ${arg === 1} ? ${ty.True} : ${ty.False}; i32[${r} >> 2]++;`);
        this.releaseInOrder([a, b]);
        this.push(ownedVar(r));
        return next;
      }
      case Op.CONTAINS_OP: {
        // An exact str in an exact dict of str keys by `IN` (no Python code runs); else
        // `contains`, which may run Python code (__contains__, __eq__): synced for it.
        const b = this.vs[this.vs.length - 1];
        const a = this.vs[this.vs.length - 2];
        const r = this.fresh("r");
        const c = this.fresh("c");
        this.emit(`let ${c} = IN(${b.v}, ${a.v});`);
        this.emit(`if (${c} < 0) { ${this.syncText(ins.at)} ${c} = contains(rt, ${b.v}, ${a.v}) ? 1 : 0; ${this.unsyncText()} }`);
        this.emit(`const ${r} = (${c} === 1) !== ${arg === 1} ? ${ty.True} : ${ty.False}; i32[${r} >> 2]++;`);
        this.pop();
        this.pop();
        this.releaseInOrder([a, b]);
        this.push(ownedVar(r));
        this.tracingExit(next);
        return next;
      }
      case Op.BINARY_SUBSCR: {
        const b = this.vs[this.vs.length - 1];
        const a = this.vs[this.vs.length - 2];
        const r = this.fresh("r");
        const item = this.listItemText(a, b);
        this.fastOrGeneral(ins, 2, r, item === null
          ? [`${r} = fastSubscript(rt, ty, ${a.v}, ${b.v});`]
          : [`{ ${item.slot} if (${item.found}) { ${r} = i32[${item.word}]; i32[${r} >> 2]++; } }`, `if (${r} === 0) ${r} = fastSubscript(rt, ty, ${a.v}, ${b.v});`]);
        return next;
      }
      case Op.STORE_SUBSCR: {
        // (v container key --); the list or dict takes its own reference to v. Released as the
        // eval loop releases them: the replaced item (None for a key a dict inserted), the key,
        // the container.
        const k = this.vs[this.vs.length - 1];
        const c = this.vs[this.vs.length - 2];
        const v = this.vs[this.vs.length - 3];
        const old = this.fresh("o");
        const saved = this.vs.map((e) => ({ ...e }));
        const item = this.listItemText(c, k);
        if (item === null) {
          this.emit(`const ${old} = storeSubscript(${c.v}, ${k.v}, ${v.v});`);
        } else {
          this.emit(`let ${old} = 0; { ${item.slot} if (${item.found}) { ${old} = i32[${item.word}]; i32[${v.v} >> 2]++; i32[${item.word}] = ${v.v}; } }`);
          this.emit(`if (${old} === 0) ${old} = storeSubscript(${c.v}, ${k.v}, ${v.v});`);
        }
        this.emit(`if (${old} !== 0) {`);
        this.vs.length -= 3;
        if (v.owned) this.emit(`i32[${v.v} >> 2]--;`);
        this.vs.push(k, c);
        this.decref(old);
        this.vs.length -= 2;
        this.releaseInOrder([k, c]);
        this.emit(`} else {`);
        this.vs = saved.map((e) => ({ ...e }));
        this.general(ins, 3, 0);
        this.emit(`}`);
        this.vs = saved.slice(0, saved.length - 3);
        this.tracingExit(next);
        return next;
      }
      case Op.UNPACK_SEQUENCE: {
        const seq = this.vs[this.vs.length - 1];
        const items = this.fresh("u");
        const outs = Array.from({ length: arg }, () => this.fresh("p"));
        this.emit(`let ${outs.join(" = 0, ")} = 0;`);
        this.emit(
          `const ${items}t = i32[(${seq.v} + ${Layout.TYPE}) >> 2]; ` +
          `if ((${items}t === ${ty.tuple} || ${items}t === ${ty.list}) && i32[(${seq.v} + ${Layout.SIZE}) >> 2] === ${arg}) {`,
        );
        this.emit(`const ${items} = ${items}t === ${ty.tuple} ? (${seq.v} + ${Layout.TUPLE_ITEMS}) >> 2 : i32[(${seq.v} + ${Layout.LIST_ITEMS}) >> 2] >> 2;`);
        // The items are pushed last first: outs[0] is the top of the stack.
        for (let i = 0; i < arg; i++) this.emit(`${outs[arg - 1 - i]} = i32[${items} + ${2 * (arg - 1 - i)}]; i32[${outs[arg - 1 - i]} >> 2]++;`);
        const saved = this.vs.map((e) => ({ ...e }));
        this.vs.length -= 1;
        this.release(seq);
        this.emit(`} else {`);
        this.vs = saved.map((e) => ({ ...e }));
        const got = this.general(ins, 1, arg);
        got.forEach((t, j) => this.emit(`${outs[arg - 1 - j]} = ${t};`));
        this.vs = saved.slice(0, saved.length - 1);
        for (let j = 0; j < arg; j++) this.push(ownedVar(outs[arg - 1 - j]));
        // (Only the general path may run Python code, which may start tracemalloc: the fast
        // path's items have their references before the exact tuple or list is released, so
        // its deallocation frees nothing else.)
        this.tracingExit(next);
        this.emit(`}`);
        return next;
      }
      case Op.GET_ITER: {
        // An exact range (`for _ in range(n)`) by rangeIter, its type's iter slot, without
        // getIter's slot lookups, and released by its own dealloc when that runs (no Python
        // code: its fields are ints); anything else by getIter, which may run Python code
        // (__iter__). Synced for both (rangeIter may raise MemoryError).
        const x = this.vs[this.vs.length - 1];
        const r = this.fresh("r");
        this.emit(
          `${this.syncText(ins.at)} const ${r}x = i32[(${x.v} + ${Layout.TYPE}) >> 2] === ${this.rt.T.range}; ` +
          `const ${r} = ${r}x ? rangeIter(rt, ${x.v}) : getIter(rt, ${x.v}); ${this.unsyncText()}`,
        );
        this.pop();
        if (x.owned && !x.isNull && !x.nullable) {
          this.emit(`if (${r}x) { if (--i32[${x.v} >> 2] === 0) RD(rt, ${x.v}); } else {`);
          this.release(x);
          this.emit(`}`);
        } else {
          this.release(x);
        }
        this.push(ownedVar(r));
        this.tracingExit(next);
        return next;
      }
      case Op.BUILD_TUPLE:
      case Op.BUILD_LIST: {
        // The new container takes the stack's references to its items; a failed allocation
        // (0) leaves, for the eval loop to raise MemoryError.
        const items = this.vs.slice(this.vs.length - arg);
        for (const e of items) this.own(e);
        const o = this.fresh("b");
        if (op === Op.BUILD_TUPLE && arg >= 1 && arg < FreeListSize.TUPLE_MAXSAVESIZE) {
          this.emit(this.tupleFromFreeListText(o, arg, this.exitText(ins)));
        } else if (op === Op.BUILD_LIST && this.pools !== null && !this.compact && arg * 8 <= SMALL_REQUEST_THRESHOLD) {
          this.emit(this.listFromFreeListText(o, arg, this.exitText(ins)));
        } else {
          this.emit(`const ${o} = newContainer(rt, ${op === Op.BUILD_TUPLE}, ${arg}); if (${o} === 0) ${this.exitText(ins)}`);
        }
        const base = op === Op.BUILD_TUPLE ? `(${o} + ${Layout.TUPLE_ITEMS}) >> 2` : `i32[(${o} + ${Layout.LIST_ITEMS}) >> 2] >> 2`;
        if (arg > 0) this.emit(`{ const w = ${base}; ${items.map((e, i) => `i32[w + ${2 * i}] = ${e.v}; i32[w + ${2 * i + 1}] = 0;`).join(" ")} }`);
        this.vs.length -= arg;
        this.push(ownedVar(o));
        return next;
      }
      case Op.LIST_APPEND:
      case Op.SET_ADD:
      case Op.MAP_ADD: {
        // The container takes the stack's references (popped first: on failure the call releases them).
        const n = op === Op.MAP_ADD ? 2 : 1;
        const top = this.vs.slice(this.vs.length - n);
        for (const e of top) this.own(e);
        this.vs.length -= n;
        const target = this.vs[this.vs.length - arg];
        const call = op === Op.LIST_APPEND
          ? `listAppendTakeRef(rt, ${target.v}, ${top[0].v});`
          : `dictSetItemTakeRefs(rt, ${target.v}, ${top[0].v}, ${n === 2 ? top[1].v : "0"});`;
        if (op === Op.LIST_APPEND && this.inline >= Inline.ALL) {
          // (The comprehension's own list, exact.) With room left, the item is written here,
          // as listAppendTakeRef writes it; else the call grows the list (and may raise).
          const l = target.v;
          this.emit(
            `{ const n = i32[(${l} + ${Layout.SIZE}) >> 2]; if (i32[(${l} + ${List.ALLOCATED}) >> 2] > n) { ` +
            `const p = (i32[(${l} + ${Layout.LIST_ITEMS}) >> 2] >> 2) + 2 * n; i32[p] = ${top[0].v}; i32[p + 1] = 0; i32[(${l} + ${Layout.SIZE}) >> 2] = n + 1; } ` +
            `else { ${this.syncText(ins.at)} ${call} ${this.unsyncText()} } }`,
          );
          return next;
        }
        this.emit(`${this.syncText(ins.at)} ${call} ${this.unsyncText()}`);
        return next;
      }
      case Op.BUILD_SLICE:
      case Op.BUILD_SET:
      case Op.BUILD_MAP:
      case Op.BUILD_CONST_KEY_MAP:
      case Op.BUILD_STRING:
      case Op.FORMAT_VALUE:
      case Op.LIST_EXTEND:
      case Op.SET_UPDATE:
      case Op.DICT_UPDATE:
      case Op.LIST_TO_TUPLE:
      case Op.DELETE_SUBSCR:
      case Op.STORE_GLOBAL:
      case Op.DELETE_NAME:
      case Op.MAKE_FUNCTION:
      case Op.LOAD_CLOSURE:
      case Op.UNPACK_EX:
      case Op.DICT_MERGE: {
        // The general path, on the frame's stack: every entry there, owned, afterwards.
        const d = this.vs.length;
        const after = d + effect(ins);
        if (op === Op.BUILD_SLICE) {
          // With the subscript after it (in this block): both at once on an exact list, as the
          // eval loop does (listSliceSubscript, no slice object), else both by the general path.
          const sub = instrs.get(next);
          if (sub === undefined || sub.start !== sub.at || blockStarts.has(next) || (sub.op !== Op.BINARY_SUBSCR && sub.op !== Op.STORE_SUBSCR)) {
            this.exitAt(ins);
            return -1;
          }
          const end = after + (sub.op === Op.BINARY_SUBSCR ? -1 : -3);
          const q = this.fresh("q");
          this.emit(`${this.syncText(ins.at)} const ${q} = listSliceSubscript(rt, sb + ${2 * d}, ${arg}, ${sub.op});`);
          this.emit(`if (${q} === 0) { execSlow(vm, th, f, sb + ${2 * d}, ${op}, ${arg}, 0); i32[(f + ${F.LASTI}) >> 2] = ${sub.at}; execSlow(vm, th, f, sb + ${2 * after}, ${sub.op}, 0, 0); }`);
          this.vs.length = 0;
          for (let j = 0; j < end; j++) {
            const t = this.fresh("h");
            this.emit(`const ${t} = i32[sb + ${2 * j}];`);
            this.push(ownedVar(t));
          }
          return sub.next;
        }
        this.onFrame(ins.at, `execSlow(vm, th, f, sb + ${2 * d}, ${op}, ${arg}, 0);`, 0, after);
        this.tracingExit(next);
        return next;
      }
      case Op.FOR_ITER:
        this.forIter(ins);
        return -1;
      case Op.RETURN_VALUE: {
        // A whole function's return (a loop's leaves: the eval loop returns): the value is the
        // caller's, the frame released and popped as the eval loop does it.
        if (!this.whole || this.vs.length !== 1) {
          this.exitAt(ins);
          return -1;
        }
        const e = this.pop();
        this.own(e);
        this.emit(`leaveFrame(rt, th, f); ${this.returnText(e.v)}`);
        return -1;
      }
      case Op.JUMP_FORWARD:
        this.goto(next + arg);
        return -1;
      case Op.JUMP_BACKWARD:
        this.backTo(next - arg);
        return -1;
      case Op.JUMP_BACKWARD_NO_INTERRUPT:
        this.goto(next - arg);
        return -1;
      case Op.JUMP_IF_FALSE_OR_POP:
      case Op.JUMP_IF_TRUE_OR_POP: {
        const e = this.vs[this.vs.length - 1];
        this.emit(`if (${e.v} !== ${ty.True} && ${e.v} !== ${ty.False}) ${this.exitText(ins)}`);
        const taken = `${e.v} === ${op === Op.JUMP_IF_TRUE_OR_POP ? ty.True : ty.False}`;
        // Taken: the operand stays. Else it is popped (a bool: its release cannot free it).
        const saved = this.vs;
        this.emit(`if (${taken}) {`);
        this.goto(next + arg);
        this.emit(`}`);
        this.vs = saved;
        if (this.pop().owned) this.emit(`i32[${e.v} >> 2]--;`);
        this.goto(next);
        return -1;
      }
      default:
        if (isBranch(op)) {
          this.branch(ins, null);
          return -1;
        }
        this.exitAt(ins);
        return -1;
    }
  }

  /**
   * LOAD_NAME (module code, a class body) as the eval loop's loadName finds the name when
   * the frame's locals, its globals and its builtins are exact dicts of str keys (no Python
   * code can run: DG, dict-lookup.ts's dictStrKeyValue): locals, then globals (when they are
   * another dict), then builtins. Anything else, and a name found nowhere (NameError), by the
   * general path.
   */
  private loadName(ins: Instr): void {
    const name = this.nameAt(ins.arg);
    const r = this.fresh("n");
    const dict = this.ty.dict;
    this.fastOrGeneral(ins, 0, r, [
      `{ const L = i32[(f + ${F.LOCALS}) >> 2], G = i32[(f + ${F.GLOBALS}) >> 2], Bu = i32[(f + ${F.BUILTINS}) >> 2]; ` +
      `if (L !== 0 && i32[(L + ${Layout.TYPE}) >> 2] === ${dict} && i32[(G + ${Layout.TYPE}) >> 2] === ${dict} && i32[(Bu + ${Layout.TYPE}) >> 2] === ${dict}) { ` +
      `let v = DG(L, ${name}); if (v === 0 && G !== L) v = DG(G, ${name}); if (v === 0) v = DG(Bu, ${name}); if (v > 0) { i32[v >> 2]++; ${r} = v; } } }`,
    ]);
  }

  /**
   * STORE_NAME (v --) into an exact dict of locals (module code's globals, a class body's
   * namespace) by the store STORE_SUBSCR's text uses for an exact str key (tier.ts's
   * storeSubscript: the dict takes its own reference to v); then the replaced value (None for
   * a key inserted) is released, and v's reference from the stack, as opStoreName releases
   * them. Anything else by the general path.
   */
  private storeName(ins: Instr): void {
    const v = this.vs[this.vs.length - 1]!;
    const old = this.fresh("o");
    const saved = this.vs.map((e) => ({ ...e }));
    this.emit(
      `let ${old} = 0; { const L = i32[(f + ${F.LOCALS}) >> 2]; ` +
      `if (L !== 0 && i32[(L + ${Layout.TYPE}) >> 2] === ${this.ty.dict}) ${old} = storeSubscript(L, ${this.nameAt(ins.arg)}, ${v.v}); }`,
    );
    this.emit(`if (${old} !== 0) {`);
    this.decref(old);
    this.vs.length -= 1;
    if (v.owned) this.emit(`i32[${v.v} >> 2]--;`);
    this.emit(`} else {`);
    this.vs = saved.map((e) => ({ ...e }));
    this.general(ins, 1, 0);
    this.emit(`}`);
    this.vs = saved.slice(0, saved.length - 1);
    this.tracingExit(ins.next);
  }

  /**
   * A POP_JUMP_*: `test` is the JavaScript boolean of the fused COMPARE_OP before it (its
   * operands already released), or null for the jump alone (its operand tested and released here).
   */
  private branch(jump: Instr, test: string | null): void {
    const { op, arg, next } = jump;
    const backward = op >= Op.POP_JUMP_BACKWARD_IF_FALSE;
    const kind = (op - Op.POP_JUMP_FORWARD_IF_FALSE) & 3;
    const target = backward ? next - arg : next + arg;
    const t = this.fresh("j");
    const ty = this.ty;
    if (test !== null) {
      this.emit(`const ${t} = ${kind === 1 ? "" : "!"}(${test});`);
    } else if (kind >= 2) {
      const e = this.pop();
      this.emit(`const ${t} = (${e.v} === ${ty.None}) === ${kind === 2};`);
      this.release(e);
    } else {
      // Bools, exact ints, lists and tuples here; the general path makes any other operand a bool.
      const e = this.vs[this.vs.length - 1];
      const general = this.fresh("q");
      const y = this.fresh("y");
      this.emit(`let ${t} = false, ${general} = false;`);
      this.emit(
        `if (${e.v} === ${ty.True} || ${e.v} === ${ty.False}) ${t} = (${e.v} === ${ty.True}) === ${kind === 1}; ` +
        `else { const ${y} = i32[(${e.v} + ${Layout.TYPE}) >> 2]; ` +
        `if (${y} === ${ty.int} || ${y} === ${ty.list} || ${y} === ${ty.tuple}) ${t} = (i32[(${e.v} + ${Layout.SIZE}) >> 2] !== 0) === ${kind === 1}; else {`,
      );
      const saved = this.vs.map((x) => ({ ...x }));
      const [h] = this.general({ ...jump, op: Op.POP_JUMP_FORWARD_IF_TRUE }, 1, 1);
      this.tracingExit(jump.start);
      this.emit(`${t} = (${h} === ${ty.True}) === ${kind === 1}; i32[${h} >> 2]--; ${general} = true; } }`);
      this.vs = saved.map((e) => ({ ...e }));
      this.pop();
      this.emit(`if (!${general}) {`);
      this.release(e);
      this.emit(`}`);
    }
    this.flush();
    this.emit(`if (${t}) {`);
    if (backward) this.backTo(target);
    else this.emit(this.jumpText(target));
    this.emit(`}`);
    this.emit(this.jumpText(next));
  }

  /**
   * `s = s + t` and `s += t` (BINARY_OP + then STORE_FAST into the local holding s): two strs
   * through concatIntoNextStore, as the eval loop takes them (the str grows in its block when
   * nothing else refers to it, as CPython's BINARY_OP_INPLACE_ADD_UNICODE does), with the
   * counts the eval loop has there (the stack's reference to s made first). Otherwise (the
   * local holds something else, as in `x = s + t`: concatIntoNextStore would do nothing, and
   * is not called), the BINARY_OP and the STORE_FAST as usual. Returns where the block goes
   * on: after the store.
   */
  private concatOrAdd(ins: Instr, store: Instr, instrs: ReadonlyMap<number, Instr>, blockStarts: ReadonlySet<number>): number {
    const str = this.rt.T.str;
    const b = this.vs[this.vs.length - 1];
    const a = this.vs[this.vs.length - 2];
    if (!this.mayBe(a, str) || !this.mayBe(b, str)) {
      this.binaryOp(ins);
      return this.instruction(store, instrs, blockStarts);
    }
    // (Entries below borrowed from the stored local get their references on both paths.)
    for (const e of this.vs.slice(0, -2)) if (!e.owned && e.local === store.arg) this.own(e);
    // (`s += s`: the right operand borrowed from the stored local is counted too, as the eval
    // loop counts it; else s's count would say that only the local and the left operand refer
    // to it, and it would be grown in place under its own right operand.)
    if (!b.owned && b.local === store.arg) this.own(b);
    const done = this.fresh("d");
    const saved = this.vs.map((e) => ({ ...e }));
    this.vs[this.vs.length - 2] = { ...a, owned: true };
    // (The commonest cases in the text, without a call or a sync: str-append-text.ts.)
    const inPlace = this.compact ? "" : strAppendText(done, `lp + ${2 * store.arg}`, a.v, b.v, this.pools, this.rt.T.str);
    this.emit(
      `let ${done} = false; if (${this.typeTest(a, str)} && ${this.typeTest(b, str)}) { ${a.owned ? "" : `i32[${a.v} >> 2]++;`} ${inPlace} ` +
      `if (!${done} && i32[lp + ${2 * store.arg}] === ${a.v}) { ${this.syncText(ins.at)} ${done} = concatIntoNextStore(rt, ${((this.code + Code.CODE) >> 1) + store.at}, lp, ${a.v}, ${b.v}); ` +
      `${this.unsyncText()} } if (!${done}) { ${a.owned ? "" : `i32[${a.v} >> 2]--;`} } }`,
    );
    this.vs = saved.slice(0, -2);
    this.emit(`if (${done}) {`);
    this.release(b);
    this.emit(`} else {`);
    this.vs = saved.map((e) => ({ ...e }));
    this.binaryOp(ins);
    this.instruction(store, instrs, blockStarts);
    this.emit(`}`);
    this.vs = saved.slice(0, -2);
    return store.next;
  }

  /** LOAD_ATTR: an instance's inline value or slot through the eval loop's inline cache, else loadAttrMiss (synced). */
  private loadAttr(ins: Instr): void {
    const owner = this.vs[this.vs.length - 1];
    const c = ins.at << IC.SHIFT;
    const v = this.fresh("v");
    this.emit(
      `let ${v} = 0; { const tag = i32[(i32[(${owner.v} + ${Layout.TYPE}) >> 2] + ${Tp.VERSION_TAG}) >> 2]; ` +
      `if (tag !== 0 && (tag === cache[${c}] || tag === cache[${c + IC.ATTR_ENTRY}])) { const index = cache[tag === cache[${c}] ? ${c + 1} : ${c + IC.ATTR_ENTRY + 1}]; ` +
      `if (index < 0) ${v} = i32[(${owner.v} - index) >> 2]; else { const values = i32[(${owner.v} + ${ManagedDict.VALUES}) >> 2]; if (values !== 0) ${v} = i32[(values + 8 * index) >> 2]; } ` +
      `if (${v} !== 0) i32[${v} >> 2]++; } }`,
    );
    this.emit(`if (${v} === 0) { ${this.syncText(ins.at)} ${v} = loadAttrMiss(rt, cache, ${c}, ${owner.v}, ${this.nameAt(ins.arg)}); ${this.unsyncText()} }`);
    this.pop();
    this.release(owner);
    this.push(ownedVar(v));
    this.tracingExit(ins.next);
  }

  /** STORE_ATTR (v owner --): as the eval loop's, through its inline cache, else storeAttrMiss (synced). */
  private storeAttr(ins: Instr): void {
    const owner = this.vs[this.vs.length - 1];
    const v = this.vs[this.vs.length - 2];
    this.own(v);
    const c = ins.at << IC.SHIFT;
    const done = this.fresh("d");
    const old = this.fresh("o");
    this.emit(
      `let ${done} = false; { const tag = i32[(i32[(${owner.v} + ${Layout.TYPE}) >> 2] + ${Tp.VERSION_TAG}) >> 2]; let index = 0, values = 0; ` +
      `if (tag !== 0 && (tag === cache[${c}] || tag === cache[${c + IC.ATTR_ENTRY}])) { index = cache[tag === cache[${c}] ? ${c + 1} : ${c + IC.ATTR_ENTRY + 1}]; ` +
      `if (index >= 0) values = i32[(${owner.v} + ${ManagedDict.VALUES}) >> 2]; } ` +
      `if (index < 0 || values !== 0) { const at = index < 0 ? ${owner.v} - index : values + 8 * index; const ${old} = i32[at >> 2]; i32[at >> 2] = ${v.v}; ${done} = true; ` +
      `if (${old} === 0) { if (index >= 0) addToInsertionOrder(rt, values, index); } else {`,
    );
    // (The stack's reference to v moved into the instance: v is no longer the stack's; the
    // owner still is while the replaced value is released, as in the eval loop.)
    this.vs.length -= 2;
    this.vs.push(owner);
    this.decref(old);
    this.emit(`} } }`);
    this.vs.length -= 1;
    this.vs.push(v, owner);
    this.emit(`if (!${done}) { ${this.syncText(ins.at)} storeAttrMiss(rt, cache, ${c}, ${owner.v}, ${this.nameAt(ins.arg)}, ${v.v}); ${this.unsyncText()} }`);
    this.vs.length -= 2;
    this.release(owner);
    this.emit(`if (!${done}) {`);
    this.release(v);
    this.emit(`}`);
    this.tracingExit(ins.next);
  }

  /**
   * For `c[k]` with c an exact list and k an exact int of one digit (as fastSubscript and
   * fastStoreSubscript take it): `slot` declares the item's index (a negative k counts from the
   * end), `found` tests that c and k are so and the index is in range, `word` is the item's
   * i32 index. Null when c or k cannot be so (a constant of another type), or the text leaves
   * list items to the calls (Inline).
   */
  private listItemText(c: Entry, k: Entry): { slot: string; found: string; word: string } | null {
    if (this.inline < Inline.ALL || !this.mayBe(c, this.ty.list) || !this.mayBe(k, this.ty.int)) return null;
    const ix = this.fresh("ix");
    const isList = this.typeTest(c, this.ty.list);
    // (The index is read only once c and k are known to be a list and a small int.)
    const slot = `const ${ix}ok = ${isList} && ${this.oneDigitTest(k)}; let ${ix} = -1; ` +
      `if (${ix}ok) { const n = i32[(${c.v} + ${Layout.SIZE}) >> 2]; ${ix} = ${this.intValueText(k)}; ${ix} += (${ix} >> 31) & n; if ((${ix} >>> 0) >= n) ${ix} = -1; }`;
    return { slot, found: `${ix} >= 0`, word: `(i32[(${c.v} + ${Layout.LIST_ITEMS}) >> 2] >> 2) + 2 * ${ix}` };
  }

  /** FOR_ITER: range and list iterators inline, a dict's items by their step that runs no code, others by forIterNext (synced: it may run Python code). */
  private forIter(ins: Instr): void {
    const it = this.vs[this.vs.length - 1];
    const n = this.fresh("n");
    const w = `(${it.v} >> 2)`;
    const exit = this.exitText(ins);
    this.emit(`let ${n} = -1; const ${n}t = i32[(${it.v} + ${Layout.TYPE}) >> 2];`);
    const callNext = `${n} = rangeNext(rt, ty, ${it.v}); if (${n} === -2) ${exit}`;
    if (this.compact) {
      this.emit(`if (${n}t === ${this.ty.rangeIterator}) { ${callNext} }`);
    } else {
      // A range iterator of the common shape (int32 start, step 1, index and length below
      // 2**32: oneDigitRangeIter's) is stepped here, its int made as BINARY_OP's results are;
      // any other shape goes to rangeNext. (The heap full: the iterator is not moved on, and
      // the text leaves before the FOR_ITER, as when rangeNext says so.)
      const v = this.fresh("v");
      this.emit(
        `if (${n}t === ${this.ty.rangeIterator}) { ` +
        `if ((i32[${w} + ${(RangeIter.INDEX >> 2) + 1}] | i32[${w} + ${(RangeIter.LEN >> 2) + 1}] | i32[${w} + ${(RangeIter.STEP >> 2) + 1}]) === 0 && ` +
        `i32[${w} + ${RangeIter.STEP >> 2}] === 1 && i32[${w} + ${(RangeIter.START >> 2) + 1}] === i32[${w} + ${RangeIter.START >> 2}] >> 31) { ` +
        `const i = i32[${w} + ${RangeIter.INDEX >> 2}] >>> 0; ` +
        `if (i >= i32[${w} + ${RangeIter.LEN >> 2}] >>> 0) ${n} = 0; ` +
        `else { const ${v} = i32[${w} + ${RangeIter.START >> 2}] + i; ${this.newIntText(n, v, "0")} if (${n} === 0) ${exit} i32[${w} + ${RangeIter.INDEX >> 2}] = i + 1; } } ` +
        `else { ${callNext} } }`,
      );
    }
    // A loop's end that leaves the text (a compiled loop's, not a whole function's) is a cold
    // exit, the iterator released there (xd; a list iterator's end, found here, let go of its
    // list there too): a path first run once V8 has optimised the text would deoptimise it.
    const leavesText = !this.blockNumber.has(ins.next + ins.arg) && it.owned && !it.isNull && !it.nullable;
    this.emit(
      `else if (${n}t === ${this.ty.listIterator}) { const seq = i32[${w} + ${ListIter.SEQ >> 2}], i = i32[${w} + ${ListIter.INDEX >> 2}]; ` +
      `if (seq !== 0 && i < i32[(seq + ${Layout.SIZE}) >> 2]) { i32[${w} + ${ListIter.INDEX >> 2}] = i + 1; ${n} = i32[(i32[(seq + ${Layout.LIST_ITEMS}) >> 2] >> 2) + 2 * i]; i32[${n} >> 2]++; }` +
      // An inner loop's end, staying in the text: the iterator lets go of its list here when
      // that cannot free it (forIterNext, synced, when it may).
      (leavesText ? ` else ${n} = 0; }` : ` else if (seq !== 0 && i32[seq >> 2] > 1) { i32[${w} + ${ListIter.SEQ >> 2}] = 0; i32[seq >> 2]--; ${n} = 0; } }`),
    );
    // A dict's items iterator takes its common step without syncing the frame: -1 when that
    // step could run code (dict-views.ts's dictIterNextItemNoCode), or at the end.
    if (!this.compact) this.emit(`else if (${n}t === ${this.ty.dictItemIterator}) ${n} = dictItemNext(rt, ${it.v});`);
    this.emit(`if (${n} === -1) { ${this.syncText(ins.at)} ${n} = forIterNext(rt, ${it.v}); ${this.unsyncText()} }`);
    // Exhausted: the iterator is popped and released, and the loop left.
    const done = this.vs.slice(0, -1).map((e) => ({ ...e }));
    const saved = this.vs;
    this.emit(`if (${n} === 0) {`);
    this.vs = done;
    if (leavesText) {
      this.emit(this.leaveText(ins.at, false, this.leaving, false, it.v, ins.next + ins.arg - 1));
    } else {
      this.release(it);
      this.goto(ins.next + ins.arg);
    }
    this.emit(`}`);
    this.vs = saved;
    this.push(ownedVar(n));
    // forIterNext may have run Python code that started tracemalloc: an allocation's traceback
    // needs LASTI, which only the eval loop keeps.
    this.emit(`if (H.tracer !== null) ${this.exitText({ ...ins, start: ins.next, at: ins.next })}`);
    this.goto(ins.next);
  }

  /**
   * The text that links the GC object `o` (untracked) at the end of generation 0, as
   * Runtime.gcTrack does; the generation's head is a fixed address of the runtime.
   */
  private gcTrackText(o: string): string {
    const prev = (this.rt.gc.heads[0] + GcHead.PREV) >> 2;
    return `{ const last = i32[${prev}] & ${~GcPrevFlag.MASK}; i32[(${o} + ${GcHead.NEXT}) >> 2] = ${this.rt.gc.heads[0]}; ` +
      `i32[(${o} + ${GcHead.PREV}) >> 2] = last | (i32[(${o} + ${GcHead.PREV}) >> 2] & ${GcPrevFlag.FINALIZED}); ` +
      `i32[(last + ${GcHead.NEXT}) >> 2] = ${o}; i32[${prev}] = ${o} | (i32[${prev}] & ${GcPrevFlag.MASK}); }`;
  }

  /**
   * BUILD_TUPLE's new tuple of `n` items (1 ≤ n < 20; their words still to be written) from
   * the free list of its length, as newTupleUnfilled takes it: its count set, linked into
   * generation 0. With the list empty, the call makes it; `exit` leaves when the heap is full.
   */
  private tupleFromFreeListText(target: string, n: number, exit: string): string {
    return `let ${target} = TH[${n}]; if (${target} !== 0) { TH[${n}] = i32[(${target} + ${Layout.TUPLE_ITEMS}) >> 2]; TC[${n}]--; ` +
      `i32[${target} >> 2] = 1; i32[(${target} + 4) >> 2] = 0; ${this.gcTrackText(target)} } ` +
      `else { ${target} = newContainer(rt, true, ${n}); if (${target} === 0) ${exit} }`;
  }

  /**
   * BUILD_LIST's new list of `n` items (their words still to be written), as newList makes it,
   * when the list free list has a header: the item array (n words, a pymalloc small request)
   * taken from its size class's pool (pool-block-text.ts), then the header popped and linked
   * into generation 0 (gcTrack). The header's pop has no effect on the heap, so taking the
   * block first is the same to a program; with no free header, or no block to be had here, the
   * call makes it, in newList's order. `target`: the variable declared; `exit`: the text that
   * leaves when the call finds the heap full.
   */
  private listFromFreeListText(target: string, n: number, exit: string): string {
    const pools = this.pools!;
    const fill = (items: string): string =>
      `${target} = CS.lists[--CS.listCount]; const w = ${target} >> 2; i32[w] = 1; i32[w + 1] = 0; ${this.gcTrackText(target)} ` +
      `i32[w + ${Ob.SIZE >> 2}] = ${n}; i32[w + ${(Ob.SIZE >> 2) + 1}] = 0; i32[w + ${List.ITEMS >> 2}] = ${items}; i32[w + ${(List.ITEMS >> 2) + 1}] = 0; ` +
      `i32[w + ${List.ALLOCATED >> 2}] = ${n}; i32[w + ${(List.ALLOCATED >> 2) + 1}] = 0;`;
    const call = `${target} = newContainer(rt, false, ${n}); if (${target} === 0) ${exit}`;
    if (n === 0) return `let ${target} = 0; if (CS.listCount > 0) { ${fill("0")} } else { ${call} }`;
    const idx = (n * 8 - 1) >> pools.alignmentShift;
    const blockSize = (idx + 1) << pools.alignmentShift;
    return `let ${target} = 0; if (CS.listCount > 0) { let it = 0; ${poolBlockText("it", String(idx), String(blockSize), "")} if (it !== 0) { ${fill("it")} } } ` +
      `if (${target} === 0) { ${call} }`;
  }
}

