import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '../src/analysis/ast';
import { describeExpression, isFunction, memberName, skipTransparent, someNode, type FunctionNode } from '../src/analysis/nodes';
import { holderOf, isReachableFromHooks, type Acquisition, type ReleaseMatcher } from '../src/analysis/pairing';
import { createRule, requireFinallySchema } from '../src/create-rule';
import { lineIndent } from '../src/fixes/insert-into-hook';
import { TeardownBatch } from '../src/fixes/teardown-batch';
import { teardownWhenTestEnds } from '../src/fixes/teardown-when-test-ends';
import type { Kind } from '../src/knowledge';

type MessageId = 'missingRollback' | 'committed' | 'rollbackTooLate' | 'rollbackSkippable' | 'suggestRollbackWhenTestEnds';
type Options = [{ requireFinally?: boolean }];

const beginSql = /^\s*(BEGIN|START\s+TRANSACTION)\b/i;
const rollbackSql = /^\s*ROLLBACK\b/i;
const commitSql = /^\s*(COMMIT|END)\b/i;
const clearingSql = /^\s*(TRUNCATE|DELETE\s+FROM|DROP\s+(TABLE|SCHEMA|DATABASE))\b/i;
const places = { afterEach: 'in afterEach', afterAll: 'in afterAll', fixture: 'in this fixture, after `use`' } as const;

