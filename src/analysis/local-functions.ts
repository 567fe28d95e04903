/**
 * The same-file function a callee or identifier names: `helper` bound to a function declaration or a `const` arrow,
 * `helpers.create` on an object literal. Resolved through the file's bindings, so an import or a global never is one.
 * Also whether an argument is a callback: a function literal, such a function, or a parameter named like `done`.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from './ast';
import type { Bindings } from './bindings';
import { isFunction, memberName, propertyKeyName, skipTransparent, type FunctionNode } from './nodes';

/** Parameter names that conventionally hold a completion callback (`.expect(200, done)`). */
const callbackParameterName = /^(done|cb|callback|next|finish|end|testDone)\d*$/i;

/** The same-file function a callee refers to: `helper`, `helpers.create` on an object literal. */
export function localFunction(callee: TSESTree.Node, bindings: Bindings): FunctionNode | undefined {
  const node = skipTransparent(callee);
  if (node.type === AST_NODE_TYPES.Identifier) {
    const variable = bindings.localVariableOf(node);
    return variable === undefined ? undefined : functionOfVariable(variable);
  }
  if (node.type === AST_NODE_TYPES.MemberExpression && node.object.type === AST_NODE_TYPES.Identifier) {
    const name = memberName(node);
    const variable = bindings.localVariableOf(node.object);
    if (name === undefined || variable === undefined) return undefined;
    const init = singleInit(variable);
    if (init?.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
    for (const property of init.properties) {
      if (property.type === AST_NODE_TYPES.Property && !property.computed && propertyKeyName(property) === name && isFunction(property.value)) {
        return property.value;
      }
    }
  }
  return undefined;
}

/** A function given as a callback: a function literal, a same-file function, or a `done`-style parameter. */
export function isCallback(node: TSESTree.Node | undefined, bindings: Bindings): boolean {
  if (node === undefined) return false;
  if (isFunction(node)) return true;
  if (node.type !== AST_NODE_TYPES.Identifier) return false;
  if (localFunction(node, bindings) !== undefined) return true;
  const variable = bindings.localVariableOf(node);
  return variable?.defs[0]?.type === 'Parameter' && callbackParameterName.test(node.name);
}

/** The function a variable holds for good: `function f() {}`, `const f = () => {}`, a `let` never reassigned. */
function functionOfVariable(variable: TSESLint.Scope.Variable): FunctionNode | undefined {
  const def = variable.defs[0];
  if (variable.defs.length !== 1 || def === undefined) return undefined;
  if (def.type === 'FunctionName' && isFunction(def.node)) return def.node;
  const init = singleInit(variable);
  return isFunction(init) ? init : undefined;
}

/** The initializer of a variable declared once with a plain name, when nothing else is ever written to it. */
export function singleInit(variable: TSESLint.Scope.Variable): TSESTree.Expression | undefined {
  const def = variable.defs[0];
  if (variable.defs.length !== 1 || def?.type !== 'Variable' || def.node.type !== AST_NODE_TYPES.VariableDeclarator) return undefined;
  if (def.node.id.type !== AST_NODE_TYPES.Identifier || def.node.init === null) return undefined;
  // A `let` that is reassigned may hold anything later.
  if (def.parent?.type === AST_NODE_TYPES.VariableDeclaration && def.parent.kind !== 'const') {
    if (variable.references.some((reference) => reference.isWrite() && reference.writeExpr !== def.node.init)) return undefined;
  }
  return def.node.init;
}
