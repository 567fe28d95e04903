/**
 * Dropping a test's `done` callback when the fix makes the test await its work instead: jest and mocha fail a test that
 * both takes `done` and returns a promise, and vitest rejects `done` outright ("done() callback is deprecated"), so the
 * `async` a fix adds must take `done` away in the same fix.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '../analysis/ast';
import { referencesToParameter, type FunctionNode } from '../analysis/nodes';
import { removeOnlyParameter } from './remove-only-parameter';
import { removeStatement } from './remove-statement';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** The callback's only parameter when the callback calls it (`done()`): jest's `done`, or vitest's context taken for it. */
export function calledParameterOf(sourceCode: SourceCode, fn: FunctionNode): TSESTree.Identifier | undefined {
  const [param] = fn.params;
  if (fn.params.length !== 1 || param?.type !== AST_NODE_TYPES.Identifier) return undefined;
  const called = referencesToParameter(sourceCode, param).some((reference) => {
    const call = reference.parent;
    return call?.type === AST_NODE_TYPES.CallExpression && call.callee === reference;
  });
  return called ? param : undefined;
}

/**
 * The `done();` statements to remove with `done`, or undefined when `done` is used some other way (`done(error)`,
 * `.catch(done)`, `setTimeout(done)`): those decide when the test ends, which awaiting one expression does not replace.
 * `within` says where a `done();` may stand: in the test's own body, or in the work now awaited.
 */
export function doneStatements(
  sourceCode: SourceCode,
  done: TSESTree.Identifier,
  within: (statement: TSESTree.ExpressionStatement) => boolean,
): TSESTree.ExpressionStatement[] | undefined {
  const statements: TSESTree.ExpressionStatement[] = [];
  for (const reference of referencesToParameter(sourceCode, done)) {
    if (reference === done) continue;
    const statement = isDoneStatement(reference) ? (reference.parent!.parent as TSESTree.ExpressionStatement) : undefined;
    if (statement === undefined || !within(statement)) return undefined;
    statements.push(statement);
  }
  return statements;
}

export function removeDone(
  fixer: TSESLint.RuleFixer,
  sourceCode: SourceCode,
  done: TSESTree.Identifier,
  statements: readonly TSESTree.ExpressionStatement[],
): TSESLint.RuleFix[] {
  return [removeOnlyParameter(fixer, sourceCode, done), ...statements.map((statement) => removeStatement(fixer, sourceCode, statement))];
}

/** `done();`: a call of the parameter with no argument, as a statement of its own. */
function isDoneStatement(reference: TSESTree.Node): boolean {
  const call = reference.parent;
  return (
    call?.type === AST_NODE_TYPES.CallExpression &&
    call.callee === reference &&
    call.arguments.length === 0 &&
    call.parent?.type === AST_NODE_TYPES.ExpressionStatement
  );
}
