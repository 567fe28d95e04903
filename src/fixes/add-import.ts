/**
 * Adding a name to an existing import from the runner (`import { describe, it } from '@jest/globals'` gains
 * `beforeAll`). Imports are only ever extended, never created: a file that uses the runner's globals needs none.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '../analysis/ast';

export function addNamedImport(fixer: TSESLint.RuleFixer, program: TSESTree.Program, module: string, name: string): TSESLint.RuleFix | undefined {
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ImportDeclaration || statement.source.value !== module || statement.importKind === 'type') continue;
    const named = statement.specifiers.filter((specifier) => specifier.type === AST_NODE_TYPES.ImportSpecifier);
    if (named.some((specifier) => specifier.local.name === name)) return undefined;
    const last = named.at(-1);
    if (last !== undefined) return fixer.insertTextAfter(last, `, ${name}`);
  }
  return undefined;
}

/** Whether the file has a named import from the module that a name can be added to. */
export function hasNamedImport(program: TSESTree.Program, module: string): boolean {
  return program.body.some(
    (statement) =>
      statement.type === AST_NODE_TYPES.ImportDeclaration &&
      statement.source.value === module &&
      statement.importKind !== 'type' &&
      statement.specifiers.some((specifier) => specifier.type === AST_NODE_TYPES.ImportSpecifier),
  );
}

/**
 * The local name under which a fix can use an export of the module: its own import's local name, or the export's name
 * when it can be added to an existing named import from the module (see `addNamedImport`).
 */
export function importableName(program: TSESTree.Program, module: string, exportName: string): string | undefined {
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ImportDeclaration || statement.source.value !== module) continue;
    for (const specifier of statement.specifiers) {
      if (
        specifier.type === AST_NODE_TYPES.ImportSpecifier &&
        specifier.imported.type === AST_NODE_TYPES.Identifier &&
        specifier.imported.name === exportName
      ) {
        return specifier.local.name;
      }
    }
  }
  return hasNamedImport(program, module) ? exportName : undefined;
}
