import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '../src/analysis/ast';
import { enclosingFunction, type FunctionNode, memberName, referencesToParameter, returnStatementsOf, skipTransparent } from '../src/analysis/nodes';
import type { TestCall } from '../src/analysis/test-file';
import { createRule, reportLateFailuresOption } from '../src/create-rule';
import { lineIndent } from '../src/fixes/insert-into-hook';
import { removeOnlyParameter } from '../src/fixes/remove-only-parameter';

type MessageId =
  | 'vitestDone'
  | 'doneWithPromise'
  | 'doneInThen'
  | 'doneNeverCalled'
  | 'doneNotOnEveryPath'
  | 'doneCalledTwice'
  | 'doneInvoked'
  | 'suggestPromiseWrapper'
  | 'suggestAwaitChain';

/** Names that conventionally hold the completion callback. */
const doneNames = /^(done|cb|callback|next|finish|end|testDone)$/;

type Options = [{ reportLateFailures?: boolean }];

export default createRule<Options, MessageId>({
  name: 'no-done-callback',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow `done` callbacks that vitest never passes, or that end a test too early, too late or never',
      recommended: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      vitestDone:
        'vitest passes the test context here, not a `done` callback: calling `{{name}}` throws, the test ends when the callback returns, and assertions in later callbacks do not count.',
      doneWithPromise:
        'This callback takes `{{name}}` and also returns a promise: jest and mocha fail such a test ("cannot both take a done callback and return something"), node:test rejects it.',
      doneInThen:
        '`{{name}}` is called only when this `.then` succeeds: a failing assertion in it rejects a promise nobody handles, and the test times out instead of failing.',
      doneNeverCalled: '`{{name}}` is never called: the test cannot finish and fails on its timeout.',
      doneNotOnEveryPath: '`{{name}}` is called only when this condition holds: on the other path the test never finishes and fails on its timeout.',
      doneCalledTwice: '`{{name}}` is called twice on this path: the runner reports "done() called multiple times" or ends the test early.',
      doneInvoked: '`{{name}}()` is called here instead of being passed: it ends the test at once, before the request it should wait for.',
      suggestPromiseWrapper: 'Return a promise instead: wrap the body in `new Promise`.',
      suggestAwaitChain: 'Await the promise instead of calling `{{name}}` from `.then`.',
    },
    schema: [{ type: 'object', properties: reportLateFailuresOption, additionalProperties: false }],
    defaultOptions: [{ reportLateFailures: false }],
  },
  create(context, [options], testFile) {
    const reportLateFailures = options.reportLateFailures === true;
    const sourceCode = context.sourceCode;

    function checkCallback(fn: FunctionNode): void {
      // Every check is about a parameter (`done`, or vitest's context named like it): most callbacks take none.
      if (fn.params.length === 0) return;
      const registration = testFile().registrationOf(fn);
      if (registration === undefined || registration.role === 'suite' || registration.role === 'fixtures' || registration.role === 'step') return;
      if (passesContextAlone() && registration.kind.doneParam === undefined) {
        checkContextTakenForDone(fn, registration);
        return;
      }
      const done = registration.doneParam === undefined ? undefined : fn.params[registration.doneParam];
      if (done?.type !== AST_NODE_TYPES.Identifier) return;
      const calls = doneCalls(fn, done);
      if (fn.async || returnsPromise(fn)) {
        context.report({ node: done, messageId: 'doneWithPromise', data: { name: done.name } });
        return;
      }
      const references = referencesToParameter(sourceCode, done);
      if (references.length === 0) {
        context.report({ node: done, messageId: 'doneNeverCalled', data: { name: done.name }, suggest: promiseWrapper(fn, done) });
        return;
      }
      for (const call of calls) checkDoneCall(fn, done, call);
      checkCalledTwice(fn, done, calls);
      if (calls.length === references.length) checkEveryPath(fn, done, calls);
    }

    /**
     * `if (…) { done(); }` with no `else` that calls it and no call after it: the other path never ends the test.
     * Only `done` called directly in the callback's own statements is followed; a `done` passed on is out of sight.
     */
    function checkEveryPath(fn: FunctionNode, done: TSESTree.Identifier, calls: TSESTree.CallExpression[]): void {
      if (fn.body.type !== AST_NODE_TYPES.BlockStatement || calls.some((call) => enclosingFunction(call) !== fn)) return;
      const statements = fn.body.body;
      const callsIn = (node: TSESTree.Node | null | undefined) =>
        node != null && calls.some((call) => call.range[0] >= node.range[0] && call.range[1] <= node.range[1]);
      for (const [index, statement] of statements.entries()) {
        if (statement.type !== AST_NODE_TYPES.IfStatement || !callsIn(statement.consequent) || callsIn(statement.alternate)) continue;
        if (endsAbruptly(statement.alternate) || statements.slice(index + 1).some((later) => callsIn(later))) continue;
        context.report({ node: statement, messageId: 'doneNotOnEveryPath', data: { name: done.name } });
      }
    }

    /** The runner passes a test context and never `done` (vitest): a first parameter called like `done` is the context. */
    function passesContextAlone(): boolean {
      return testFile().runner?.testCallback === 'context';
    }

    function checkContextTakenForDone(fn: FunctionNode, registration: TestCall): void {
      const param = fn.params[registration.contextParam ?? 0];
      if (param?.type !== AST_NODE_TYPES.Identifier || !doneNames.test(param.name)) return;
      if (doneCalls(fn, param).length === 0) return;
      context.report({ node: param, messageId: 'vitestDone', data: { name: param.name }, suggest: promiseWrapper(fn, param) });
    }

    function checkDoneCall(fn: FunctionNode, done: TSESTree.Identifier, call: TSESTree.CallExpression): void {
      // `.expect(200, done())`: the result of done() is passed where done itself was meant.
      const parent = call.parent;
      if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(call) && call.arguments.length === 0) {
        context.report({
          node: call,
          messageId: 'doneInvoked',
          data: { name: done.name },
          fix: (fixer) => fixer.replaceText(call, done.name),
        });
        return;
      }
      // The failing assertion still fails the test, as a timeout (strict only); a runner that fails a test on an
      // unhandled rejection during it (node:test) does not even lose the assertion's message.
      const then = !reportLateFailures || testFile().runner?.failsOnUnhandledRejection === true ? undefined : thenCallbackHolding(call, fn);
      if (then !== undefined && !hasRejectionPath(then.chain)) {
        context.report({ node: call, messageId: 'doneInThen', data: { name: done.name }, suggest: awaitChain(fn, done, call, then) });
      }
    }

    /** Two calls of `done` as statements of the same block: both run on that path. */
    function checkCalledTwice(fn: FunctionNode, done: TSESTree.Identifier, calls: TSESTree.CallExpression[]): void {
      const seen = new Set<TSESTree.Node>();
      for (const call of calls) {
        const statement = call.parent;
        if (statement?.type !== AST_NODE_TYPES.ExpressionStatement || enclosingFunction(call) !== fn) continue;
        const block = statement.parent!;
        if (seen.has(block)) context.report({ node: call, messageId: 'doneCalledTwice', data: { name: done.name } });
        seen.add(block);
      }
    }

    function returnsPromise(fn: FunctionNode): boolean {
      const values = testFile().values;
      if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return values.isAwaitable(fn.body);
      return returnStatementsOf(fn, sourceCode.visitorKeys).some(
        (statement) => statement.argument !== null && values.isAwaitable(statement.argument),
      );
    }

    function doneCalls(fn: FunctionNode, done: TSESTree.Identifier): TSESTree.CallExpression[] {
      return referencesToParameter(sourceCode, done).flatMap((reference) => {
        const call = reference.parent;
        return call?.type === AST_NODE_TYPES.CallExpression && call.callee === reference && enclosingOrSelf(call, fn) ? [call] : [];
      });
    }

    /** `() => new Promise((resolve, reject) => { const done = …; body })`: the runner now waits for the promise. */
    function promiseWrapper(fn: FunctionNode, done: TSESTree.Identifier): TSESLint.SuggestionReportDescriptor<MessageId>[] {
      if (fn.body.type !== AST_NODE_TYPES.BlockStatement || fn.params.length !== 1 || fn.type === AST_NODE_TYPES.FunctionDeclaration) return [];
      const body = fn.body;
      const indent = lineIndent(sourceCode, body);
      const bodyText = sourceCode.getText(body).slice(1, -1);
      const adapter = `\n${indent}    const ${done.name} = (error) => (error ? reject(error) : resolve());`;
      return [
        {
          messageId: 'suggestPromiseWrapper',
          fix: (fixer) => [
            removeOnlyParameter(fixer, sourceCode, done),
            fixer.replaceText(body, `{\n${indent}  return new Promise((resolve, reject) => {${adapter}${indentBy(bodyText, '  ')}  });\n${indent}}`),
          ],
        },
      ];
    }

    /**
     * `chain.then((value) => { …; done(); })` as the last statement of the test: becomes
     * `async () => { const value = await chain; … }` without `done`.
     */
    function awaitChain(
      fn: FunctionNode,
      done: TSESTree.Identifier,
      call: TSESTree.CallExpression,
      then: { chain: TSESTree.CallExpression; callback: FunctionNode },
    ): TSESLint.SuggestionReportDescriptor<MessageId>[] {
      const { chain, callback } = then;
      const statement = chain.parent;
      const doneStatement = call.parent;
      if (fn.body.type !== AST_NODE_TYPES.BlockStatement || fn.params.length !== 1 || statement?.type !== AST_NODE_TYPES.ExpressionStatement)
        return [];
      if (fn.body.body.at(-1) !== statement || callback.body.type !== AST_NODE_TYPES.BlockStatement || callback.params.length > 1) return [];
      if (
        doneStatement?.type !== AST_NODE_TYPES.ExpressionStatement ||
        callback.body.body.at(-1) !== doneStatement ||
        referencesToParameter(sourceCode, done).length !== 1
      )
        return [];
      const [param] = callback.params;
      if (param !== undefined && param.type !== AST_NODE_TYPES.Identifier) return [];
      const promise = sourceCode.getText((skipTransparent(chain.callee) as TSESTree.MemberExpression).object);
      const indent = ' '.repeat(statement.loc.start.column);
      const rest = callback.body.body
        .slice(0, -1)
        .map((inner) => `\n${indent}${sourceCode.getText(inner)}`)
        .join('');
      const head = param === undefined ? `await ${promise};` : `const ${param.name} = await ${promise};`;
      const asyncToken = sourceCode.getFirstToken(fn)!;
      return [
        {
          messageId: 'suggestAwaitChain',
          data: { name: done.name },
          fix: (fixer) => [
            fixer.insertTextBefore(asyncToken, 'async '),
            removeOnlyParameter(fixer, sourceCode, done),
            fixer.replaceText(statement, `${head}${rest}`),
          ],
        },
      ];
    }

    // Only runners that pass `done` (and those whose lone context is taken for it) give a callback one to check. When the
    // runner is not known, a first parameter may be `done` (jest, mocha) or the test context (vitest): nothing to claim.
    if (testFile().runner === undefined || (!testFile().mayMeet('doneCallback') && !passesContextAlone())) return {};
    return {
      ArrowFunctionExpression: checkCallback,
      FunctionExpression: checkCallback,
      FunctionDeclaration: checkCallback,
    };
  },
});

