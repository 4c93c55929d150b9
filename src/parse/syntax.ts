// The Lezer side: the configured @lezer/python parser and a table from its node types to `N`,
// the node kinds the AST builder dispatches on.
//
// Lezer's Python grammar names some nodes twice (two `LambdaExpression`s, several `AssignOp`s);
// `N` folds each name into one kind, so the builder switches on `kindOf(node)` rather than on
// type ids or names. Keyword and punctuation tokens appear in the tree as nodes named by their
// text (`if`, `(`, `,`); those the builder needs are kinds too, and everything else is `Other`.

import { parser as lezerPython } from "@lezer/python";
import { ExternalTokenizer, type LRParser } from "@lezer/lr";
import type { SyntaxNode, Tree } from "@lezer/common";

export const enum N {
  Other,
  Error,
  Comment,
  Script,
  // statements
  AssignStatement, UpdateStatement, ExpressionStatement, DeleteStatement, PassStatement,
  BreakStatement, ContinueStatement, ReturnStatement, YieldStatement, PrintStatement,
  RaiseStatement, ImportStatement, ScopeStatement, AssertStatement, TypeDefinition,
  StatementGroup, IfStatement, WhileStatement, ForStatement, TryStatement, WithStatement,
  FunctionDefinition, ClassDefinition, DecoratedStatement, Decorator, MatchStatement, MatchBody,
  MatchClause, Guard, Body, TypeDef, TypeParamList, ParamList, ArgList,
  // expressions
  BinaryExpression, UnaryExpression, AwaitExpression, ParenthesizedExpression, TupleExpression,
  ComprehensionExpression, ArrayExpression, ArrayComprehensionExpression, DictionaryExpression,
  DictionaryComprehensionExpression, SetExpression, SetComprehensionExpression, CallExpression,
  MemberExpression, ConditionalExpression, LambdaExpression, NamedExpression, YieldExpression,
  VariableName, PropertyName, Number, String, FormatString, ContinuedString, Ellipsis, None,
  Boolean,
  // patterns
  CapturePattern, LiteralPattern, AsPattern, OrPattern, AttributePattern, SequencePattern,
  MappingPattern, StarPattern, ClassPattern, PatternArgList, KeywordPattern,
  // operator tokens
  ArithOp, BitOp, CompareOp, UpdateOp, AssignOp, LogicOp,
  // keywords and punctuation
  KwAs, KwAsync, KwIf, KwElif, KwElse, KwFor, KwIn, KwNot, KwIs, KwOr, KwAnd, KwFrom, KwImport,
  KwExcept, KwFinally, KwGlobal, KwNonlocal, KwLambda, KwYield, KwAwait, KwDel, KwWith, KwWhile,
  KwTry, KwDef, KwClass, KwReturn, KwRaise, KwAssert, KwMatch, KwCase,
  Star, StarStar, Comma, Colon, Dot, Semicolon, LParen, RParen, LBracket, RBracket, LBrace, RBrace,
  At,
}

