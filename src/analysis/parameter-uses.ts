/**
 * What a function does with what it is given: the methods it calls on each parameter (`pool.end()`,
 * `orm.connection.close()`) and the plain functions it hands a parameter to (`clearInterval(timer)`), followed one
 * helper deeper when it passes a parameter on. A call of the function can then be read as those calls made on its
 * arguments, so that `await closePool(pool)` closes `pool` as `await pool.end()` would.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from './ast';
import { memberName, skipTransparent, type FunctionNode } from './nodes';

/** A call the function makes with a parameter: a method path on it, or a free function given it at `position`. */
export type ParameterUse = { readonly methods: readonly string[] } | { readonly passedTo: string; readonly position: number };

/** Per parameter position, what the function does with it (an empty list for a parameter it does nothing with). */
export type ParameterUses = readonly (readonly ParameterUse[])[];

/** Enough uses to find a release among them; a helper that does more with a parameter is rarely only closing it. */
const usesLimit = 16;
const noUses: ParameterUses = [];

/**
 * The uses of each parameter of `fn`, whose variables `declaredVariables` gives. `callee` answers for a function the parameter is passed on to (a same-module
 * helper, an imported one): its own uses, or undefined when it is not known.
 */
export function parameterUsesOf(
  fn: FunctionNode,
  declaredVariables: (node: TSESTree.Node) => readonly TSESLint.Scope.Variable[],
  callee: (node: TSESTree.Node) => ParameterUses | undefined,
): ParameterUses {
  if (fn.params.length === 0) return noUses;
  const declared = declaredVariables(fn);
  return fn.params.map((param) => {
    const name = param.type === AST_NODE_TYPES.AssignmentPattern ? param.left : param;
    if (name.type !== AST_NODE_TYPES.Identifier) return [];
    const variable = declared.find((candidate) => candidate.defs.some((def) => def.name === name));
    return variable === undefined ? [] : usesOf(variable, callee);
  });
}

function usesOf(variable: TSESLint.Scope.Variable, callee: (node: TSESTree.Node) => ParameterUses | undefined): ParameterUse[] {
  const uses: ParameterUse[] = [];
  for (const reference of variable.references) {
    if (uses.length >= usesLimit) break;
    if (!reference.isRead()) continue;
    let node: TSESTree.Node = reference.identifier;
    const methods: string[] = [];
    for (let parent = node.parent; parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === node; parent = node.parent) {
      const name = memberName(parent);
      if (name === undefined) break;
      methods.push(name);
      node = parent;
    }
    const call = node.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression) continue;
    if (call.callee === node) {
      if (methods.length > 0) uses.push({ methods });
      continue;
    }
    const position = call.arguments.indexOf(node as TSESTree.CallExpressionArgument);
    if (methods.length > 0 || position === -1) continue;
    const target = skipTransparent(call.callee);
    const passedOn = callee(target)?.[position];
    if (passedOn !== undefined) {
      uses.push(...passedOn.filter((use) => 'methods' in use));
      continue;
    }
    // A free function (`clearInterval(timer)`): a global, so it means the same at the call site.
    if (target.type === AST_NODE_TYPES.Identifier && isGlobal(target, variable)) uses.push({ passedTo: target.name, position });
  }
  return uses.slice(0, usesLimit);
}

/** Whether an identifier in the same function as the parameter's references names no variable of the file. */
function isGlobal(identifier: TSESTree.Identifier, parameter: TSESLint.Scope.Variable): boolean {
  for (let scope: TSESLint.Scope.Scope | null = parameter.scope; scope !== null; scope = scope.upper) {
    const variable = scope.set.get(identifier.name);
    if (variable !== undefined) return variable.defs.length === 0;
  }
  return true;
}
