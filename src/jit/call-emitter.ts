/**
 * The compiled tier's text for calls (compile-loop.ts's emitters): LOAD_METHOD through the
 * eval loop's inline cache, and CALL of a Python function (run compiled, tier.ts's
 * callFunction), of a class (pushClassCallFrame and runInitFrame), of a native callable
 * (callNative), and the two methods a text does itself after LOAD_METHOD of their name
 * (`l.append(x)`, `d.get(k, default)`). BlockEmitter, which writes the blocks, extends it.
 */
import { F } from "../vm/frame.js";
import { IC, inlineCacheOf } from "../vm/inline-cache.js";
import { Super } from "../objects/super.js";
import { ManagedDict, Tp } from "../objects/layout.js";
import { CONSTRUCTED } from "../vm/construct.js";
import { Keys } from "../objects/dict-keys.js";
import { typeLookupText } from "../objects/typeobject.js";
import { strToJs } from "../objects/str-object.js";
import { Code } from "../objects/code.js";
import { List } from "../objects/list.js";
import { CFunc, methodDefIndex } from "../objects/native-function.js";
import { Str } from "../objects/str-layout.js";
import { lenDef } from "../modules/builtins-iter.js";
import { Layout } from "../vm/loop-constants.js";
import { Exit, ownedVar, type Entry } from "./emitter-base.js";
import type { Instr } from "./bytecode.js";
import { NumberEmitter } from "./number-emitter.js";

export abstract class CallEmitter extends NumberEmitter {
  /** co_names[arg] (borrowed: the code holds it), as a number in the text. */
  protected nameAt(arg: number): number {
    const i32 = this.rt.i32;
    return i32[(i32[(this.code + Code.NAMES) >> 2] + Layout.TUPLE_ITEMS + 8 * arg) >> 2];
  }

  /**
   * LOAD_METHOD (owner -- method self), or (owner -- NULL bound): a method of the class the
   * instance cannot shadow, through the eval loop's inline cache; else its general path on the
   * frame's stack (loadMethodStep). The first result may be NULL: only CALL takes it.
   */
  protected loadMethod(ins: Instr): void {
    const owner = this.vs[this.vs.length - 1];
    this.own(owner);
    const c = ins.at << IC.SHIFT;
    const d = this.vs.length;
    const m = this.fresh("m");
    // (Not "s": s0, s1, ... are the block variables, and a `let s4` here would shadow one.)
    const self = this.fresh("w");
    this.emit(
      `let ${m} = 0, ${self} = 0; { const type = i32[(${owner.v} + ${Layout.TYPE}) >> 2]; const tag = i32[(type + ${Tp.VERSION_TAG}) >> 2]; ` +
      `const e = tag === cache[${c}] ? ${c} : ${c + IC.METHOD_ENTRY}; const keys = cache[e + 2]; ` +
      `if (tag === cache[e] && tag !== 0 && (keys === ${IC.NO_DICT} || (i32[(${owner.v} + ${ManagedDict.VALUES}) >> 2] !== 0 && ` +
      `i32[(i32[(type + ${Tp.HT_CACHED_KEYS}) >> 2] + ${Keys.NENTRIES}) >> 2] === keys))) { ${m} = cache[e + 1]; i32[${m} >> 2]++; ${self} = ${owner.v}; } }`,
    );
    this.classOrSuperMethod(c, owner.v, m, self);
    const saved = this.vs.map((e) => ({ ...e }));
    this.emit(`if (${self} === 0) {`);
    const [h0, h1] = this.onFrame(ins.at, `loadMethodStep(rt, cache, ${c}, ${this.nameAt(ins.arg)}, sb + ${2 * d});`, d - 1, d + 1);
    this.emit(`${m} = ${h0}; ${self} = ${h1};`);
    this.emit(`}`);
    this.vs = saved.slice(0, d - 1);
    this.push({ ...ownedVar(m), nullable: true, methodName: strToJs(this.rt, this.nameAt(ins.arg)) });
    this.push(ownedVar(self));
    this.tracingExit(ins.next);
  }

