/**
 * Running code when the current test ends, registered from inside the test with the runner's per-test teardown: a
 * function of the runner module (`onTestFinished`, added to an existing named import from it) or a method of the test
 * context the callback takes first (node:test's `t.after`).
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '../analysis/ast';
import type { FunctionNode } from '../analysis/nodes';
import type { Runner } from '../knowledge';
import { addNamedImport, hasNamedImport } from './add-import';

export interface TestEndTeardown {
  /** The callee to write: `onTestFinished`, `t.after`. */
  readonly callee: string;
  /** The fix's edits: the one that writes the registration, and the import the callee needs, if any. */
  register(fixer: TSESLint.RuleFixer, edit: TSESLint.RuleFix): TSESLint.RuleFix[];
}

/** The teardown a test callback can register, or undefined when its runner has none the fix can reach. */
export function teardownWhenTestEnds(
  sourceCode: Readonly<TSESLint.SourceCode>,
  runner: Runner | undefined,
  callback: FunctionNode,
): TestEndTeardown | undefined {
  const teardown = runner?.perTestTeardown;
  if (runner === undefined || teardown === undefined) return undefined;
  if ('contextMethod' in teardown) {
    const context = callback.params[0];
    if (context?.type !== AST_NODE_TYPES.Identifier) return undefined;
    return { callee: `${context.name}.${teardown.contextMethod}`, register: (_fixer, edit) => [edit] };
  }
  // Imports are only extended: without a named import from the runner, the function may not exist in the file.
  if (!hasNamedImport(sourceCode.ast, runner.module)) return undefined;
  return {
    callee: teardown.function,
    register: (fixer, edit) => {
      const importFix = addNamedImport(fixer, sourceCode.ast, runner.module, teardown.function);
      return importFix === undefined ? [edit] : [edit, importFix];
    },
  };
}
