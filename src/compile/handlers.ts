/**
 * Exception handling: `try`/`except`/`else`/`finally`, `with`, `raise`, `assert`.
 *
 * 3.11 has zero-cost exceptions: no instruction runs on entering a `try`. The code generator
 * brackets protected code with SETUP_* and POP_BLOCK pseudo-instructions; the assembler turns them
 * into the exception table. When an instruction in a region raises, the VM pops the value
 * stack to the region's depth, pushes the offset of the raising instruction if the handler
 * asks for it ("lasti": SETUP_CLEANUP and SETUP_WITH regions), pushes the exception, and jumps
 * to the handler. The stack discipline of a handler, as CPython's:
 *
 *   try body                 SETUP_FINALLY handler ... POP_BLOCK
 *   handler:  [exc]          PUSH_EXC_INFO        -> [prev_exc, exc]   (exc is now "handled")
 *             (in a SETUP_CLEANUP region: on a further exception, jump to cleanup)
 *             [prev_exc, exc] <type> CHECK_EXC_MATCH POP_JUMP_IF_FALSE next_handler
 *             ... body ...   POP_EXCEPT           -> []                (prev_exc restored)
 *   next:     RERAISE 0      (no handler matched: re-raise exc; prev_exc is restored by cleanup)
 *   cleanup:  [prev_exc, lasti, exc2] COPY 3; POP_EXCEPT; RERAISE 1   (restore f_lasti, raise exc2)
 *
 * `with` keeps the bound `__exit__` under the body's values; on an exception WITH_EXCEPT_START
 * calls it with the exception, and a true result swallows the exception.
 */
import type * as ast from "../parse/ast.js";
import { Op } from "./opcodes.js";
import { Block, Pseudo } from "./ir.js";
import type { Compiler } from "./codegen.js";
import { FBlockType } from "./unit.js";
import { jumpIf } from "./expr.js";

/** [exc_info, lasti, exc] -> restore the previous exception and re-raise exc with its lasti. */
function popExceptAndReraise(c: Compiler): void {
  c.addop(Op.COPY, 3);
  c.addop(Op.POP_EXCEPT);
  c.addop(Op.RERAISE, 1);
}

export function compileTry(c: Compiler, s: ast.Try): void {
  if (s.finalbody.length) tryFinally(c, s);
  else tryExcept(c, s);
}

function tryFinally(c: Compiler, s: ast.Try): void {
  const body = c.newBlock();
  const end = c.newBlock();
  const exit = c.newBlock();
  const cleanup = c.newBlock();
  /* the try block */
  c.jump(Pseudo.SETUP_FINALLY, end);
  c.useNextBlock(body);
  c.pushFblock({ type: FBlockType.FinallyTry, finalbody: s.finalbody });
  if (s.handlers.length) tryExcept(c, s);
  else c.visitStmts(s.body);
  c.u.addopNoLine(Pseudo.POP_BLOCK);
  c.popFblock(FBlockType.FinallyTry);
  c.visitStmts(s.finalbody);
  c.jumpNoLine(Pseudo.JUMP, exit);
  /* the finally block, on the exceptional path */
  c.useNextBlock(end);
  c.unsetLoc();
  c.jump(Pseudo.SETUP_CLEANUP, cleanup);
  c.addop(Op.PUSH_EXC_INFO);
  c.pushFblock({ type: FBlockType.FinallyEnd });
  c.visitStmts(s.finalbody);
  c.popFblock(FBlockType.FinallyEnd);
  c.addop(Op.RERAISE, 0);
  c.useNextBlock(cleanup);
  popExceptAndReraise(c);
  c.useNextBlock(exit);
}

function tryExcept(c: Compiler, s: ast.Try): void {
  const body = c.newBlock();
  let except = c.newBlock();
  const end = c.newBlock();
  const cleanup = c.newBlock();
  c.jump(Pseudo.SETUP_FINALLY, except);
  c.useNextBlock(body);
  c.pushFblock({ type: FBlockType.TryExcept });
  c.visitStmts(s.body);
  c.popFblock(FBlockType.TryExcept);
  c.u.addopNoLine(Pseudo.POP_BLOCK);
  c.visitStmts(s.orelse);
  c.jumpNoLine(Pseudo.JUMP, end);
  c.useNextBlock(except);

  c.unsetLoc();
  c.jump(Pseudo.SETUP_CLEANUP, cleanup);
  c.addop(Op.PUSH_EXC_INFO);
  /* the runtime pushes a handler here */
  c.pushFblock({ type: FBlockType.ExceptionHandler });
  s.handlers.forEach((handler, i) => {
    c.setLoc(handler);
    if (!handler.type && i < s.handlers.length - 1) c.error("default 'except:' must be last");
    except = c.newBlock();
    if (handler.type) {
      c.visitExpr(handler.type);
      c.addop(Op.CHECK_EXC_MATCH);
      c.jump(Pseudo.POP_JUMP_IF_FALSE, except);
    }
    if (handler.name !== undefined) {
      const cleanupEnd = c.newBlock();
      const cleanupBody = c.newBlock();
      c.nameop(handler.name, "Store");
      /*
       * try:
       *     body
       * finally:
       *     name = None   # in case the body contains "del name"
       *     del name
       */
      c.jump(Pseudo.SETUP_CLEANUP, cleanupEnd);
      c.useNextBlock(cleanupBody);
      c.pushFblock({ type: FBlockType.HandlerCleanup, name: handler.name });
      c.visitStmts(handler.body);
      c.popFblock(FBlockType.HandlerCleanup);
      c.unsetLoc();
      c.addop(Pseudo.POP_BLOCK);
      c.addop(Pseudo.POP_BLOCK);
      c.addop(Op.POP_EXCEPT);
      clearName(c, handler.name);
      c.jump(Pseudo.JUMP, end);
      /* the handler body raised */
      c.useNextBlock(cleanupEnd);
      c.unsetLoc();
      clearName(c, handler.name);
      c.addop(Op.RERAISE, 1);
    } else {
      const cleanupBody = c.newBlock();
      c.addop(Op.POP_TOP); /* exc_value */
      c.useNextBlock(cleanupBody);
      c.pushFblock({ type: FBlockType.HandlerCleanup, name: undefined });
      c.visitStmts(handler.body);
      c.popFblock(FBlockType.HandlerCleanup);
      c.unsetLoc();
      c.addop(Pseudo.POP_BLOCK);
      c.addop(Op.POP_EXCEPT);
      c.jump(Pseudo.JUMP, end);
    }
    c.useNextBlock(except);
  });
  /* no handler matched */
  c.unsetLoc();
  c.popFblock(FBlockType.ExceptionHandler);
  c.addop(Op.RERAISE, 0);
  c.useNextBlock(cleanup);
  popExceptAndReraise(c);
  c.useNextBlock(end);
}