  /**
   * LOAD_METHOD's entries for a class or a super object as the owner (inline-cache.ts's
   * IC.CLASS and IC.SUPER, which loadMethodMiss makes and reads), taken in the text when the
   * site had made one by the time it is compiled (a site that never saw such an owner gets
   * no text for it). A class: (NULL, the function found on its MRO), the class released. A
   * super object: (the function, the instance), what superMethodMiss gives on a hit (the
   * bound method CPython would make and CALL free counted as it counts it), the super object
   * released. Sets `m` and `self` (both 0 before: the instance's entry missed) on a hit.
   */
  private classOrSuperMethod(c: number, owner: string, m: string, self: string): void {
    const cache = inlineCacheOf(this.rt, this.code);
    const T = this.rt.T;
    // (The owner is the stack's top, owned: the entries below it that are borrowed get
    // references of their own while its deallocation runs, as decref gives them.)
    const release = this.deallocAtZeroText(owner);
    if (cache[c + 2] === IC.CLASS || cache[c + IC.METHOD_ENTRY + 2] === IC.CLASS) {
      this.emit(
        `if (${self} === 0 && i32[(${owner} + ${Layout.TYPE}) >> 2] === ${T.type}) { const tag = i32[(${owner} + ${Tp.VERSION_TAG}) >> 2]; ` +
        `const e = tag === cache[${c}] ? ${c} : tag === cache[${c + IC.METHOD_ENTRY}] ? ${c + IC.METHOD_ENTRY} : -1; ` +
        `if (tag !== 0 && e >= 0 && cache[e + 2] === ${IC.CLASS}) { ${self} = cache[e + 1]; i32[${self} >> 2]++; ${release} } }`,
      );
    }
    if (cache[c + 2] === IC.SUPER) {
      // (superMethodMiss's hit: the instance's class's tag and the class super starts after, negated.)
      this.emit(
        `if (${self} === 0 && i32[(${owner} + ${Layout.TYPE}) >> 2] === ${T.super} && cache[${c + 2}] === ${IC.SUPER}) { ` +
        `const st = i32[(${owner} + ${Super.OBJ_TYPE}) >> 2], ob = i32[(${owner} + ${Super.OBJ}) >> 2]; ` +
        `if (st !== 0 && ob !== 0 && ob !== st && i32[(st + ${Tp.VERSION_TAG}) >> 2] !== 0 && cache[${c}] === -i32[(st + ${Tp.VERSION_TAG}) >> 2] && ` +
        `cache[${c + 3}] === -i32[(${owner} + ${Super.TYPE}) >> 2]) { ${m} = cache[${c + 1}]; i32[${m} >> 2]++; ${self} = ob; i32[ob >> 2]++; CB(); ${release} } }`,
      );
    }
  }

