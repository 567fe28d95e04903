import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/** Removes a statement with the blanks before it and the line break after it, so that no blank line is left behind. */
export function removeStatement(fixer: TSESLint.RuleFixer, sourceCode: Readonly<TSESLint.SourceCode>, statement: TSESTree.Node): TSESLint.RuleFix {
  const text = sourceCode.text;
  let start = statement.range[0];
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  let end = statement.range[1];
  if (text[end] === '\n') end++;
  return fixer.removeRange([start, end]);
}