/** `name = None; del name` after `except E as name`. */
function clearName(c: Compiler, name: string): void {
  c.loadConst(null);
  c.nameop(name, "Store");
  c.nameop(name, "Del");
}

/** The exceptional exit of a `with`: WITH_EXCEPT_START has called __exit__; its result is on top. */
function withExceptFinish(c: Compiler, cleanup: Block): void {
  c.unsetLoc();
  const exit = c.newBlock();
  c.jump(Pseudo.POP_JUMP_IF_TRUE, exit);
  c.addop(Op.RERAISE, 2);
  c.useNextBlock(cleanup);
  popExceptAndReraise(c);
  c.useNextBlock(exit);
  c.addop(Op.POP_TOP); /* exc_value */
  c.addop(Pseudo.POP_BLOCK);
  c.addop(Op.POP_EXCEPT);
  c.addop(Op.POP_TOP);
  c.addop(Op.POP_TOP);
}

/**
 *     <context expression>  BEFORE_WITH            -> [exit, value]
 *     SETUP_WITH final      <store value or POP_TOP> <body> POP_BLOCK
 *     exit(None, None, None)  POP_TOP  JUMP done
 * final:  [exit, lasti, exc]  PUSH_EXC_INFO  WITH_EXCEPT_START  POP_JUMP_IF_TRUE swallow  RERAISE 2
 * swallow: POP_TOP POP_EXCEPT POP_TOP POP_TOP
 */
export function compileWith(c: Compiler, s: ast.With, pos: number): void {
  const item = s.items[pos];
  const block = c.newBlock();
  const final = c.newBlock();
  const exit = c.newBlock();
  const cleanup = c.newBlock();
  c.visitExpr(item.context_expr);
  c.addop(Op.BEFORE_WITH);
  c.jump(Pseudo.SETUP_WITH, final);
  c.useNextBlock(block);
  c.pushFblock({ type: FBlockType.With, stmt: s });
  if (item.optional_vars) c.visitExpr(item.optional_vars);
  else c.addop(Op.POP_TOP); /* the result of __enter__() */
  if (pos + 1 === s.items.length) c.visitStmts(s.body);
  else compileWith(c, s, pos + 1);
  /* everything from here on is artificial */
  c.unsetLoc();
  c.addop(Pseudo.POP_BLOCK);
  c.popFblock(FBlockType.With);
  /* normal exit: __exit__(None, None, None) */
  c.setLoc(s);
  c.callExitWithNones();
  c.addop(Op.POP_TOP);
  c.jump(Pseudo.JUMP, exit);
  /* exceptional exit */
  c.useNextBlock(final);
  c.jump(Pseudo.SETUP_CLEANUP, cleanup);
  c.addop(Op.PUSH_EXC_INFO);
  c.addop(Op.WITH_EXCEPT_START);
  withExceptFinish(c, cleanup);
  c.useNextBlock(exit);
}

export function compileRaise(c: Compiler, s: ast.Raise): void {
  let n = 0;
  if (s.exc) {
    c.visitExpr(s.exc);
    n++;
    if (s.cause) {
      c.visitExpr(s.cause);
      n++;
    }
  }
  c.addop(Op.RAISE_VARARGS, n);
}

export function compileAssert(c: Compiler, s: ast.Assert): void {
  if (c.options.optimize) return;
  const end = c.newBlock();
  jumpIf(c, s.test, end, true);
  c.addop(Op.LOAD_ASSERTION_ERROR);
  if (s.msg) {
    c.visitExpr(s.msg);
    c.addop(Op.CALL, 0);
  }
  c.addop(Op.RAISE_VARARGS, 1);
  c.useNextBlock(end);
}
