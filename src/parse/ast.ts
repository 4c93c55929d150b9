// The abstract syntax tree: Python 3.11's `ast` module, transcribed.
//
// Every node class of `Parser/Python.asdl` (3.11) is an interface here with the same name and the
// same snake_case field names, discriminated by `kind`, which holds the Python class name. Sum
// types of the grammar are unions: `Mod`, `Stmt`, `Expr`, `Pattern`. Product types (`arguments`,
// `arg`, `keyword`, `alias`, `withitem`, `comprehension`, `match_case`) and `ExceptHandler` carry a
// `kind` too, so a dumper or a visitor can treat every node alike.
//
// Conventions, fixed for every consumer:
//   - An optional field (`expr?` in the ASDL) is `T | undefined`; it is always present as a key.
//     Sequences with holes (`Dict.keys` for `**d`, `arguments.kw_defaults`) hold `undefined`.
//   - `type_comment` fields are left out: glasspy never parses type comments (they are always None
//     in CPython unless `type_comments=True`). `Module.type_ignores` is likewise always empty.
//   - Python's `Constant.kind` ("u" for u-prefixed strings) would collide with the discriminant,
//     so it is named `const_kind` here.
//   - Positions (`Located`): `lineno`/`end_lineno` are 1-based; `col_offset`/`end_col_offset` are
//     0-based offsets within the line counted in UTF-16 code units (JavaScript string indices).
//     CPython counts UTF-8 bytes, so the two differ only on lines holding non-ASCII text before
//     the node. Nodes without positions in CPython (comprehension, withitem, arguments,
//     match_case) have none here.
//   - Integers are always `bigint`, floats always `number`; the compiler relies on that.
//   - str values are JavaScript strings: a surrogate pair written as two escapes
//     (`'\ud83d\ude00'`) is the same string as the astral character it encodes, where CPython
//     keeps two code points. Lone surrogates are kept.

