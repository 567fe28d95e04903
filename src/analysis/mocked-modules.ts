/**
 * Modules the file replaces with mocks: `vi.mock('pg')`, `jest.mock('ioredis')` as statements of the file's top level,
 * which the runner hoists above the imports. What such a module's exports make is not what the library makes.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from './ast';
import type { Binding, Bindings } from './bindings';
import { memberName } from './nodes';

/** Whether `method` of the runner object imported or global as `runner` (`vi`, `jest`) replaces a module. */
export type MocksModules = (runner: Exclude<Binding, { type: 'local' }>, method: string) => boolean;

export function mockedModules(program: TSESTree.Program, bindings: Bindings, mocksModules: MocksModules): Set<string> {
  const mocked = new Set<string>();
  for (const statement of program.body) {
    const call = statement.type === AST_NODE_TYPES.ExpressionStatement ? statement.expression : undefined;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee.type !== AST_NODE_TYPES.MemberExpression) continue;
    const module = call.arguments[0];
    const method = memberName(call.callee);
    const runner = call.callee.object.type === AST_NODE_TYPES.Identifier ? bindings.of(call.callee.object) : undefined;
    if (module?.type !== AST_NODE_TYPES.Literal || typeof module.value !== 'string' || method === undefined) continue;
    // Only the runner straight from its import or global: a local `vi` may be anything.
    if (runner !== undefined && runner.type !== 'local' && mocksModules(runner, method)) mocked.add(module.value);
  }
  return mocked;
}
