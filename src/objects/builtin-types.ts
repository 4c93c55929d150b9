/**
 * The builtin types and static singletons every layer can name: `rt.T.int`, `rt.S.None`.
 *
 * `builtinTypeDefs` is the one list of builtin types, in creation order (a base before its
 * subclasses). Each TypeDef lives in its own file; bootstrap.ts creates a static type object
 * for each and records its address under the same key in `rt.T`. Exceptions are made from
 * the table in exceptions.ts and are reached through `rt.E`.
 */
import type { TypeDef } from "./typedef.js";
import { objectType } from "./object.js";
import { typeType } from "./typeobject.js";
import { noneType, notImplementedType, ellipsisType } from "./singletons.js";
import { intType } from "./int.js";
import { boolType } from "./bool.js";
import { floatType } from "./float.js";
import { complexType } from "./complex.js";
import { strType, strIteratorType, strAsciiIteratorType } from "./str.js";
import { bytesType, bytesIteratorType } from "./bytes.js";
import { bytearrayType, bytearrayIteratorType } from "./bytearray.js";
import { tupleType, tupleIteratorType } from "./tuple.js";
import { listType, listIteratorType, listReverseIteratorType } from "./list.js";
import { dictType } from "./dict.js";
import {
  dictKeysType, dictValuesType, dictItemsType, dictKeyIteratorType, dictValueIteratorType, dictItemIteratorType,
  dictReverseKeyIteratorType, dictReverseValueIteratorType, dictReverseItemIteratorType,
} from "./dict-views.js";
import { setType, frozensetType, setIteratorType } from "./set.js";
import { rangeType, rangeIteratorType, longRangeIteratorType } from "./range.js";
import { sliceType } from "./slice.js";
import { cellType } from "./cell.js";
import { codeType } from "./code.js";
import { functionType } from "./function.js";
import { methodType } from "./method.js";
import { builtinFunctionType, methodDescriptorType, classmethodDescriptorType, getsetDescriptorType } from "./native-function.js";
import { wrapperDescriptorType, methodWrapperType } from "./wrapper-types.js";
import { moduleType } from "./module.js";
import { tracebackType, frameType } from "./traceback.js";
import { textIOWrapperType } from "./textio.js";
import { generatorType } from "./generator.js";
import { structSeqTypes } from "./structseq.js";
import { stdlibTypeDefs } from "../modules/stdlib-types.js";
import { propertyType } from "./property.js";
import { staticmethodType, classmethodType } from "./method-decorators.js";
import { memberDescriptorType } from "./member-descriptor.js";
import { superType } from "./super.js";
import { mappingproxyType } from "./mappingproxy.js";
import { genericAliasType } from "./generic-alias.js";
import { enumerateType, zipType, mapType, filterType, reversedType, seqIteratorType, callableIteratorType } from "./iterators.js";
import { weakrefType } from "./weakref.js";
import { memoryviewType } from "./memoryview.js";
import { proxyType, callableProxyType } from "./weakref-proxy.js";

export const builtinTypeDefs = {
  object: objectType,
  type: typeType,
  NoneType: noneType,
  NotImplementedType: notImplementedType,
  ellipsis: ellipsisType,
  int: intType,
  bool: boolType,
  float: floatType,
  complex: complexType,
  str: strType,
  str_iterator: strIteratorType,
  str_ascii_iterator: strAsciiIteratorType,
  bytes: bytesType,
  bytes_iterator: bytesIteratorType,
  bytearray: bytearrayType,
  bytearray_iterator: bytearrayIteratorType,
  tuple: tupleType,
  tuple_iterator: tupleIteratorType,
  list: listType,
  list_iterator: listIteratorType,
  list_reverseiterator: listReverseIteratorType,
  dict: dictType,
  dict_keys: dictKeysType,
  dict_values: dictValuesType,
  dict_items: dictItemsType,
  dict_keyiterator: dictKeyIteratorType,
  dict_valueiterator: dictValueIteratorType,
  dict_itemiterator: dictItemIteratorType,
  dict_reversekeyiterator: dictReverseKeyIteratorType,
  dict_reversevalueiterator: dictReverseValueIteratorType,
  dict_reverseitemiterator: dictReverseItemIteratorType,
  set: setType,
  frozenset: frozensetType,
  set_iterator: setIteratorType,
  range: rangeType,
  range_iterator: rangeIteratorType,
  longrange_iterator: longRangeIteratorType,
  slice: sliceType,
  cell: cellType,
  code: codeType,
  function: functionType,
  method: methodType,
  builtin_function_or_method: builtinFunctionType,
  method_descriptor: methodDescriptorType,
  classmethod_descriptor: classmethodDescriptorType,
  getset_descriptor: getsetDescriptorType,
  member_descriptor: memberDescriptorType,
  wrapper_descriptor: wrapperDescriptorType,
  method_wrapper: methodWrapperType,
  module: moduleType,
  traceback: tracebackType,
  frame: frameType,
  enumerate: enumerateType,
  zip: zipType,
  map: mapType,
  filter: filterType,
  reversed: reversedType,
  iterator: seqIteratorType,
  callable_iterator: callableIteratorType,
  TextIOWrapper: textIOWrapperType,
  generator: generatorType,
  property: propertyType,
  staticmethod: staticmethodType,
  classmethod: classmethodType,
  super: superType,
  mappingproxy: mappingproxyType,
  GenericAlias: genericAliasType,
  memoryview: memoryviewType,
  weakref_ref: weakrefType,
  weakref_proxy: proxyType,
  weakref_callableproxy: callableProxyType,
  ...structSeqTypes,
  ...stdlibTypeDefs,
} satisfies Record<string, TypeDef>;

export type BuiltinTypeName = keyof typeof builtinTypeDefs;
/** Addresses of the builtin type objects. */
export type BuiltinTypes = { readonly [K in BuiltinTypeName]: number };

/** Static singletons and caches, created at bootstrap in the static region. */
export interface Singletons {
  None: number;
  True: number;
  False: number;
  NotImplemented: number;
  Ellipsis: number;
  /** The () singleton. */
  emptyTuple: number;
  /** "" */
  emptyStr: number;
  /** b"" */
  emptyBytes: number;
  /** Small ints -5..256: smallInts[v + 5]. */
  smallInts: Int32Array;
  /** One-character Latin-1 strs U+0000..U+00FF. */
  latin1: Int32Array;
  /** One-byte bytes objects. */
  bytes1: Int32Array;
  /** Preallocated MemoryError instance, raised without allocating. */
  memoryError: number;
}