export interface Located {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

// ---- constants -------------------------------------------------------------------------------

/** A complex literal; the parser only ever makes pure imaginary ones (`2j` → real 0). */
export class ComplexConst {
  constructor(readonly real: number, readonly imag: number) {}
}

export const Ellipsis: unique symbol = Symbol("Ellipsis");
export type EllipsisConst = typeof Ellipsis;

export type ConstValue =
  | null /* None */
  | boolean
  | bigint /* int */
  | number /* float */
  | string
  | Uint8Array /* bytes */
  | ComplexConst
  | EllipsisConst;

// ---- operators and contexts ------------------------------------------------------------------

export type Operator =
  | "Add" | "Sub" | "Mult" | "MatMult" | "Div" | "Mod" | "Pow"
  | "LShift" | "RShift" | "BitOr" | "BitXor" | "BitAnd" | "FloorDiv";
export type UnaryOperator = "Invert" | "Not" | "UAdd" | "USub";
export type BoolOperator = "And" | "Or";
export type CmpOp = "Eq" | "NotEq" | "Lt" | "LtE" | "Gt" | "GtE" | "Is" | "IsNot" | "In" | "NotIn";
export type ExprContext = "Load" | "Store" | "Del";

// ---- mod -------------------------------------------------------------------------------------

export interface Module { kind: "Module"; body: Stmt[] }
export interface Interactive { kind: "Interactive"; body: Stmt[] }
export interface Expression { kind: "Expression"; body: Expr }
export type Mod = Module | Interactive | Expression;

// ---- stmt ------------------------------------------------------------------------------------

export interface FunctionDef extends Located {
  kind: "FunctionDef";
  name: string;
  args: arguments;
  body: Stmt[];
  decorator_list: Expr[];
  returns: Expr | undefined;
}
export interface AsyncFunctionDef extends Located {
  kind: "AsyncFunctionDef";
  name: string;
  args: arguments;
  body: Stmt[];
  decorator_list: Expr[];
  returns: Expr | undefined;
}
export interface ClassDef extends Located {
  kind: "ClassDef";
  name: string;
  bases: Expr[];
  keywords: keyword[];
  body: Stmt[];
  decorator_list: Expr[];
}
export interface Return extends Located { kind: "Return"; value: Expr | undefined }
export interface Delete extends Located { kind: "Delete"; targets: Expr[] }
export interface Assign extends Located { kind: "Assign"; targets: Expr[]; value: Expr }
export interface AugAssign extends Located {
  kind: "AugAssign";
  target: Name | Attribute | Subscript;
  op: Operator;
  value: Expr;
}
export interface AnnAssign extends Located {
  kind: "AnnAssign";
  target: Name | Attribute | Subscript;
  annotation: Expr;
  value: Expr | undefined;
  /** 1 when the target is a bare name not in parentheses, else 0. */
  simple: number;
}
export interface For extends Located {
  kind: "For";
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
}
export interface AsyncFor extends Located {
  kind: "AsyncFor";
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
}
export interface While extends Located { kind: "While"; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface If extends Located { kind: "If"; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface With extends Located { kind: "With"; items: withitem[]; body: Stmt[] }
export interface AsyncWith extends Located { kind: "AsyncWith"; items: withitem[]; body: Stmt[] }
export interface Match extends Located { kind: "Match"; subject: Expr; cases: match_case[] }
export interface Raise extends Located { kind: "Raise"; exc: Expr | undefined; cause: Expr | undefined }
export interface Try extends Located {
  kind: "Try";
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}
export interface TryStar extends Located {
  kind: "TryStar";
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}
export interface Assert extends Located { kind: "Assert"; test: Expr; msg: Expr | undefined }
export interface Import extends Located { kind: "Import"; names: alias[] }
export interface ImportFrom extends Located {
  kind: "ImportFrom";
  module: string | undefined;
  names: alias[];
  /** Number of leading dots; 0 for an absolute import. */
  level: number;
}
export interface Global extends Located { kind: "Global"; names: string[] }
export interface Nonlocal extends Located { kind: "Nonlocal"; names: string[] }
/** An expression statement (Python's `ast.Expr`); the union of expressions is `Expr` here. */
export interface ExprStmt extends Located { kind: "Expr"; value: Expr }
export interface Pass extends Located { kind: "Pass" }
export interface Break extends Located { kind: "Break" }
export interface Continue extends Located { kind: "Continue" }

export type Stmt =
  | FunctionDef | AsyncFunctionDef | ClassDef | Return | Delete | Assign | AugAssign | AnnAssign
  | For | AsyncFor | While | If | With | AsyncWith | Match | Raise | Try | TryStar | Assert
  | Import | ImportFrom | Global | Nonlocal | ExprStmt | Pass | Break | Continue;

// ---- expr ------------------------------------------------------------------------------------

export interface BoolOp extends Located { kind: "BoolOp"; op: BoolOperator; values: Expr[] }
export interface NamedExpr extends Located { kind: "NamedExpr"; target: Name; value: Expr }
export interface BinOp extends Located { kind: "BinOp"; left: Expr; op: Operator; right: Expr }
export interface UnaryOp extends Located { kind: "UnaryOp"; op: UnaryOperator; operand: Expr }
export interface Lambda extends Located { kind: "Lambda"; args: arguments; body: Expr }
export interface IfExp extends Located { kind: "IfExp"; test: Expr; body: Expr; orelse: Expr }
export interface Dict extends Located {
  kind: "Dict";
  /** `undefined` where the entry is `**mapping` (the mapping is then in `values`). */
  keys: (Expr | undefined)[];
  values: Expr[];
}
export interface Set extends Located { kind: "Set"; elts: Expr[] }
export interface ListComp extends Located { kind: "ListComp"; elt: Expr; generators: comprehension[] }
export interface SetComp extends Located { kind: "SetComp"; elt: Expr; generators: comprehension[] }
export interface DictComp extends Located {
  kind: "DictComp";
  key: Expr;
  value: Expr;
  generators: comprehension[];
}
export interface GeneratorExp extends Located {
  kind: "GeneratorExp";
  elt: Expr;
  generators: comprehension[];
}
export interface Await extends Located { kind: "Await"; value: Expr }
export interface Yield extends Located { kind: "Yield"; value: Expr | undefined }
export interface YieldFrom extends Located { kind: "YieldFrom"; value: Expr }
export interface Compare extends Located {
  kind: "Compare";
  left: Expr;
  ops: CmpOp[];
  comparators: Expr[];
}
export interface Call extends Located { kind: "Call"; func: Expr; args: Expr[]; keywords: keyword[] }
/** `conversion`: -1 none, 115 `!s`, 114 `!r`, 97 `!a` (the character codes, as in CPython). */
export interface FormattedValue extends Located {
  kind: "FormattedValue";
  value: Expr;
  conversion: -1 | 115 | 114 | 97;
  format_spec: JoinedStr | undefined;
}
/** An f-string: `values` holds `Constant` (str) and `FormattedValue` parts. */
export interface JoinedStr extends Located { kind: "JoinedStr"; values: Expr[] }
export interface Constant extends Located {
  kind: "Constant";
  value: ConstValue;
  /** Python's `Constant.kind`: "u" for a u-prefixed string literal, else undefined. */
  const_kind: "u" | undefined;
}
export interface Attribute extends Located {
  kind: "Attribute";
  value: Expr;
  attr: string;
  ctx: ExprContext;
}
export interface Subscript extends Located {
  kind: "Subscript";
  value: Expr;
  slice: Expr;
  ctx: ExprContext;
}
export interface Starred extends Located { kind: "Starred"; value: Expr; ctx: ExprContext }
export interface Name extends Located { kind: "Name"; id: string; ctx: ExprContext }
export interface List extends Located { kind: "List"; elts: Expr[]; ctx: ExprContext }
export interface Tuple extends Located { kind: "Tuple"; elts: Expr[]; ctx: ExprContext }
/** Only ever appears as `Subscript.slice` or inside a `Tuple` that is one. */
export interface Slice extends Located {
  kind: "Slice";
  lower: Expr | undefined;
  upper: Expr | undefined;
  step: Expr | undefined;
}

export type Expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | Set | ListComp | SetComp
  | DictComp | GeneratorExp | Await | Yield | YieldFrom | Compare | Call | FormattedValue
  | JoinedStr | Constant | Attribute | Subscript | Starred | Name | List | Tuple | Slice;

// ---- the product types -----------------------------------------------------------------------

export interface comprehension {
  kind: "comprehension";
  target: Expr;
  iter: Expr;
  ifs: Expr[];
  /** 1 for `async for`, else 0. */
  is_async: number;
}

export interface ExceptHandler extends Located {
  kind: "ExceptHandler";
  type: Expr | undefined;
  name: string | undefined;
  body: Stmt[];
}

export interface arguments {
  kind: "arguments";
  posonlyargs: arg[];
  args: arg[];
  vararg: arg | undefined;
  kwonlyargs: arg[];
  /** Parallel to `kwonlyargs`; `undefined` where a keyword-only parameter has no default. */
  kw_defaults: (Expr | undefined)[];
  kwarg: arg | undefined;
  /** Defaults of the last `defaults.length` of `posonlyargs ++ args`. */
  defaults: Expr[];
}

export interface arg extends Located { kind: "arg"; arg: string; annotation: Expr | undefined }

/** `arg` is undefined for `**mapping`. */
export interface keyword extends Located { kind: "keyword"; arg: string | undefined; value: Expr }

export interface alias extends Located { kind: "alias"; name: string; asname: string | undefined }

export interface withitem { kind: "withitem"; context_expr: Expr; optional_vars: Expr | undefined }

export interface match_case {
  kind: "match_case";
  pattern: Pattern;
  guard: Expr | undefined;
  body: Stmt[];
}

// ---- pattern ---------------------------------------------------------------------------------

export interface MatchValue extends Located { kind: "MatchValue"; value: Expr }
/** `None`, `True` or `False`. */
export interface MatchSingleton extends Located { kind: "MatchSingleton"; value: null | boolean }
export interface MatchSequence extends Located { kind: "MatchSequence"; patterns: Pattern[] }
export interface MatchMapping extends Located {
  kind: "MatchMapping";
  keys: Expr[];
  patterns: Pattern[];
  rest: string | undefined;
}
export interface MatchClass extends Located {
  kind: "MatchClass";
  cls: Expr;
  patterns: Pattern[];
  kwd_attrs: string[];
  kwd_patterns: Pattern[];
}
/** `*name`, or `*_` with `name` undefined. */
export interface MatchStar extends Located { kind: "MatchStar"; name: string | undefined }
/** `pattern as name`; bare `name` has `pattern` undefined; `_` has both undefined. */
export interface MatchAs extends Located {
  kind: "MatchAs";
  pattern: Pattern | undefined;
  name: string | undefined;
}
export interface MatchOr extends Located { kind: "MatchOr"; patterns: Pattern[] }

export type Pattern =
  | MatchValue | MatchSingleton | MatchSequence | MatchMapping | MatchClass | MatchStar | MatchAs
  | MatchOr;

/** Any node, for generic walkers (the dumper, visitors). */
export type Node =
  | Mod | Stmt | Expr | Pattern | comprehension | ExceptHandler | arguments | arg | keyword
  | alias | withitem | match_case;