export default createRule<Options, MessageId>({
  name: 'require-rollback',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a transaction begun in a test or hook to be rolled back where the runner pairs it',
      recommended: false,
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [requireFinallySchema],
    defaultOptions: [{ requireFinally: false }],
    messages: {
      missingRollback:
        'The transaction begun by `{{name}}` is never rolled back: its writes stay visible to the next test, which then depends on the order tests run in. Roll it back {{place}}.',
      committed:
        'The transaction begun by `{{name}}` is committed, not rolled back: what the test wrote stays in the database for every later test. Roll it back instead.',
      rollbackTooLate:
        'The transaction begun by `{{name}}` for each test is rolled back only in afterAll: the tests see each other’s writes. Roll it back in afterEach.',
      suggestRollbackWhenTestEnds: 'Roll it back when the test ends, with `{{teardown}}` right after it begins.',
      rollbackSkippable:
        'The transaction begun by `{{name}}` is rolled back by a plain statement after the assertions: when one fails, the rollback is skipped. Roll back in `finally` or afterEach.',
    },
  },
  create(context, [options], testFile) {
    const sourceCode = context.sourceCode;
    const requireFinally = options.requireFinally === true;
    const pendingRollbacks = new TeardownBatch<{ node: TSESTree.Node; data: { name: string; place: string } }>();

    function checkCall(call: TSESTree.CallExpression): void {
      const callee = skipTransparent(call.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
      const method = memberName(callee);
      if (method === undefined || !testFile().calleeMay('transaction', callee)) return;
      const receiverKind = testFile().values.kindOf(callee.object);
      if (receiverKind === undefined) return;
      const begins = receiverKind.beginsTransactionWith(method);
      const beginsBySql = receiverKind.runsSql(method) && beginSql.test(sqlText(call) ?? '');
      // A transaction given a callback (`db.transaction(async (trx) => …)`) ends with it, rolled back on a throw.
      if ((begins === undefined && !beginsBySql) || call.arguments.some((argument) => isFunction(argument))) return;
      const acquisition = testFile().pairing.acquisition(call);
      if (acquisition === undefined) return;

      const byReceiver = beginsBySql || begins === 'receiver';
      const holderNode = skipTransparent(callee.object);
      const holder = byReceiver ? testFile().bindings.localVariableOf(holderNode) : holderOf(call, sourceCode);
      const transactionKind: Kind | undefined = byReceiver ? receiverKind : transactionKindOf(call);

      // A holder that is no local variable (`orm.em.begin()`, `this.trx = await db.transaction()`) is matched by its
      // text; a transaction handed on (to a call, a `return`) is left to what it is given to.
      const holderText = holder === undefined ? placeHolding(call, byReceiver ? holderNode : undefined) : undefined;
      if (holderText === null) return;
      const isHolder = (node: TSESTree.Node) => {
        const target = skipTransparent(node);
        if (holderText !== undefined) return sourceCode.getText(target) === holderText;
        return holder !== undefined && testFile().bindings.localVariableOf(target) === holder;
      };
      const endsWith =
        (verbs: readonly string[], sql: RegExp, handingOnEnds: boolean): ReleaseMatcher =>
        (candidate, place) => {
          if (candidate.type !== AST_NODE_TYPES.CallExpression) return false;
          const target = skipTransparent(candidate.callee);
          if (target.type === AST_NODE_TYPES.MemberExpression && isHolder(target.object)) {
            const name = memberName(target) ?? '';
            return verbs.includes(name) || (receiverKind.runsSql(name) && sql.test(sqlText(candidate) ?? ''));
          }
          // Precision first: a teardown that hands the transaction to any call is assumed to end it.
          return handingOnEnds && place !== 'test' && candidate.arguments.some(isHolder);
        };
      const verdict = testFile().pairing.verdict(acquisition, endsWith(transactionKind?.rollbackVerbs ?? [], rollbackSql, true), requireFinally);
      const data = { name: describeExpression(call) };
      if (verdict.kind === 'released') return;
      if (verdict.kind === 'releasedTooLate') {
        context.report({ node: call, messageId: 'rollbackTooLate', data });
        return;
      }
      if (verdict.kind === 'skippable') {
        context.report({ node: call, messageId: 'rollbackSkippable', data });
        return;
      }
      if (testFile().pairing.verdict(acquisition, endsWith(transactionKind?.commitVerbs ?? [], commitSql, false), false).kind !== 'missing') {
        if (!dataClearedBetweenTests(acquisition)) context.report({ node: call, messageId: 'committed', data });
        return;
      }
      const missing = { name: data.name, place: places[verdict.hook] };
      const suite = acquisition.suites[0]!;
      const statement =
        holder === undefined ? undefined : rollbackStatement(holder.name, byReceiver && beginsBySql ? method : undefined, transactionKind);
      if (verdict.hook === 'fixture' || holder === undefined || statement === undefined) {
        context.report({ node: call, messageId: 'missingRollback', data: missing });
      } else if (isReachableFromHooks(holder, suite)) {
        pendingRollbacks.add(suite, verdict.hook, `await ${statement};`, { node: call, data: missing });
      } else {
        const suggest = acquisition.scope === 'test' ? rollbackWhenTestEnds(call, acquisition.context!.callback, statement) : [];
        context.report({ node: call, messageId: 'missingRollback', data: missing, suggest });
      }
    }

    function reportPendingRollbacks(): void {
      for (const [{ node, data }, fix] of pendingRollbacks.reportsWithFixes(sourceCode, testFile().runner)) {
        context.report({ node, messageId: 'missingRollback', data, fix });
      }
    }

    /** The text of the place that holds a transaction no local variable holds; null when it is handed on. */
    function placeHolding(call: TSESTree.CallExpression, receiver: TSESTree.Node | undefined): string | undefined | null {
      if (receiver !== undefined) return sourceCode.getText(receiver);
      const value = call.parent?.type === AST_NODE_TYPES.AwaitExpression ? call.parent : call;
      const parent = value.parent;
      if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === value && parent.left.type === AST_NODE_TYPES.MemberExpression) {
        return sourceCode.getText(parent.left);
      }
      return parent?.type === AST_NODE_TYPES.ExpressionStatement ? undefined : null;
    }

    /**
     * A transaction held by a variable of the test itself, which no hook can reach: roll it back when the test ends,
     * registered right after it begins with the runner's per-test teardown (`onTestFinished`, node:test's `t.after`).
     */
    function rollbackWhenTestEnds(
      call: TSESTree.CallExpression,
      callback: FunctionNode,
      statement: string,
    ): TSESLint.SuggestionReportDescriptor<MessageId>[] {
      let anchor: TSESTree.Node = call;
      while (anchor.parent != null && anchor.parent !== callback.body) anchor = anchor.parent;
      if (anchor.parent !== callback.body) return [];
      const teardown = teardownWhenTestEnds(sourceCode, testFile().runner, callback);
      if (teardown === undefined) return [];
      const indent = lineIndent(sourceCode, anchor);
      return [
        {
          messageId: 'suggestRollbackWhenTestEnds',
          data: { teardown: teardown.callee },
          fix: (fixer) => teardown.register(fixer, fixer.insertTextAfter(anchor, `\n${indent}${teardown.callee}(() => ${statement});`)),
        },
      ];
    }

    /** The kind of the transaction a call returns (once awaited). */
    function transactionKindOf(call: TSESTree.CallExpression): Kind | undefined {
      const info = testFile().values.infoOf(call);
      return info?.resolvesTo ?? info?.kind;
    }

    /**
     * A `beforeEach` or `afterEach` around the test that empties the database (`orm.schema.clear()`,
     * `knex('users').truncate()`, `TRUNCATE users`): what a committed transaction wrote never reaches the next test.
     */
    function dataClearedBetweenTests(acquisition: Acquisition): boolean {
      return acquisition.suites.some((suite) =>
        suite.hooks.some(
          (hook) =>
            (hook.role === 'beforeEach' || hook.role === 'afterEach') &&
            hook.callback !== undefined &&
            someNode(hook.callback.body, sourceCode.visitorKeys, true, (node) => clearsData(node)),
        ),
      );
    }

    /** A call the knowledge says empties data, or any call given SQL that does (`pool.query('TRUNCATE users')`). */
    function clearsData(node: TSESTree.Node): boolean {
      if (node.type !== AST_NODE_TYPES.CallExpression) return false;
      if (clearingSql.test(sqlText(node) ?? '')) return true;
      const callee = skipTransparent(node.callee);
      const name = callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) : undefined;
      return (
        name !== undefined &&
        testFile()
          .values.kindOf((callee as TSESTree.MemberExpression).object)
          ?.clearsData(name) === true
      );
    }

    // Only a kind that begins transactions (or runs SQL) begins one: a file that can meet none has nothing to check.
    if (!testFile().mayMeet('transaction')) return {};
    return { CallExpression: checkCall, 'Program:exit': reportPendingRollbacks };
  },
});

/** `client.query('ROLLBACK')` for a transaction begun by SQL, else what the transaction's kind says (`trx.rollback()`). */
function rollbackStatement(holder: string, sqlMethod: string | undefined, transactionKind: Kind | undefined): string | undefined {
  return sqlMethod === undefined ? transactionKind?.rollbackStatement(holder) : `${holder}.${sqlMethod}('ROLLBACK')`;
}

function sqlText(call: TSESTree.CallExpression): string | undefined {
  const first = call.arguments[0];
  if (first?.type === AST_NODE_TYPES.Literal && typeof first.value === 'string') return first.value;
  if (first?.type === AST_NODE_TYPES.TemplateLiteral) return first.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}