  /**
   * CALL: a Python function whose code compiles whole (compileFunction) gets its frame pushed
   * and runs from here (tier.ts's callFunction); a class's instance is made, and its __init__
   * run so, by pushClassCallFrame and runInitFrame; a native callable runs through callNative
   * on the frame's stack; each is the check point a call is in the eval loop. Other calls
   * (keywords, a bound method object, a function the tier does not take) leave.
   *
   * A compiled callee that leaves (Exit.LEFT) has its frame, and those of its own callees,
   * saved on the thread for the eval loop; this frame is then saved as the eval loop leaves a
   * caller whose callee runs (LASTI at the CALL, the stack below the callable: the callee's
   * frame took those references), and it leaves too, so that the eval loop, when the callee
   * returns, goes on after the CALL.
   */
  protected call(ins: Instr): void {
    const ty = this.ty;
    const arg = ins.arg;
    const d = this.vs.length;
    const p = d - arg - 2;
    const e0 = this.vs[p];
    const e1 = this.vs[p + 1];
    const fn = this.fresh("cf");
    const kw = this.kwnames;
    const leaveAt = kw !== 0 && this.kwnamesAt !== null ? this.kwnamesAt : ins;
    this.kwnames = 0;
    this.kwnamesAt = null;
    const budget = this.budget;
    // (func self args...) or (NULL func args...): the arguments' first word and count.
    const first = `(${e0.v} !== 0 ? sb + ${2 * (p + 1)} : sb + ${2 * (p + 2)})`;
    const total = `(${e0.v} !== 0 ? ${arg + 1} : ${arg})`;
    const r = this.fresh("r");
    this.emit(`let ${r} = 0;`);
    const known = kw === 0 && (e0.isNull ? this.knownFunctionCall(ins, arg, p, r) : this.knownMethodCall(ins, arg, p, r));
    this.emit(`const ${fn} = ${e0.v} !== 0 ? ${e0.v} : ${e1.v}; const ${fn}t = i32[(${fn} + ${Layout.TYPE}) >> 2];`);
    if (kw === 0) {
      // A Python function: tier.ts's callFunction pushes its frame and runs it compiled, or
      // does nothing (NOT_RUN) and this leaves before the CALL, for the eval loop to make it.
      // (A slice's end at the call is a cold exit, before it: the eval loop makes the call.)
      this.emit(`if (${fn}t === ${ty.function}) {`);
      this.emit(`if (vm.breaker !== 0 || ${budget} <= 1) ${this.exitText(leaveAt)}`);
      this.emit(
        `${budget}--; ${this.syncText(ins.at)} ` + (this.whole ? "" : "bud[0] = budget; ") +
        `${r} = callFunction(th, ${fn}, ${first}, ${total}, ${p});` + (this.whole ? "" : " budget = bud[0];"),
      );
      // (Not run: the stack is in the frame, the borrowed entries' references with it.)
      this.emit(
        `if (${r} === ${Exit.NOT_RUN}) { ${budget}++; ${this.coldExitText(leaveAt.start - 1, this.vs.map((e) => e.v), 0, true, this.leaving)} }`,
      );
      this.emit(`if (${r} === ${Exit.LEFT}) ${this.leftReturn(this.leaving)}`);
      // (The callee may have started tracemalloc: the frame has the stack, synced, and the result.)
      this.emit(`if (H.tracer !== null) { i32[sb + ${2 * p}] = ${r}; i32[(f + ${F.LASTI}) >> 2] = ${ins.at}; i32[(f + ${F.STACKTOP}) >> 2] = ${p + 1}; ${this.leftReturn(this.leaving)} }`);
      this.emit(`} else {`);
    } else {
      this.emit(`{`);
    }
    // A class called as (NULL, class, args) goes as the eval loop's does: pushClassCallFrame
    // makes super(), int(x), range(n) and instances without a Python __init__ itself, or
    // pushes __init__'s frame (an INIT frame: the instance waits on this frame's stack), else
    // the type's call runs.
    const typeType = this.rt.T.type;
    const otherCall = kw !== 0 ? `${fn}t === ${typeType}` : `(${fn}t === ${typeType} && ${e0.v} !== 0)`;
    this.emit(`if (${fn}t === ${ty.function} || ${fn}t === ${ty.method} || ${otherCall}) ${this.exitText(leaveAt)}`);
    const k = `${fn}k`;
    this.emit(`${this.syncText(ins.at)} const ${k} = ${fn}t === ${typeType} ? pushClassCallFrame(rt, th, ${fn}, sb + ${2 * (p + 2)}, ${arg}, sb + ${2 * d}) : 0;`);
    // __init__'s frame: the call's check point (a slice that ends there leaves the frame
    // fresh, as the eval loop does), then its body compiled whole (runInitFrame), or the
    // eval loop runs it. This frame waits with the instance on its stack.
    this.emit(
      `if (${k} > 0) { th.frame = ${k}; i32[(f + ${F.STACKTOP}) >> 2] = ${p + 1}; ` +
      `if (vm.breaker !== 0 || --${budget} <= 0) ${this.leftReturn(this.whole ? String(Exit.LEFT) : "0")} ` +
      (this.whole ? "" : "bud[0] = budget; ") + `const ${k}r = runInitFrame(vm, th, ${k});` + (this.whole ? "" : " budget = bud[0];") +
      ` if (${k}r === ${Exit.LEFT}) ${this.leftReturn(this.leaving)} ${r} = i32[sb + ${2 * p}]; ` +
      `if (H.tracer !== null) ${this.leftReturn(this.leaving)} } else {`,
    );
    this.emit(`${r} = ${k} === ${CONSTRUCTED} ? i32[sb + ${2 * p}] : callNative(rt, ${fn}, ${first}, ${total}, ${kw}, sb + ${2 * p}, sb + ${2 * d});`);
    // The check point, and tracemalloc started by the call: the frame has the stack (synced) and the result.
    // (The stack below the result is in the frame already, the borrowed entries' references
    // with it. A loop returns its budget: runCompiledLoop ends the slice when the breaker is set.)
    const below = this.vs.slice(0, p).map((e) => e.v);
    this.emit(`if (vm.breaker !== 0 || --${budget} <= 0 || H.tracer !== null) ${this.coldExitText(ins.at, [...below, r], 0, false, this.leaving)}`);
    this.emit(`}`);
    this.emit(`}`);
    this.emit(this.vs.slice(0, p).filter((e) => !e.owned && !e.isNull).map((e) => `i32[${e.v} >> 2]--;`).join(" "));
    if (known) this.emit(`}`);
    this.vs.length = p;
    this.push(ownedVar(r));
  }

