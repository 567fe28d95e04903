/**
 * Keys that name a callee across the file: the same binding (an import's module and export, a global, a local
 * variable) and the same member path give the same key, so that a callee awaited in one place is known in another.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Bindings } from './bindings';
import { calleePath } from './nodes';

export class CalleeKeys {
  private readonly variableIds = new Map<TSESLint.Scope.Variable, number>();

  constructor(private readonly bindings: Bindings) {}

  /** The key of a callee, or undefined when it is not a binding followed by plain members. */
  of(callee: TSESTree.Node): string | undefined {
    const path = calleePath(callee);
    if (path === undefined) return undefined;
    const binding = this.bindings.of(path.root);
    let root: string;
    if (binding === undefined) return undefined;
    if (binding.type === 'import') root = `import:${binding.module}:${binding.exportName}`;
    else if (binding.type === 'global') root = `global:${binding.name}`;
    else root = `local:${this.variableId(binding.variable)}`;
    return [root, ...path.members].join('.');
  }

  private variableId(variable: TSESLint.Scope.Variable): number {
    let id = this.variableIds.get(variable);
    if (id === undefined) {
      id = this.variableIds.size;
      this.variableIds.set(variable, id);
    }
    return id;
  }
}
