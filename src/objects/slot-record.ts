/**
 * One hidden class for every slot table.
 *
 * Slot tables are written as object literals of many shapes (each builtin type names the slots
 * it has; bootstrap merges them with the base's; classes get theirs from heap-type-slots.ts),
 * and V8 gives each shape its own hidden class, some in dictionary mode. Every `slots.x` read
 * in the interpreter (`rt.slotsOf(o).getattro`, `.traverse`, `.new` ...) would then be a
 * megamorphic property load. Runtime.addSlots keeps a SlotRecord copy instead: every member
 * present, in one order, so all records share one hidden class and those reads are
 * monomorphic. A record is mutated in place afterwards (heap-type-slots.ts), never by
 * adding or deleting members.
 */
import type { TypeSlots } from "./typedef.js";

export class SlotRecord implements TypeSlots {
  dealloc: TypeSlots["dealloc"];
  repr: TypeSlots["repr"];
  str: TypeSlots["str"];
  hash: TypeSlots["hash"];
  unhashable: TypeSlots["unhashable"];
  richcompare: TypeSlots["richcompare"];
  getattro: TypeSlots["getattro"];
  setattro: TypeSlots["setattro"];
  call: TypeSlots["call"];
  iter: TypeSlots["iter"];
  iternext: TypeSlots["iternext"];
  descrGet: TypeSlots["descrGet"];
  descrSet: TypeSlots["descrSet"];
  new: TypeSlots["new"];
  init: TypeSlots["init"];
  nb: TypeSlots["nb"];
  nbInplace: TypeSlots["nbInplace"];
  sequence: TypeSlots["sequence"];
  nbTernaryPow: TypeSlots["nbTernaryPow"];
  negative: TypeSlots["negative"];
  positive: TypeSlots["positive"];
  invert: TypeSlots["invert"];
  absolute: TypeSlots["absolute"];
  bool: TypeSlots["bool"];
  int: TypeSlots["int"];
  float: TypeSlots["float"];
  index: TypeSlots["index"];
  length: TypeSlots["length"];
  subscript: TypeSlots["subscript"];
  assSubscript: TypeSlots["assSubscript"];
  contains: TypeSlots["contains"];
  finalize: TypeSlots["finalize"];
  traverse: TypeSlots["traverse"];
  clear: TypeSlots["clear"];
  sizeof: TypeSlots["sizeof"];

  constructor(s: TypeSlots) {
    this.dealloc = s.dealloc;
    this.repr = s.repr;
    this.str = s.str;
    this.hash = s.hash;
    this.unhashable = s.unhashable;
    this.richcompare = s.richcompare;
    this.getattro = s.getattro;
    this.setattro = s.setattro;
    this.call = s.call;
    this.iter = s.iter;
    this.iternext = s.iternext;
    this.descrGet = s.descrGet;
    this.descrSet = s.descrSet;
    this.new = s.new;
    this.init = s.init;
    this.nb = s.nb;
    this.nbInplace = s.nbInplace;
    this.sequence = s.sequence;
    this.nbTernaryPow = s.nbTernaryPow;
    this.negative = s.negative;
    this.positive = s.positive;
    this.invert = s.invert;
    this.absolute = s.absolute;
    this.bool = s.bool;
    this.int = s.int;
    this.float = s.float;
    this.index = s.index;
    this.length = s.length;
    this.subscript = s.subscript;
    this.assSubscript = s.assSubscript;
    this.contains = s.contains;
    this.finalize = s.finalize;
    this.traverse = s.traverse;
    this.clear = s.clear;
    this.sizeof = s.sizeof;
  }
}

/** Fails to compile when TypeSlots gains a member SlotRecord does not copy. */
type Uncopied = Exclude<keyof TypeSlots, keyof SlotRecord>;
const everyMemberCopied: [Uncopied] extends [never] ? true : never = true;
void everyMemberCopied;
