/**
 * What each identifier in the file refers to: an import (with its module and export name), a free global, or a local
 * variable. Built once per file from ESLint's scope analysis, so a local binding that shadows `it` is never mistaken
 * for the runner's `it`.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from './ast';
import { propertyKeyName } from './nodes';

export type Binding =
  | { readonly type: 'import'; readonly module: string; readonly exportName: string }
  | { readonly type: 'global'; readonly name: string }
  | { readonly type: 'local'; readonly variable: TSESLint.Scope.Variable };

export class Bindings {
  private readonly byIdentifier = new Map<TSESTree.Node, Binding>();
  private readonly importOfVariable = new Map<TSESLint.Scope.Variable, Binding>();
  private readonly globalBindings = new Map<string, Binding>();
  /** Modules the file imports or requires. */
  readonly importedModules = new Set<string>();
  /** Names of free globals the file uses. */
  readonly globalNames = new Set<string>();
  /** Local names handed to a call, `it('logs in', check)` or `it('x', helpers.check)`: where same-file callbacks are passed. */
  readonly localsPassedToCalls: TSESTree.Node[] = [];

  constructor(scopeManager: TSESLint.Scope.ScopeManager | null) {
    if (scopeManager === null) return;
    const globalScope = scopeManager.globalScope;
    for (const scope of scopeManager.scopes) {
      for (const reference of scope.references) {
        const variable = reference.resolved;
        if (variable === null || (variable.scope === globalScope && variable.defs.length === 0)) {
          // Unresolved, or a global declared by configuration (ESLint gives those a variable without definitions).
          const name = reference.identifier.name;
          let binding = this.globalBindings.get(name);
          if (binding === undefined) {
            binding = { type: 'global', name };
            this.globalBindings.set(name, binding);
            this.globalNames.add(name);
          }
          this.byIdentifier.set(reference.identifier, binding);
        } else {
          this.byIdentifier.set(reference.identifier, this.bindingOfVariable(variable));
          const passed = passedToCall(reference.identifier);
          if (passed !== undefined) this.localsPassedToCalls.push(passed);
        }
      }
    }
  }

  of(identifier: TSESTree.Node): Binding | undefined {
    return this.byIdentifier.get(identifier);
  }

  /** The local variable an identifier refers to (not an import, not a global). */
  localVariableOf(node: TSESTree.Node): TSESLint.Scope.Variable | undefined {
    const binding = this.byIdentifier.get(node);
    return binding?.type === 'local' ? binding.variable : undefined;
  }

  private bindingOfVariable(variable: TSESLint.Scope.Variable): Binding {
    let binding = this.importOfVariable.get(variable);
    if (binding === undefined) {
      binding = importBinding(variable) ?? { type: 'local', variable };
      if (binding.type === 'import') this.importedModules.add(binding.module);
      this.importOfVariable.set(variable, binding);
    }
    return binding;
  }

  /** Records imports that are never referenced too, so that the framework of a file is known from its imports alone. */
  noteDeclarations(program: TSESTree.Program): void {
    for (const statement of program.body) {
      if (statement.type === AST_NODE_TYPES.ImportDeclaration) this.importedModules.add(statement.source.value);
      if (statement.type === AST_NODE_TYPES.ExpressionStatement) {
        // `require('chai').should()` and `require('mocha')`: loaded for their effect.
        let expression: TSESTree.Node = statement.expression;
        while (expression.type === AST_NODE_TYPES.CallExpression && expression.callee.type === AST_NODE_TYPES.MemberExpression) {
          expression = expression.callee.object;
        }
        const specifier = expression.type === AST_NODE_TYPES.CallExpression ? requiredModule(expression) : undefined;
        if (specifier !== undefined) this.importedModules.add(specifier.module);
      }
      if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
        for (const declarator of statement.declarations) {
          const specifier = declarator.init === null ? undefined : requiredModule(declarator.init);
          if (specifier !== undefined) this.importedModules.add(specifier.module);
        }
      }
    }
  }
}

/** The argument an identifier is, or names the member of: `check` in `it('x', check)`, `helpers.check` in `it('x', helpers.check)`. */
function passedToCall(identifier: TSESTree.Node): TSESTree.Node | undefined {
  const parent = identifier.parent;
  const argument = parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === identifier ? parent : identifier;
  const call = argument.parent;
  return call?.type === AST_NODE_TYPES.CallExpression && call.callee !== argument && call.arguments.includes(argument as TSESTree.Expression)
    ? argument
    : undefined;
}

function importBinding(variable: TSESLint.Scope.Variable): Binding | undefined {
  const def = variable.defs[0];
  if (def === undefined || variable.defs.length !== 1) return undefined;
  if (def.type === 'ImportBinding') {
    const declaration = def.parent;
    if (declaration.type !== AST_NODE_TYPES.ImportDeclaration) return undefined;
    const module = declaration.source.value;
    const specifier = def.node;
    switch (specifier.type) {
      case AST_NODE_TYPES.ImportDefaultSpecifier:
        return { type: 'import', module, exportName: 'default' };
      case AST_NODE_TYPES.ImportNamespaceSpecifier:
        return { type: 'import', module, exportName: '*' };
      case AST_NODE_TYPES.ImportSpecifier: {
        const imported = specifier.imported;
        const exportName = imported.type === AST_NODE_TYPES.Identifier ? imported.name : imported.value;
        return { type: 'import', module, exportName };
      }
      default:
        return undefined;
    }
  }
  if (def.type === 'Variable' && def.node.type === AST_NODE_TYPES.VariableDeclarator && def.node.init !== null) {
    const required = requiredModule(def.node.init);
    if (required === undefined) return undefined;
    if (def.node.id.type === AST_NODE_TYPES.Identifier) {
      return { type: 'import', module: required.module, exportName: required.exportName ?? '*' };
    }
    if (def.node.id.type === AST_NODE_TYPES.ObjectPattern && required.exportName === undefined) {
      const key = destructuredKey(def.node.id, def.name);
      if (key !== undefined) return { type: 'import', module: required.module, exportName: key };
    }
  }
  return undefined;
}

/** `require('m')`, `require('m').name`, `await import('m')`. */
export function requiredModule(init: TSESTree.Expression): { module: string; exportName?: string } | undefined {
  let node = init;
  let exportName: string | undefined;
  if (node.type === AST_NODE_TYPES.MemberExpression && !node.computed && node.property.type === AST_NODE_TYPES.Identifier) {
    exportName = node.property.name;
    node = node.object;
  }
  if (node.type === AST_NODE_TYPES.AwaitExpression && node.argument.type === AST_NODE_TYPES.ImportExpression) {
    const source = node.argument.source;
    return source.type === AST_NODE_TYPES.Literal && typeof source.value === 'string' ? { module: source.value, exportName } : undefined;
  }
  if (
    node.type === AST_NODE_TYPES.CallExpression &&
    node.callee.type === AST_NODE_TYPES.Identifier &&
    node.callee.name === 'require' &&
    node.arguments.length === 1
  ) {
    const argument = node.arguments[0]!;
    if (argument.type === AST_NODE_TYPES.Literal && typeof argument.value === 'string') return { module: argument.value, exportName };
  }
  return undefined;
}

/** The property key under which `name` is bound in a destructuring pattern (`{ it: specify }` → `it`), top level only. */
export function destructuredKey(pattern: TSESTree.ObjectPattern, name: TSESTree.Identifier): string | undefined {
  for (const property of pattern.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
    const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
    if (value === name || (value.type === AST_NODE_TYPES.Identifier && value.range[0] === name.range[0])) {
      return propertyKeyName(property);
    }
  }
  return undefined;
}
