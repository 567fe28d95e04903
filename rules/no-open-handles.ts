import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { describeExpression, memberName, skipTransparent } from '../src/analysis/nodes';
import { holderOf, isReachableFromHooks, type ReleaseMatcher } from '../src/analysis/pairing';
import { testFileOf, type TestFile } from '../src/analysis/test-file';
import { createRule } from '../src/create-rule';
import { insertIntoPairedHook } from '../src/fixes/insert-into-hook';
import type { Kind } from '../src/knowledge';

type MessageId = 'neverClosed' | 'closedTooLate' | 'closeSkippable';
type Options = [{ requireFinally?: boolean }];

const places = { afterEach: 'in afterEach', afterAll: 'in afterAll', fixture: 'in this fixture, after `use`' } as const;

export default createRule<Options, MessageId>({
  name: 'no-open-handles',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require connections, pools, servers, containers and intervals opened in tests to be closed where the runner pairs them',
      recommended: true,
    },
    fixable: 'code',
    schema: [
      {
        type: 'object',
        properties: {
          requireFinally: {
            type: 'boolean',
            description: 'Report a close that a failing assertion before it would skip (a plain statement at the end of the test).',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ requireFinally: false }],
    messages: {
      neverClosed:
        '`{{name}}` opens a {{what}} that is never closed: the runner cannot exit ("open handles") and connections pile up across tests. Close it {{place}}.',
      closedTooLate:
        '`{{name}}` opens a {{what}} for each test but it is closed only in afterAll: every test leaves one more open until the end. Close it in afterEach.',
      closeSkippable:
        'The {{what}} opened by `{{name}}` is closed by a plain statement after the assertions: when one fails, it stays open. Close it in `finally` or afterEach.',
    },
  },
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const requireFinally = options.requireFinally === true;
    let file: TestFile | undefined;
    const testFile = () => (file ??= testFileOf(context));

    /** The resource kind a call or `new` creates, directly or once awaited (`await pool.connect()`). */
    function resourceMadeBy(node: TSESTree.CallExpression | TSESTree.NewExpression): Kind | undefined {
      const info = testFile().values.infoOf(node);
      if (info?.kind?.spec.resource !== undefined) return info.kind;
      return node.parent?.type === AST_NODE_TYPES.AwaitExpression && info?.resolvesTo?.spec.resource !== undefined ? info.resolvesTo : undefined;
    }

    function checkCreation(node: TSESTree.CallExpression | TSESTree.NewExpression): void {
      const kind = resourceMadeBy(node);
      const resource = kind?.spec.resource;
      if (kind === undefined || resource === undefined) return;
      const acquisition = testFile().pairing.acquisition(node);
      if (acquisition === undefined) return;
      const holder = holderOf(node, sourceCode);
      const bindings = testFile().bindings;
      const isHolder = (expression: TSESTree.Node) => {
        const target = skipTransparent(expression);
        const binding = target.type === AST_NODE_TYPES.Identifier ? bindings.of(target) : undefined;
        return holder !== undefined && binding?.type === 'local' && binding.variable === holder;
      };
      const matches: ReleaseMatcher = (candidate, place) => {
        if (candidate.type !== AST_NODE_TYPES.CallExpression || holder === undefined) return false;
        const callee = skipTransparent(candidate.callee);
        if (callee.type === AST_NODE_TYPES.MemberExpression && isHolder(callee.object)) return resource.closes.includes(memberName(callee) ?? '');
        if (callee.type === AST_NODE_TYPES.Identifier && resource.closedBy?.includes(callee.name)) return candidate.arguments.some(isHolder);
        // Precision first: a teardown that hands the resource to any call is assumed to close it.
        return place !== 'test' && candidate.arguments.some(isHolder);
      };
      const verdict = testFile().pairing.verdict(acquisition, matches, requireFinally);
      const data = { name: describeExpression(node), what: resource.description };
      if (verdict.kind === 'released') return;
      if (verdict.kind === 'releasedTooLate') {
        context.report({ node, messageId: 'closedTooLate', data });
        return;
      }
      if (verdict.kind === 'skippable') {
        context.report({ node, messageId: 'closeSkippable', data });
        return;
      }
      const close = resource.closes[0];
      let fix: TSESLint.ReportFixFunction | undefined;
      const suite = acquisition.suites[0]!;
      if (verdict.hook !== 'fixture' && holder !== undefined && close !== undefined && isReachableFromHooks(holder, suite)) {
        fix = insertIntoPairedHook({ sourceCode, framework: testFile().framework, suite, role: verdict.hook, statement: `await ${holder.name}.${close}();` });
      }
      context.report({ node, messageId: 'neverClosed', data: { name: data.name, what: data.what, place: places[verdict.hook] }, fix: fix ?? null });
    }

    return { CallExpression: checkCreation, NewExpression: checkCreation };
  },
});
