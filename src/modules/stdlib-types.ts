/**
 * The static types of the native stdlib modules (itertools, operator, _random, _collections,
 * _functools), keyed as builtin-types.ts registers them (`rt.T.itertools_count`). They are
 * created at bootstrap with the other builtin types, as CPython's static types are; each
 * module's init puts its types into the module.
 */
import type { TypeDef } from "../objects/typedef.js";
import {
  countType, cycleType, repeatType, accumulateType, chainType, compressType, dropwhileType, takewhileType,
  filterfalseType, starmapType, isliceType, pairwiseType,
} from "./itertools-basic.js";
import { groupbyType, grouperType, teeType, teeDataObjectType, zipLongestType } from "./itertools-group.js";
import { itemgetterType, attrgetterType, methodcallerType } from "./operator-getters.js";
import { randomType } from "./random.js";
import { dequeType } from "./collections-deque.js";
import { dequeIteratorType, dequeReverseIteratorType } from "./collections-deque-iter.js";
import { defaultdictType } from "./collections-defaultdict.js";
import { tuplegetterType } from "./collections-tuplegetter.js";
import { partialType } from "./functools.js";
import { lockType, rlockType } from "./thread-lock.js";
import { productType, combinationsType, cwrType, permutationsType } from "./itertools-combinatoric.js";

export const stdlibTypeDefs = {
  itertools_count: countType,
  itertools_cycle: cycleType,
  itertools_repeat: repeatType,
  itertools_accumulate: accumulateType,
  itertools_chain: chainType,
  itertools_compress: compressType,
  itertools_dropwhile: dropwhileType,
  itertools_takewhile: takewhileType,
  itertools_filterfalse: filterfalseType,
  itertools_starmap: starmapType,
  itertools_islice: isliceType,
  itertools_pairwise: pairwiseType,
  itertools_groupby: groupbyType,
  itertools__grouper: grouperType,
  itertools__tee: teeType,
  itertools__tee_dataobject: teeDataObjectType,
  itertools_zip_longest: zipLongestType,
  itertools_product: productType,
  itertools_combinations: combinationsType,
  itertools_combinations_with_replacement: cwrType,
  itertools_permutations: permutationsType,
  operator_itemgetter: itemgetterType,
  operator_attrgetter: attrgetterType,
  operator_methodcaller: methodcallerType,
  _random_Random: randomType,
  collections_deque: dequeType,
  _collections__deque_iterator: dequeIteratorType,
  _collections__deque_reverse_iterator: dequeReverseIteratorType,
  collections_defaultdict: defaultdictType,
  _collections__tuplegetter: tuplegetterType,
  functools_partial: partialType,
  _thread_lock: lockType,
  _thread_RLock: rlockType,
} satisfies Record<string, TypeDef>;