const KIND_BY_NAME: Record<string, N> = {
  "⚠": N.Error, Comment: N.Comment, Script: N.Script,
  AssignStatement: N.AssignStatement, UpdateStatement: N.UpdateStatement,
  ExpressionStatement: N.ExpressionStatement, DeleteStatement: N.DeleteStatement,
  PassStatement: N.PassStatement, BreakStatement: N.BreakStatement,
  ContinueStatement: N.ContinueStatement, ReturnStatement: N.ReturnStatement,
  YieldStatement: N.YieldStatement, PrintStatement: N.PrintStatement,
  RaiseStatement: N.RaiseStatement, ImportStatement: N.ImportStatement,
  ScopeStatement: N.ScopeStatement, AssertStatement: N.AssertStatement,
  TypeDefinition: N.TypeDefinition, StatementGroup: N.StatementGroup, IfStatement: N.IfStatement,
  WhileStatement: N.WhileStatement, ForStatement: N.ForStatement, TryStatement: N.TryStatement,
  WithStatement: N.WithStatement, FunctionDefinition: N.FunctionDefinition,
  ClassDefinition: N.ClassDefinition, DecoratedStatement: N.DecoratedStatement,
  Decorator: N.Decorator, MatchStatement: N.MatchStatement, MatchBody: N.MatchBody,
  MatchClause: N.MatchClause, Guard: N.Guard, Body: N.Body, TypeDef: N.TypeDef,
  TypeParamList: N.TypeParamList, ParamList: N.ParamList, ArgList: N.ArgList,
  BinaryExpression: N.BinaryExpression, UnaryExpression: N.UnaryExpression,
  AwaitExpression: N.AwaitExpression, ParenthesizedExpression: N.ParenthesizedExpression,
  TupleExpression: N.TupleExpression, ComprehensionExpression: N.ComprehensionExpression,
  ArrayExpression: N.ArrayExpression, ArrayComprehensionExpression: N.ArrayComprehensionExpression,
  DictionaryExpression: N.DictionaryExpression,
  DictionaryComprehensionExpression: N.DictionaryComprehensionExpression,
  SetExpression: N.SetExpression, SetComprehensionExpression: N.SetComprehensionExpression,
  CallExpression: N.CallExpression, MemberExpression: N.MemberExpression,
  ConditionalExpression: N.ConditionalExpression, LambdaExpression: N.LambdaExpression,
  NamedExpression: N.NamedExpression, YieldExpression: N.YieldExpression,
  VariableName: N.VariableName, PropertyName: N.PropertyName, Number: N.Number, String: N.String,
  FormatString: N.FormatString, ContinuedString: N.ContinuedString, Ellipsis: N.Ellipsis,
  None: N.None, Boolean: N.Boolean,
  CapturePattern: N.CapturePattern, LiteralPattern: N.LiteralPattern, AsPattern: N.AsPattern,
  OrPattern: N.OrPattern, AttributePattern: N.AttributePattern,
  SequencePattern: N.SequencePattern, MappingPattern: N.MappingPattern,
  StarPattern: N.StarPattern, ClassPattern: N.ClassPattern, PatternArgList: N.PatternArgList,
  KeywordPattern: N.KeywordPattern,
  ArithOp: N.ArithOp, BitOp: N.BitOp, CompareOp: N.CompareOp, UpdateOp: N.UpdateOp,
  AssignOp: N.AssignOp, LogicOp: N.LogicOp,
  as: N.KwAs, async: N.KwAsync, if: N.KwIf, elif: N.KwElif, else: N.KwElse, for: N.KwFor,
  in: N.KwIn, not: N.KwNot, is: N.KwIs, or: N.KwOr, and: N.KwAnd, from: N.KwFrom,
  import: N.KwImport, except: N.KwExcept, finally: N.KwFinally, global: N.KwGlobal,
  nonlocal: N.KwNonlocal, lambda: N.KwLambda, yield: N.KwYield, await: N.KwAwait, del: N.KwDel,
  with: N.KwWith, while: N.KwWhile, try: N.KwTry, def: N.KwDef, class: N.KwClass,
  return: N.KwReturn, raise: N.KwRaise, assert: N.KwAssert, match: N.KwMatch, case: N.KwCase,
  "*": N.Star, "**": N.StarStar, ",": N.Comma, ":": N.Colon, ".": N.Dot, ";": N.Semicolon,
  "(": N.LParen, ")": N.RParen, "[": N.LBracket, "]": N.RBracket, "{": N.LBrace, "}": N.RBrace,
  At: N.At,
};

/**
 * @lezer/python with its Python 2 `print` statement tokenizer switched off, so that `print` is
 * an ordinary name (`print = 3` is valid Python 3). The grammar declares that tokenizer first;
 * the check below makes sure the one replaced is it.
 */
function configure(): LRParser {
  const tokenizers = (lezerPython as unknown as { tokenizers: readonly unknown[] }).tokenizers;
  const legacyPrint = tokenizers[0];
  if (!(legacyPrint instanceof ExternalTokenizer)) throw new Error("glasspy: unexpected @lezer/python layout");
  const configured = lezerPython.configure({
    tokenizers: [{ from: legacyPrint, to: new ExternalTokenizer(() => {}) }],
  });
  if (configured.parse("print = 1").toString().includes("Print")) {
    throw new Error("glasspy: could not switch off @lezer/python's print statement");
  }
  return configured;
}

export const pythonParser = configure();

const kindById = new Uint8Array(pythonParser.nodeSet.types.length);
for (const type of pythonParser.nodeSet.types) kindById[type.id] = type.isError ? N.Error : KIND_BY_NAME[type.name] ?? N.Other;

/** The kind of a node; `Other` for a missing one (past the end of a child list). */
export function kindOf(node: SyntaxNode | null | undefined): N {
  return node === undefined || node === null ? N.Other : kindById[node.type.id];
}

export function parseTree(text: string): Tree {
  return pythonParser.parse(text);
}

/** The children of a node, without comments. */
export function kids(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c !== null; c = c.nextSibling) if (kindOf(c) !== N.Comment) out.push(c);
  return out;
}