/** An `else` that throws or returns ends the test another way (a throw fails it at once). */
function endsAbruptly(node: TSESTree.Statement | null): boolean {
  if (node == null) return false;
  const last = node.type === AST_NODE_TYPES.BlockStatement ? node.body.at(-1) : node;
  return last?.type === AST_NODE_TYPES.ThrowStatement;
}

function enclosingOrSelf(node: TSESTree.Node, fn: FunctionNode): boolean {
  for (let current = enclosingFunction(node); current !== undefined; current = enclosingFunction(current)) if (current === fn) return true;
  return false;
}

/** The `.then(callback)` a `done()` call sits in (its innermost enclosing function is the callback), if any. */
function thenCallbackHolding(
  call: TSESTree.Node,
  testCallback: FunctionNode,
): { chain: TSESTree.CallExpression; callback: FunctionNode } | undefined {
  const callback = enclosingFunction(call);
  if (callback === undefined || callback === testCallback) return undefined;
  const chain = callback.parent;
  if (chain?.type !== AST_NODE_TYPES.CallExpression || chain.arguments[0] !== callback) return undefined;
  const callee = skipTransparent(chain.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee) === 'then' ? { chain, callback } : undefined;
}

/** A second `.then` argument, or a `.catch` later in the chain, routes a rejection somewhere. */
function hasRejectionPath(chain: TSESTree.CallExpression): boolean {
  if (chain.arguments.length > 1) return true;
  let node: TSESTree.Node = chain;
  while (node.parent?.type === AST_NODE_TYPES.MemberExpression && node.parent.object === node) {
    const name = memberName(node.parent);
    const call: TSESTree.Node | undefined = node.parent.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression) return false;
    if (name === 'catch' || (name === 'then' && call.arguments.length > 1)) return true;
    node = call;
  }
  return false;
}

function indentBy(text: string, extra: string): string {
  return text.replace(/\n(?=[^\n])/g, `\n${extra}`);
}
