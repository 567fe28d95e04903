import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/** Drops a function's only parameter: `(done) =>` → `() =>`, `done =>` → `() =>`, `function (done)` → `function ()`. */
export function removeOnlyParameter(
  fixer: TSESLint.RuleFixer,
  sourceCode: Readonly<TSESLint.SourceCode>,
  param: TSESTree.Identifier,
): TSESLint.RuleFix {
  return fixer.replaceText(param, sourceCode.getTokenBefore(param)?.value === '(' ? '' : '()');
}
