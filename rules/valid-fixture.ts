import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '../src/analysis/ast';
import { enclosingFunction, type FunctionNode, memberName, referencesToParameter, returnStatementsOf, skipTransparent } from '../src/analysis/nodes';
import { createRule } from '../src/create-rule';
import { addAwait, canMakeAsync } from '../src/fixes/add-await';

type MessageId =
  'useNotAwaited' | 'useNeverCalled' | 'returnsBeforeUse' | 'useCalledTwice' | 'notObjectPattern' | 'releasedBeforeUse' | 'suggestDestructure';

export default createRule<[], MessageId>({
  name: 'valid-fixture',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require vitest and Playwright fixtures to await `use` exactly once on every path, with teardown after it',
      recommended: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [],
    messages: {
      useNotAwaited: '`{{use}}(…)` is neither awaited nor returned: the code after it (the teardown) runs while the test is still using the value.',
      useNeverCalled: 'The fixture `{{name}}` never calls `{{use}}`: the test never receives its value, and the runner fails it or waits forever.',
      returnsBeforeUse: 'This path of the fixture `{{name}}` returns without calling `{{use}}`: the test never receives the value.',
      useCalledTwice: '`{{use}}` is called twice on this path: the runner rejects the second call, or runs the test twice.',
      notObjectPattern:
        'The first parameter of the fixture `{{name}}` must be an object pattern: vitest and Playwright read the fixtures it needs from the pattern and refuse anything else at run time.',
      releasedBeforeUse:
        '`{{released}}` is closed before `{{use}}` hands it to the test: the test receives a closed or rolled-back value. Move it after `{{use}}`.',
      suggestDestructure: 'Destructure the fixtures this one reads: `{ {{names}} }`.',
    },
  },
  create(context, _options, testFile) {
    const sourceCode = context.sourceCode;

    function checkFunction(fn: FunctionNode): void {
      // Every check is about the fixture's parameters (the pattern, `use`): a function without any has none to check.
      if (fn.params.length === 0) return;
      const fixture = testFile().fixtureOf(fn);
      if (fixture === undefined) return;
      checkFirstParameter(fn, fixture.name);
      const use = fn.params[1];
      if (use?.type !== AST_NODE_TYPES.Identifier) return;
      const references = referencesToParameter(sourceCode, use);
      const calls = references.flatMap((reference) => {
        const call = reference.parent;
        return call?.type === AST_NODE_TYPES.CallExpression && call.callee === reference ? [call] : [];
      });
      // Precision first: when `use` escapes (handed to a helper, stored), its calls are out of sight.
      if (calls.length !== references.length) return;
      const data = { use: use.name, name: fixture.name };
      if (calls.length === 0) {
        context.report({ node: fn.params[1]!, messageId: 'useNeverCalled', data });
        return;
      }
      for (const call of calls) checkUseCall(fn, call, use.name);
      checkPaths(fn, calls, data);
      checkReleasedBeforeUse(fn, calls[0]!, use.name);
    }

    function checkFirstParameter(fn: FunctionNode, name: string): void {
      const first = fn.params[0];
      if (first === undefined || first.type === AST_NODE_TYPES.ObjectPattern) return;
      if (first.type !== AST_NODE_TYPES.Identifier) {
        context.report({ node: first, messageId: 'notObjectPattern', data: { name } });
        return;
      }
      const references = referencesToParameter(sourceCode, first);
      if (references.length === 0) {
        context.report({ node: first, messageId: 'notObjectPattern', data: { name }, fix: (fixer) => fixer.replaceText(first, '{}') });
        return;
      }
      const read = references.map((reference) => {
        const member = reference.parent;
        return member?.type === AST_NODE_TYPES.MemberExpression && member.object === reference && !member.computed ? memberName(member) : undefined;
      });
      const names = [...new Set(read)];
      const suggest: TSESLint.SuggestionReportDescriptor<MessageId>[] =
        names.every((property) => property !== undefined) && first.typeAnnotation == null
          ? [
              {
                messageId: 'suggestDestructure',
                data: { names: names.join(', ') },
                fix: (fixer) => [
                  fixer.replaceText(first, `{ ${names.join(', ')} }`),
                  ...references.map((reference) => fixer.replaceText(reference.parent!, memberName(reference.parent as TSESTree.MemberExpression)!)),
                ],
              },
            ]
          : [];
      context.report({ node: first, messageId: 'notObjectPattern', data: { name }, suggest });
    }

    /**
     * `use(…)` (or `void use(…)`) is the fixture's last statement: no teardown follows to run early, and the runner keeps
     * the value until the test ends (Playwright 1.58 and 1.65, checked).
     */
    function isLastStatement(fn: FunctionNode, call: TSESTree.CallExpression): boolean {
      if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return false;
      const last = fn.body.body.at(-1);
      if (last?.type !== AST_NODE_TYPES.ExpressionStatement) return false;
      const expression =
        last.expression.type === AST_NODE_TYPES.UnaryExpression && last.expression.operator === 'void' ? last.expression.argument : last.expression;
      return skipTransparent(expression) === call;
    }

    function checkUseCall(fn: FunctionNode, call: TSESTree.CallExpression, use: string): void {
      const parent = call.parent;
      const handled =
        parent?.type === AST_NODE_TYPES.AwaitExpression ||
        parent?.type === AST_NODE_TYPES.ReturnStatement ||
        (parent?.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === call);
      if (handled || enclosingFunction(call) !== fn || isLastStatement(fn, call)) return;
      context.report({
        node: call,
        messageId: 'useNotAwaited',
        data: { use },
        fix: canMakeAsync(fn) ? (fixer) => addAwait(fixer, sourceCode, call, fn) : null,
      });
    }

    /** `return` before any `use` on its path, and `use` twice in one block. */
    function checkPaths(fn: FunctionNode, calls: TSESTree.CallExpression[], data: { use: string; name: string }): void {
      const first = calls[0]!;
      for (const statement of returnStatementsOf(fn, sourceCode.visitorKeys)) {
        const returnsUse =
          statement.argument !== null && calls.some((call) => skipTransparent(statement.argument!) === call || statement.argument === call);
        if (!returnsUse && statement.range[1] <= first.range[0]) context.report({ node: statement, messageId: 'returnsBeforeUse', data });
      }
      const blocks = new Set<TSESTree.Node>();
      for (const call of calls) {
        const statement = call.parent?.type === AST_NODE_TYPES.AwaitExpression ? call.parent.parent : call.parent;
        if (statement?.type !== AST_NODE_TYPES.ExpressionStatement || statement.parent === undefined) continue;
        if (blocks.has(statement.parent)) context.report({ node: call, messageId: 'useCalledTwice', data });
        blocks.add(statement.parent);
      }
    }

    /** `pool.end()` (or a rollback) before `use(pool)`: the test gets what was already released. */
    function checkReleasedBeforeUse(fn: FunctionNode, use: TSESTree.CallExpression, useName: string): void {
      if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return;
      for (const statement of fn.body.body) {
        if (statement.range[0] >= use.range[0]) break;
        const expression = statement.type === AST_NODE_TYPES.ExpressionStatement ? skipTransparent(statement.expression) : undefined;
        const call = expression?.type === AST_NODE_TYPES.AwaitExpression ? skipTransparent(expression.argument) : expression;
        if (call?.type !== AST_NODE_TYPES.CallExpression) continue;
        const callee = skipTransparent(call.callee);
        if (callee.type !== AST_NODE_TYPES.MemberExpression) continue;
        const name = memberName(callee) ?? '';
        if (testFile().values.kindOf(callee.object)?.releasedBy(name) === true && handsOver(use, callee.object)) {
          context.report({ node: call, messageId: 'releasedBeforeUse', data: { released: sourceCode.getText(callee.object), use: useName } });
        }
      }
    }

    /** Whether `use(...)` hands the released value (or something made from it) to the test. */
    function handsOver(use: TSESTree.CallExpression, released: TSESTree.Node): boolean {
      const text = sourceCode.getText(released);
      return use.arguments.some((argument) => new RegExp(`\\b${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(sourceCode.getText(argument)));
    }

    // Only a runner that defines fixtures (`test.extend`) has any: vitest's and Playwright's.
    if (!testFile().mayMeet('fixtures')) return {};
    return {
      ArrowFunctionExpression: checkFunction,
      FunctionExpression: checkFunction,
    };
  },
});
