/**
 * Inserting `await` before an expression, with parentheses where precedence needs them, and making the enclosing
 * function `async` in the same fix when it is not. Several fixes in one function all carry the `async` insertion;
 * ESLint applies the first and re-runs the rest in a later pass, where the function is already async, so `async` is
 * never inserted twice.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { ASTUtils } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '../analysis/ast';
import type { FunctionNode } from '../analysis/nodes';

type Fixer = TSESLint.RuleFixer;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** Expressions that bind at least as tightly as `await x` and need no parentheses after it. */
const tightExpressions = new Set<string>([
  AST_NODE_TYPES.Identifier,
  AST_NODE_TYPES.MemberExpression,
  AST_NODE_TYPES.CallExpression,
  AST_NODE_TYPES.NewExpression,
  AST_NODE_TYPES.ChainExpression,
  AST_NODE_TYPES.TaggedTemplateExpression,
  AST_NODE_TYPES.TemplateLiteral,
  AST_NODE_TYPES.Literal,
  AST_NODE_TYPES.ArrayExpression,
  AST_NODE_TYPES.ObjectExpression,
  AST_NODE_TYPES.ThisExpression,
  AST_NODE_TYPES.AwaitExpression,
  AST_NODE_TYPES.UnaryExpression,
  AST_NODE_TYPES.TSNonNullExpression,
]);

export function canMakeAsync(fn: FunctionNode): boolean {
  if (fn.async) return true;
  if (fn.generator) return false;
  // Getters, setters and class members (which may carry modifiers) are left alone.
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.Property && parent.value === fn) return parent.kind === 'init';
  return parent?.type !== AST_NODE_TYPES.MethodDefinition;
}

export function makeAsync(fixer: Fixer, sourceCode: SourceCode, fn: FunctionNode): TSESLint.RuleFix | undefined {
  if (fn.async) return undefined;
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.Property && parent.method) return fixer.insertTextBefore(parent, 'async ');
  const first = sourceCode.getFirstToken(fn);
  return first === null ? undefined : fixer.insertTextBefore(first, 'async ');
}

/** `await <expression>`, parenthesised where needed, plus `async` on `fn` when it is given and not async yet. */
export function addAwait(fixer: Fixer, sourceCode: SourceCode, expression: TSESTree.Node, fn?: FunctionNode): TSESLint.RuleFix[] {
  const fixes: TSESLint.RuleFix[] = [];
  const asyncFix = fn === undefined ? undefined : makeAsync(fixer, sourceCode, fn);
  if (asyncFix !== undefined) fixes.push(asyncFix);
  if (ASTUtils.isParenthesized(expression, sourceCode)) {
    const opening = sourceCode.getTokenBefore(expression)!;
    fixes.push(fixer.insertTextBefore(opening, 'await '));
  } else if (tightExpressions.has(expression.type)) {
    fixes.push(fixer.insertTextBefore(expression, 'await '));
  } else {
    fixes.push(fixer.insertTextBefore(expression, 'await ('), fixer.insertTextAfter(expression, ')'));
  }
  return fixes;
}

/** `void <expression>` → `await <expression>`. */
export function replaceVoidWithAwait(
  fixer: Fixer,
  sourceCode: SourceCode,
  voidExpression: TSESTree.UnaryExpression,
  fn?: FunctionNode,
): TSESLint.RuleFix[] {
  const fixes: TSESLint.RuleFix[] = [];
  const asyncFix = fn === undefined ? undefined : makeAsync(fixer, sourceCode, fn);
  if (asyncFix !== undefined) fixes.push(asyncFix);
  const voidToken = sourceCode.getFirstToken(voidExpression)!;
  fixes.push(fixer.replaceText(voidToken, 'await'));
  return fixes;
}
