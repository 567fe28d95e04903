/**
 * Adding a name to an existing import from the runner (`import { describe, it } from '@jest/globals'` gains
 * `beforeAll`). Imports are only ever extended, never created: a file that uses the runner's globals needs none.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '../analysis/ast';

export function addNamedImport(
  fixer: TSESLint.RuleFixer,
  program: TSESTree.Program,
  module: string,
  name: string,
): TSESLint.RuleFix | undefined {
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ImportDeclaration || statement.source.value !== module || statement.importKind === 'type') continue;
    const named = statement.specifiers.filter((specifier) => specifier.type === AST_NODE_TYPES.ImportSpecifier);
    if (named.some((specifier) => specifier.local.name === name)) return undefined;
    const last = named.at(-1);
    if (last !== undefined) return fixer.insertTextAfter(last, `, ${name}`);
  }
  return undefined;
}
