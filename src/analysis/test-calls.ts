/**
 * The role of a call: suite, test, step, hook, teardown registration or fixture definition. A call's role comes from
 * the kind of its callee (knowledge/), so modifier chains (`it.only.each(table)`, `test.skipIf(c)`), `test.extend()`
 * results, aliased imports and the test context's `t.test`/`onTestFinished` all resolve the same way.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from './ast';
import type { CallRole, Kind } from '../knowledge';
import { isFunction, propertyKeyName, type FunctionNode } from './nodes';

export interface TestCall {
  readonly node: TSESTree.CallExpression;
  readonly role: CallRole;
  /** The kind of the callee, which also says what the registered callback receives. */
  readonly kind: Kind;
  /** The callback the runner will call (undefined for `test.todo('x')` and for fixture definitions). */
  readonly callback: FunctionNode | undefined;
  /** The member names along the callee (`['only', 'each']` for `it.only.each(t)(...)`). */
  readonly modifiers: readonly string[];
  /** Position of the test context among the callback's parameters, when the runner passes one. */
  readonly contextParam?: number;
  /** Position of the `done` callback among the callback's parameters, when the runner passes one. */
  readonly doneParam?: number;
}

/** Modifiers and callee names that register a test or suite the runner never runs (`it.skip`, `test.todo`, `xit`). */
const skippingModifiers = new Set(['skip', 'todo', 'fixme']);
const skippingNames = new Set(['xit', 'xtest', 'xspecify', 'xdescribe', 'xcontext']);

/** The runner collects the registration but never runs its callback: nothing registered inside it is ever lost. */
export function isSkipped(registration: TestCall): boolean {
  if (registration.modifiers.some((modifier) => skippingModifiers.has(modifier))) return true;
  let callee: TSESTree.Node = registration.node.callee;
  while (callee.type === AST_NODE_TYPES.MemberExpression || callee.type === AST_NODE_TYPES.CallExpression) {
    callee = callee.type === AST_NODE_TYPES.MemberExpression ? callee.object : callee.callee;
  }
  return callee.type === AST_NODE_TYPES.Identifier && skippingNames.has(callee.name);
}

export interface Fixture {
  /** The `test.extend({...})` / `base.extend({...})` call. */
  readonly definition: TestCall;
  readonly name: string;
  readonly function: FunctionNode;
}

export const hookRoles: ReadonlySet<CallRole> = new Set(['beforeAll', 'beforeEach', 'afterAll', 'afterEach']);

export function classifyCall(
  call: TSESTree.CallExpression,
  kindOfCallee: Kind | undefined,
  functionNamed: (node: TSESTree.Node) => FunctionNode | undefined,
): TestCall | undefined {
  const role = kindOfCallee?.callRole;
  if (kindOfCallee === undefined || role === undefined) return undefined;
  // The callback is a function literal or a same-file function passed by name (`it('x', checkLogin)`).
  let callback: FunctionNode | undefined;
  for (const argument of call.arguments) {
    callback = isFunction(argument) ? argument : argument.type === AST_NODE_TYPES.Identifier ? functionNamed(argument) : undefined;
    if (callback !== undefined) break;
  }
  if (kindOfCallee.registersOnlyWithTitle && !hasTitle(call)) return undefined;
  const modifiers = modifiersOf(call.callee);
  return {
    node: call,
    role,
    kind: kindOfCallee,
    callback: role === 'fixtures' ? undefined : callback,
    modifiers,
    ...callbackParameters(kindOfCallee, modifiers),
  };
}

/**
 * Where the runner puts the test context and `done` among the callback's parameters. Table-driven tests shift them:
 * `test.for(rows)(name, (row, context))` passes the context second; `each` rows come first and then `done` (jest).
 */
function callbackParameters(kind: Kind, modifiers: readonly string[]): { contextParam?: number; doneParam?: number } {
  if (modifiers.includes('each')) return {};
  const contextParam = kind.passesContext ? (modifiers.includes('for') ? 1 : 0) : undefined;
  return { contextParam, doneParam: kind.doneParam };
}

function hasTitle(call: TSESTree.CallExpression): boolean {
  const first = call.arguments[0];
  return (
    first !== undefined &&
    ((first.type === AST_NODE_TYPES.Literal && typeof first.value === 'string') || first.type === AST_NODE_TYPES.TemplateLiteral)
  );
}

function modifiersOf(callee: TSESTree.Node): string[] {
  const modifiers: string[] = [];
  let node: TSESTree.Node = callee;
  for (;;) {
    if (node.type === AST_NODE_TYPES.MemberExpression) {
      if (node.property.type === AST_NODE_TYPES.Identifier) modifiers.unshift(node.property.name);
      node = node.object;
    } else if (node.type === AST_NODE_TYPES.CallExpression) {
      node = node.callee;
    } else if (node.type === AST_NODE_TYPES.TaggedTemplateExpression) {
      node = node.tag;
    } else {
      return modifiers;
    }
  }
}

/**
 * The fixture a function defines: a property of the object given to a `fixtures` call, either the function itself or
 * the first element of the `[fn, { scope, auto }]` form.
 */
export function fixtureDefinedBy(fn: FunctionNode, classify: (call: TSESTree.CallExpression) => TestCall | undefined): Fixture | undefined {
  let value: TSESTree.Node = fn;
  let property = fn.parent;
  if (property?.type === AST_NODE_TYPES.ArrayExpression && property.elements[0] === fn) {
    value = property;
    property = property.parent;
  }
  if (property?.type !== AST_NODE_TYPES.Property || property.value !== value) return undefined;
  const object = property.parent;
  const call = object?.parent;
  if (object?.type !== AST_NODE_TYPES.ObjectExpression || call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== object) {
    return undefined;
  }
  const definition = classify(call);
  if (definition?.role !== 'fixtures') return undefined;
  const name = propertyKeyName(property) ?? '';
  return { definition, name, function: fn };
}