  /**
   * CALL after LOAD_METHOD of a method compiled code does itself when the receiver is exact
   * (`l.append(x)`, `d.get(k, default)`; their method descriptors, borrowed: the types' dicts
   * hold them for good): writes that path and opens the `else` that call() closes around the
   * general CALL, and returns true; false (nothing written) for any other call.
   */
  private knownMethodCall(ins: Instr, arg: number, p: number, r: string): boolean {
    const T = this.rt.T;
    const name = this.vs[p]!.methodName;
    if (arg === 1 && name === "append") this.listAppendCall(ins, typeLookupText(this.rt, T.list, "append"), p, r);
    else if (arg === 2 && name === "get") this.dictGetCall(ins, typeLookupText(this.rt, T.dict, "get"), p, r);
    else return false;
    return true;
  }

  /**
   * CALL after LOAD_GLOBAL of a builtin compiled code does itself: `len(x)`, as CPython 3.11
   * specialises it (PRECALL_NO_KW_LEN), and `range(n)`, when the name still gives the builtin.
   * Writes that path and opens the `else` that call() closes around the general CALL, and
   * returns true; false (nothing written) for any other call.
   */
  private knownFunctionCall(ins: Instr, arg: number, p: number, r: string): boolean {
    const name = this.vs[p + 1]!.globalName;
    if (name === "len" && arg === 1) this.lenCall(ins, p, r);
    else if (name === "range" && (arg === 1 || arg === 2)) this.rangeCall(ins, p, arg, r);
    else return false;
    return true;
  }

  /**
   * `range(n)` or `range(a, b)` (the stack from word `p`: NULL, the function, its `nargs`
   * arguments) when the function is the builtin range type (any other object under the name
   * takes the general CALL) and the arguments exact ints of at most one digit: the range object
   * as the eval loop's class path makes it (rangeOfSmallStop, rangeOfSmallBounds: range's
   * vectorcall in CPython, no recursion level), then the arguments and the type released
   * (CPython's order: the arguments, then the callable). Any other arguments take the general
   * CALL. Making the range may raise MemoryError: synced for it, the stack as CALL's. A check
   * point, as every native call.
   */
  private rangeCall(ins: Instr, p: number, nargs: number, r: string): void {
    const saved = this.vs.map((e) => ({ ...e }));
    const fn = this.vs[p + 1]!;
    const args = this.vs.slice(p + 2, p + 2 + nargs);
    const make = nargs === 1 ? `rangeOfSmallStop(rt, ${fn.v}, ${args[0]!.v})` : `rangeOfSmallBounds(rt, ${fn.v}, ${args[0]!.v}, ${args[1]!.v})`;
    this.emit(
      `if (${fn.v} === ${this.rt.T.range}) { ${this.knownMethodCheckText(ins)} ` +
      `${this.syncText(ins.at)} ${r} = ${make}; ${this.unsyncText()} }`,
    );
    this.emit(`if (${r} !== 0) {`);
    this.vs.length = p;
    this.releaseInOrder([...args, fn]);
    this.endKnownMethod(ins, r, saved);
  }

  /**
   * `len(x)` (the stack from word `p`: NULL, the function, x) when the function is the builtin
   * len (its definition's registry index: any other object under the name takes the general
   * CALL) and x an exact str, list, tuple or dict, whose length is a word of the object: the
   * length as an int, the function then x released (CPython's order). Any other x, and a full
   * heap, take the general CALL. The call is a check point, as every native call.
   */
  private lenCall(ins: Instr, p: number, r: string): void {
    const saved = this.vs.map((e) => ({ ...e }));
    const [fn, x] = this.vs.slice(p + 1, p + 3) as [Entry, Entry];
    const ty = this.ty;
    const n = this.fresh("n");
    // (str's length, a list's or tuple's ob_size and a dict's ma_used are the same word.)
    const lengthWord = Str.LENGTH;
    this.emit(
      `if (i32[(${fn.v} + ${Layout.TYPE}) >> 2] === ${this.rt.T.builtin_function_or_method} && i32[(${fn.v} + ${CFunc.ML}) >> 2] === ${methodDefIndex(this.rt, lenDef)}) { ` +
      `const xt = i32[(${x.v} + ${Layout.TYPE}) >> 2]; if (xt === ${ty.str} || xt === ${ty.list} || xt === ${ty.tuple} || xt === ${ty.dict}) { ` +
      `${this.knownMethodCheckText(ins)} const ${n} = i32[(${x.v} + ${lengthWord}) >> 2]; ${this.newIntText(r, n, "0")} } }`,
    );
    this.emit(`if (${r} !== 0) {`);
    this.vs.length = p;
    this.releaseInOrder([fn, x]);
    this.endKnownMethod(ins, r, saved);
  }

