/** Small questions about AST nodes that several parts of the analysis and the rules ask. */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from './ast';

export type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression | TSESTree.FunctionDeclaration;

export function isFunction(node: TSESTree.Node | null | undefined): node is FunctionNode {
  return (
    node?.type === AST_NODE_TYPES.ArrowFunctionExpression ||
    node?.type === AST_NODE_TYPES.FunctionExpression ||
    node?.type === AST_NODE_TYPES.FunctionDeclaration
  );
}

/** The name of a non-computed member (`a.b`, `a['b']`). */
export function memberName(node: TSESTree.MemberExpression): string | undefined {
  if (!node.computed && node.property.type === AST_NODE_TYPES.Identifier) return node.property.name;
  if (node.property.type === AST_NODE_TYPES.Literal && typeof node.property.value === 'string') return node.property.value;
  return undefined;
}

/** The name a property is written with: `{ url }`, `{ 'url': … }`, `{ 1: … }`; none when computed. */
export function propertyKeyName(property: TSESTree.Property): string | undefined {
  if (property.computed) return undefined;
  if (property.key.type === AST_NODE_TYPES.Identifier) return property.key.name;
  return property.key.type === AST_NODE_TYPES.Literal ? String(property.key.value) : undefined;
}

/** Strips what does not change a value at run time: TypeScript assertions and optional-chain wrappers. */
export function skipTransparent(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.ChainExpression:
        current = current.expression;
        break;
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

/** The root identifier and member names of a callee made of plain members: `a.b.c` → `a` and `[b, c]`. */
export function calleePath(callee: TSESTree.Node): { root: TSESTree.Identifier; members: string[] } | undefined {
  const members: string[] = [];
  let node = skipTransparent(callee);
  while (node.type === AST_NODE_TYPES.MemberExpression) {
    const name = memberName(node);
    if (name === undefined) return undefined;
    members.unshift(name);
    node = skipTransparent(node.object);
  }
  return node.type === AST_NODE_TYPES.Identifier ? { root: node, members } : undefined;
}

/** The innermost function that contains a node (the node itself excluded). */
export function enclosingFunction(node: TSESTree.Node): FunctionNode | undefined {
  for (let current = node.parent; current != null; current = current.parent) {
    if (isFunction(current)) return current;
  }
  return undefined;
}

/** A short rendering of an expression for messages: `request(…).get(…).expect(…)`. */
export function describeExpression(node: TSESTree.Node): string {
  const text = render(node, 0);
  return text.length > 60 ? `…${text.slice(text.length - 59)}` : text;
}

function render(node: TSESTree.Node, depth: number): string {
  if (depth > 12) return '…';
  switch (node.type) {
    case AST_NODE_TYPES.Identifier:
      return node.name;
    case AST_NODE_TYPES.ThisExpression:
      return 'this';
    case AST_NODE_TYPES.Super:
      return 'super';
    case AST_NODE_TYPES.MemberExpression: {
      const name = memberName(node);
      return `${render(node.object, depth + 1)}${name === undefined ? '[…]' : `.${name}`}`;
    }
    case AST_NODE_TYPES.CallExpression:
      return `${render(node.callee, depth + 1)}(${node.arguments.length === 0 ? '' : '…'})`;
    case AST_NODE_TYPES.NewExpression:
      return `new ${render(node.callee, depth + 1)}(${node.arguments.length === 0 ? '' : '…'})`;
    case AST_NODE_TYPES.TaggedTemplateExpression:
      return `${render(node.tag, depth + 1)}\`…\``;
    case AST_NODE_TYPES.AwaitExpression:
      return `await ${render(node.argument, depth + 1)}`;
    case AST_NODE_TYPES.LogicalExpression:
      return `${render(node.left, depth + 1)} ${node.operator} ${render(node.right, depth + 1)}`;
    case AST_NODE_TYPES.ConditionalExpression:
      return `${render(node.test, depth + 1)} ? ${render(node.consequent, depth + 1)} : ${render(node.alternate, depth + 1)}`;
    case AST_NODE_TYPES.ChainExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSAsExpression:
      return render(node.expression, depth + 1);
    default:
      return '…';
  }
}

/** The identifiers that refer to a function parameter (`done`, `use`, a fixture's first parameter). */
export function referencesToParameter(sourceCode: Readonly<TSESLint.SourceCode>, param: TSESTree.Identifier): TSESTree.Identifier[] {
  const variable = sourceCode.getDeclaredVariables(param.parent as TSESTree.Node).find((candidate) => candidate.name === param.name);
  return (variable?.references ?? []).map((reference) => reference.identifier as TSESTree.Identifier);
}

/** The `return` statements of a function's own body (nested functions excluded). */
export function returnStatementsOf(fn: FunctionNode, visitorKeys: TSESLint.SourceCode.VisitorKeys): TSESTree.ReturnStatement[] {
  const returns: TSESTree.ReturnStatement[] = [];
  walk(fn.body, visitorKeys, false, (node) => {
    if (node.type === AST_NODE_TYPES.ReturnStatement) returns.push(node);
    return false;
  });
  return returns;
}

/** An `await` or a `for await`: where an async function gives way to others. */
export function suspends(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.AwaitExpression || (node.type === AST_NODE_TYPES.ForOfStatement && node.await);
}

/**
 * Whether some node under `root` satisfies `predicate`; nested functions are entered only when asked. Used on one
 * function at a time, for the rare expressions that need it; over the whole file only once, for a module-level
 * acquisition's release.
 */
export function someNode(
  root: TSESTree.Node,
  visitorKeys: TSESLint.SourceCode.VisitorKeys,
  enterFunctions: boolean,
  predicate: (node: TSESTree.Node) => boolean,
): boolean {
  return walk(root, visitorKeys, enterFunctions, predicate);
}

function walk(
  root: TSESTree.Node,
  visitorKeys: TSESLint.SourceCode.VisitorKeys,
  enterFunctions: boolean,
  visit: (node: TSESTree.Node) => boolean,
): boolean {
  // A function declaration is a statement, but its body does not run where it stands.
  if (!enterFunctions && (isFunction(root) || root.type === AST_NODE_TYPES.ClassDeclaration)) return visit(root);
  const enters = (child: unknown): child is TSESTree.Node =>
    isNode(child) && (enterFunctions || !(isFunction(child) || child.type === AST_NODE_TYPES.ClassBody));
  const stack: TSESTree.Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (visit(node)) return true;
    for (const key of visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      if (!Array.isArray(child)) {
        if (enters(child)) stack.push(child);
        continue;
      }
      for (const item of child) if (enters(item)) stack.push(item);
    }
  }
  return false;
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** A statement that repeats its body, or a callback of an array's iteration (`cases.forEach((c) => it(…))`). */
export function isLoop(node: TSESTree.Node): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.ForStatement:
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
      return true;
    case AST_NODE_TYPES.CallExpression: {
      const callee = skipTransparent(node.callee);
      return callee.type === AST_NODE_TYPES.MemberExpression && ['forEach', 'map'].includes(memberName(callee) ?? '');
    }
    default:
      return false;
  }
}

/** `undefined` or `null` as a returned value: an early exit, not what the function gives. */
export function isNothing(expression: TSESTree.Node): boolean {
  return (
    (expression.type === AST_NODE_TYPES.Literal && expression.value === null) ||
    (expression.type === AST_NODE_TYPES.Identifier && expression.name === 'undefined')
  );
}