  /**
   * A known method's fast path leaves before the call (a cold exit, nothing done: the eval
   * loop makes the call) when the slice ends there, rather than taking the general CALL: a
   * path the text never took before V8 optimised it would deoptimise the text (dict_str's
   * and list_ops' loops, once a slice first ended at their append).
   */
  private knownMethodCheckText(ins: Instr): string {
    return `if (vm.breaker !== 0 || ${this.budget} <= 1) ${this.exitText(ins)}`;
  }

  /**
   * The end of a method's fast path (knownMethodCall): `r` (owned) on the stack, the call's
   * check point, and tracemalloc, which a __del__ may have started (a dying default, a list
   * made for the call and its items); then the stack as it was before the fast path (`saved`)
   * for the general CALL, in the `else` opened here.
   */
  private endKnownMethod(ins: Instr, r: string, saved: Entry[]): void {
    this.push(ownedVar(r));
    this.emit(`if (vm.breaker !== 0 || --${this.budget} <= 0 || H.tracer !== null) ${this.leaveText(ins.at, false)}`);
    this.vs = saved;
    this.emit(`} else {`);
  }

  /**
   * `d.get(key, default)` (the stack from word `p`: the descriptor `get`, an exact dict, the
   * key, the default) for an exact str key in a dict of str keys (DG, dict-lookup.ts's
   * dictStrKeyValue: no Python code runs): the value, or the default. Any other dict or key
   * takes the general CALL. The call is a check point, as every native call.
   */
  private dictGetCall(ins: Instr, get: number, p: number, r: string): void {
    const saved = this.vs.map((e) => ({ ...e }));
    const [fn, self, key, dflt] = this.vs.slice(p, p + 4) as [Entry, Entry, Entry, Entry];
    const g = this.fresh("g");
    this.emit(
      `let ${g} = -1; if (${fn.v} === ${get} && i32[(${self.v} + ${Layout.TYPE}) >> 2] === ${this.ty.dict}) { ` +
      `${this.knownMethodCheckText(ins)} ${g} = DG(${self.v}, ${key.v}); }`,
    );
    this.emit(`if (${g} >= 0) {`);
    this.emit(`${r} = ${g} !== 0 ? ${g} : ${dflt.v}; i32[${r} >> 2]++;`);
    this.vs.length = p;
    this.releaseInOrder([dflt, key, self, fn]);
    this.endKnownMethod(ins, r, saved);
  }

  /**
   * The start of CALL's text for `l.append(x)` after LOAD_METHOD (the stack: the descriptor
   * `append`, an exact list, x, from word `p`): with room, x is written into the list here, as
   * list.append writes it; else listAppendTakeRef grows the list (synced: it may raise
   * MemoryError, with x released and the descriptor and the list on the frame's stack, as
   * CALL leaves them). The result is None; the call is a check point, as every native call.
   * Opens the `else` that call() closes around the general CALL (knownMethodCall).
   */
  private listAppendCall(ins: Instr, append: number, p: number, r: string): void {
    const saved = this.vs.map((e) => ({ ...e }));
    const [fn, self, x] = this.vs.slice(p, p + 3) as [Entry, Entry, Entry];
    this.emit(`if (${fn.v} === ${append} && i32[(${self.v} + ${Layout.TYPE}) >> 2] === ${this.ty.list}) {`);
    this.emit(this.knownMethodCheckText(ins));
    this.own(x);
    this.vs.length = p + 2;
    const l = self.v;
    this.emit(
      `{ const n = i32[(${l} + ${Layout.SIZE}) >> 2]; if (i32[(${l} + ${List.ALLOCATED}) >> 2] > n) { ` +
      `const w = (i32[(${l} + ${Layout.LIST_ITEMS}) >> 2] >> 2) + 2 * n; i32[w] = ${x.v}; i32[w + 1] = 0; i32[(${l} + ${Layout.SIZE}) >> 2] = n + 1; } ` +
      `else { ${this.syncText(ins.at)} listAppendTakeRef(rt, ${l}, ${x.v}); ${this.unsyncText()} } }`,
    );
    this.emit(`${r} = ${this.ty.None}; i32[${r} >> 2]++;`);
    this.vs.length = p;
    this.releaseInOrder([self, fn]);
    this.endKnownMethod(ins, r, saved);
  }
}
