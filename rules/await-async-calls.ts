import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '../src/analysis/ast';
import type { AsyncContext } from '../src/analysis/async-context';
import { CalleeKeys } from '../src/analysis/callee-keys';
import {
  describeExpression,
  isFunction,
  memberName,
  referencesToParameter,
  returnStatementsOf,
  skipTransparent,
  someNode,
  suspends,
  type FunctionNode,
} from '../src/analysis/nodes';
import { createRule, reportLateFailuresOption } from '../src/create-rule';
import { addAwait, canMakeAsync, makeAsync, replaceVoidWithAwait } from '../src/fixes/add-await';
import { calledParameterOf, doneStatements, removeDone } from '../src/fixes/remove-done';

type MessageId =
  | 'unawaited'
  | 'unawaitedAssertion'
  | 'unawaitedLazy'
  | 'voidAssertion'
  | 'storedNeverAwaited'
  | 'forEachAsync'
  | 'mapDropped'
  | 'asyncFunctionToSyncMatcher'
  | 'promiseAsValue'
  | 'suggestAwait'
  | 'suggestForOf'
  | 'suggestPromiseAll'
  | 'suggestRejects'
  | 'suggestResolves';

type Options = [{ checkTypes?: boolean; inferFromAwaitedCallee?: boolean; reportLateFailures?: boolean }];

const throwMatchers = new Set(['toThrow', 'toThrowError', 'toThrowErrorMatchingSnapshot', 'toThrowErrorMatchingInlineSnapshot']);
/**
 * Value matchers that see a promise as an ordinary object (always defined, truthy, never equal to the result). Custom
 * matchers from `expect.extend` may await their subject, so only these are checked.
 */
const valueMatchers = new Set([
  'toBeTruthy',
  'toBeFalsy',
  'toBeDefined',
  'toBeUndefined',
  'toBeNull',
  'toBeNaN',
  'toEqual',
  'toStrictEqual',
  'toMatchObject',
  'toHaveProperty',
  'toContain',
  'toContainEqual',
  'toHaveLength',
  'toMatch',
  'toBeGreaterThan',
  'toBeGreaterThanOrEqual',
  'toBeLessThan',
  'toBeLessThanOrEqual',
  'toBeCloseTo',
]);
const comparisonOperators = new Set(['==', '===', '!=', '!==']);
const promiseChainMethods = new Set(['then', 'catch', 'finally']);

export default createRule<Options, MessageId>({
  name: 'await-async-calls',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require promises, async assertions and test clients in tests to be awaited or returned',
      recommended: true,
      typeAware: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      unawaited:
        '`{{expression}}` returns a promise that is never awaited: the test goes on, and can finish, before it settles, so its failure is never reported.',
      unawaitedLazy: '`{{expression}}` builds a lazy query that is never awaited, so it never runs: the test goes on against data it did not change.',
      unawaitedAssertion: 'The async assertion `{{expression}}` is never awaited: the test finishes before it runs, so it can never fail the test.',
      voidAssertion: '`void` discards the async assertion `{{expression}}`: the test finishes before it runs, so it can never fail the test.',
      storedNeverAwaited:
        '`{{name}}` holds the promise of `{{expression}}` but is never awaited: the test reads the promise, not its result, and errors are lost.',
      forEachAsync: '`forEach` ignores the promises its async callback returns: the test finishes before they settle, and their failures are lost.',
      mapDropped: 'The promises made by this `map` are dropped: the test finishes before they settle, and their failures are lost.',
      asyncFunctionToSyncMatcher:
        '`{{matcher}}` calls the async function and only sees the promise it returns, which never throws: the assertion passes or fails on the wrong thing.',
      promiseAsValue: '`{{expression}}` is a promise, not its result: this check sees the pending promise object, never the value it resolves to.',
      suggestAwait: 'Await it.',
      suggestForOf: 'Rewrite as a `for…of` loop that awaits each item in turn.',
      suggestPromiseAll: 'Await all of them with `await Promise.all(….map(…))`.',
      suggestRejects: 'Assert on the rejection: `await expect(fn()).rejects.{{matcher}}(…)`.',
      suggestResolves: 'Assert that it does not reject: `await expect(fn()).resolves.not.{{matcher}}()`.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          checkTypes: {
            type: 'boolean',
            description: 'With type information, also report any expression in a test whose type is a thenable.',
          },
          ...reportLateFailuresOption,
          inferFromAwaitedCallee: {
            type: 'boolean',
            description:
              'Also report a dropped call of a function nothing else knows when the file awaits the same callee elsewhere (a guess: `dispatch(thunk)` returns a promise, `dispatch(action)` does not).',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ checkTypes: false, inferFromAwaitedCallee: false, reportLateFailures: false }],
  },
  create(context, [options], testFile) {
    const sourceCode = context.sourceCode;
    const checkTypes = options.checkTypes === true;
    // Inference for calls no table knows, when asked for: a callee awaited, `.then`-ed or returned to the runner in the
    // file is a promise everywhere in it. Off by default: on suites never tuned on, 49 of the 51 reports it made were false.
    // Candidates wait for the end of the file, when all the evidence is in; the awaited callees' keys are made then, and
    // only in files that have candidates.
    const inferFromAwaitedCallee = options.inferFromAwaitedCallee === true;
    const reportLateFailures = options.reportLateFailures === true;
    /**
     * A dropped promise's failure is lost only under a runner that drops unawaited rejections (mocha), in a project that
     * registers no handler of its own for them. jest, vitest, node:test and Playwright report them, late and often
     * against another test (strict only); an unknown runner is no evidence either way.
     */
    const droppedFailuresAreLost = () => reportLateFailures || testFile().losesUnawaitedRejections;
    const awaitedCalls: TSESTree.CallExpression[] = [];
    const unknownDroppedCalls: { call: TSESTree.CallExpression; asyncContext: AsyncContext }[] = [];

    function noteAwaited(node: TSESTree.Node | null | undefined): void {
      const expression = node == null ? undefined : skipTransparent(node);
      if (expression?.type === AST_NODE_TYPES.CallExpression) awaitedCalls.push(expression);
    }

    function isPromise(node: TSESTree.Node, asyncContext: AsyncContext): boolean {
      const values = testFile().values;
      if (values.isAwaitable(node)) return true;
      // The type checker is the expensive part: skip what the knowledge already classifies, and awaited values.
      if (!checkTypes || asyncContext.type !== 'test' || values.infoOf(node) !== undefined || !typeMayBeThenable(node)) return false;
      return values.typeIsThenable(node);
    }

    function checkDropped(statement: TSESTree.ExpressionStatement): void {
      const asyncContext = testFile().asyncContext(statement);
      if (asyncContext === undefined) return;
      // `a(), b()` drops every value of the sequence.
      const dropped = statement.expression.type === AST_NODE_TYPES.SequenceExpression ? statement.expression.expressions : [statement.expression];
      for (const node of dropped) checkDroppedExpression(node, asyncContext);
    }

    function checkDroppedExpression(node: TSESTree.Expression, asyncContext: AsyncContext): void {
      const expression = skipTransparent(node);
      if (expression.type === AST_NODE_TYPES.UnaryExpression && expression.operator === 'void') {
        checkVoid(expression, asyncContext);
        return;
      }
      if (expression.type === AST_NODE_TYPES.CallExpression && checkIterationCallback(expression, asyncContext)) return;
      // Most dropped values are known not to be promises (`expect(x).toBe(y)`): settle that before the costlier checks.
      const known = testFile().values.infoOf(expression);
      if (known !== undefined ? known.awaitable === undefined : expression.type !== AST_NODE_TYPES.CallExpression && !checkTypes) return;
      // Where the runner reports a dropped promise's failure itself, only a lazy query (which never runs) is left: the
      // chain, inference and type checks below are not needed for it.
      if (known?.awaitable !== 'lazy' && !droppedFailuresAreLost()) return;
      if (isPromiseChain(expression) && !chainIsLost(expression, asyncContext)) return;
      if (insideThrowCheck(asyncContext) || refinesStoredBuilder(expression)) return;
      if (asyncContext.doneParam !== undefined && !callsDoneSynchronously(asyncContext)) return;
      if (inferFromAwaitedCallee && expression.type === AST_NODE_TYPES.CallExpression && testFile().values.infoOf(expression) === undefined) {
        // A call ending in a callback is the callback form of the same API (`app.ready(cb)`), not a dropped promise.
        if (!isFunction(expression.arguments.at(-1)) && testFile().testCall(expression) === undefined)
          unknownDroppedCalls.push({ call: expression, asyncContext });
      }
      if (callsOwnFixtureUse(expression, asyncContext)) return;
      if (isPromise(expression, asyncContext)) {
        const info = testFile().values.infoOf(expression);
        const messageId = info?.assertion === true ? 'unawaitedAssertion' : info?.awaitable === 'lazy' ? 'unawaitedLazy' : 'unawaited';
        reportUnawaited(node, asyncContext, messageId);
      }
    }

    /**
     * A fixture's `use(value)` left unawaited is valid-fixture's report, which says what goes wrong (the teardown runs
     * while the test uses the value); its type alone makes it a promise here. valid-fixture checks the calls directly in
     * the fixture's body, and only when every reference to `use` is a call: this rule keeps the others.
     */
    function callsOwnFixtureUse(expression: TSESTree.Node, asyncContext: AsyncContext): boolean {
      const use = asyncContext.fixture === undefined || asyncContext.between.length > 0 ? undefined : asyncContext.callback.params[1];
      if (use?.type !== AST_NODE_TYPES.Identifier || expression.type !== AST_NODE_TYPES.CallExpression) return false;
      const references = referencesToParameter(sourceCode, use);
      return (
        references.includes(expression.callee as TSESTree.Identifier) &&
        references.every((reference) => reference.parent?.type === AST_NODE_TYPES.CallExpression && reference.parent.callee === reference)
      );
    }

    /**
     * A dropped `.then()`/`.catch()`/`.finally()` chain is reported where it is lost for sure: its callbacks assert, or
     * the test waits for nothing after starting it, so it ends before the callbacks run. Followed by an `await`, a chain
     * is often deliberate (`deferred.then((v) => { seen = v })` observed later, `pending.catch(() => {})` before
     * awaiting something else) and is left alone; so is one whose callbacks set a variable the test reads afterwards
     * (`promise.then(() => { resolved = true })` … `expect(resolved).toBe(false)`: checking that it has not settled yet).
     * Never when the test ends through `done` (no-done-callback's concern) or makes the runner count assertions
     * (`t.plan`, `expect.assertions`), which turns a lost assertion into a failure.
     */
    function chainIsLost(chain: TSESTree.CallExpression, asyncContext: AsyncContext): boolean {
      if (asyncContext.doneParam !== undefined) return false;
      const values = testFile().values;
      const keys = sourceCode.visitorKeys;
      const { body } = asyncContext.callback;
      const inCallbacks = (predicate: (node: TSESTree.Node) => boolean) =>
        chainCallbacks(chain).some((callback) => someNode(callback.body, keys, true, predicate));
      if (someNode(body, keys, false, isAssertionCounter)) return false;
      if (inCallbacks((node) => values.isAssertionCall(node))) return true;
      // In a nested callback the chain starts at a time the test does not show.
      if (asyncContext.between.length > 0 || someNode(body, keys, false, (node) => node.range[0] > chain.range[1] && waits(node))) return false;
      // `.then(() => done())` with vitest's context taken for `done` is no-done-callback's report, not a second one.
      return !inCallbacks((node) => setsVariableReadAfter(node, chain.range[1]) || callsParameterOf(node, asyncContext.callback));
    }

    function setsVariableReadAfter(node: TSESTree.Node, position: number): boolean {
      if (node.type !== AST_NODE_TYPES.AssignmentExpression || node.left.type !== AST_NODE_TYPES.Identifier) return false;
      const variable = testFile().bindings.localVariableOf(node.left);
      return variable?.references.some((reference) => reference.isRead() && reference.identifier.range[0] > position) === true;
    }

    function callsParameterOf(node: TSESTree.Node, fn: FunctionNode): boolean {
      if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.Identifier) return false;
      return testFile().bindings.localVariableOf(node.callee)?.defs[0]?.node === fn;
    }

    /** A call that makes the runner count assertions: `expect.assertions(n)`, `expect.hasAssertions()`, `t.plan(n)`. */
    function isAssertionCounter(node: TSESTree.Node): boolean {
      if (node.type !== AST_NODE_TYPES.CallExpression) return false;
      const callee = skipTransparent(node.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
      const name = memberName(callee);
      return name !== undefined && testFile().values.kindOf(callee.object)?.countsAssertionsWith(name) === true;
    }

    /** Code in a function given to `expect(fn)` is there to throw (`expect(() => db.select().from(x)).toThrow()`). */
    function insideThrowCheck(asyncContext: AsyncContext): boolean {
      return asyncContext.between.some((fn) => {
        const call = fn.parent;
        if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== fn) return false;
        const kind = testFile().values.kindOf(call);
        return kind?.matchesSubject === true || kind?.asserts === true;
      });
    }

    /** `query.where(…)` on a stored lazy builder refines it in place; the builder is awaited (or not) as a whole. */
    function refinesStoredBuilder(expression: TSESTree.Node): boolean {
      let root = expression;
      while (root.type === AST_NODE_TYPES.CallExpression || root.type === AST_NODE_TYPES.MemberExpression) {
        root = skipTransparent(root.type === AST_NODE_TYPES.CallExpression ? root.callee : root.object);
      }
      return root.type === AST_NODE_TYPES.Identifier && testFile().values.infoOf(root)?.awaitable === 'lazy';
    }

    /**
     * A test that calls `done` only from callbacks ends when those run, so work it leaves unawaited is usually
     * deliberate; one that calls `done` in its own body ends at once, with the promise still pending.
     */
    function callsDoneSynchronously(asyncContext: AsyncContext): boolean {
      const done = asyncContext.doneParam!;
      return someNode(asyncContext.callback.body, sourceCode.visitorKeys, false, (node) => {
        if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.Identifier) return false;
        return node.callee.name === done.name && testFile().bindings.of(node.callee)?.type === 'local';
      });
    }

    function checkVoid(expression: TSESTree.UnaryExpression, asyncContext: AsyncContext): void {
      // `void` on other promises is a deliberate "fire and forget"; on an assertion it silences a check.
      if (testFile().values.infoOf(expression.argument)?.assertion !== true || !droppedFailuresAreLost()) return;
      const fix = awaitFix(expression, asyncContext, (fixer, fn) => replaceVoidWithAwait(fixer, sourceCode, expression, fn));
      const fn = innermostFunction(asyncContext);
      context.report({
        node: expression,
        messageId: 'voidAssertion',
        data: { expression: describeExpression(expression.argument) },
        fix: fix ?? null,
        suggest:
          fix === undefined && !keepsDone(fn, asyncContext)
            ? [{ messageId: 'suggestAwait', fix: (fixer) => replaceVoidWithAwait(fixer, sourceCode, expression, fn) }]
            : [],
      });
    }

    function reportUnawaited(node: TSESTree.Node, asyncContext: AsyncContext, messageId: 'unawaited' | 'unawaitedAssertion' | 'unawaitedLazy'): void {
      const fix = awaitFix(node, asyncContext, (fixer, fn) => addAwait(fixer, sourceCode, node, fn));
      context.report({
        node,
        messageId,
        data: { expression: describeExpression(skipTransparent(node)) },
        fix: fix ?? null,
        suggest: fix === undefined ? awaitSuggestion(node, asyncContext) : [],
      });
    }

    /**
     * The exact fix: `insert` adds the `await`, and `async` on the test's own callback. A callback that takes `done`
     * (or calls vitest's context like it) loses it in the same fix, since jest and mocha fail an async test that takes
     * `done` and vitest rejects `done` outright; when `done` is used other than as `done();` in the test's own body or in
     * the awaited work, there is no exact fix.
     */
    function awaitFix(
      node: TSESTree.Node,
      asyncContext: AsyncContext,
      insert: (fixer: TSESLint.RuleFixer, fn: FunctionNode) => TSESLint.RuleFix[],
    ): TSESLint.ReportFixFunction | undefined {
      const fn = fixableFunction(asyncContext);
      if (fn === undefined) return undefined;
      const done = asyncContext.doneParam ?? calledParameterOf(sourceCode, fn);
      if (done === undefined) return (fixer) => insert(fixer, fn);
      if (fn.params.length !== 1 || fn.body.type !== AST_NODE_TYPES.BlockStatement) return undefined;
      const body = fn.body;
      const inBodyOrAwaited = (statement: TSESTree.Node) =>
        statement.parent === body || (statement.range[0] >= node.range[0] && statement.range[1] <= node.range[1]);
      const statements = doneStatements(sourceCode, done, inBodyOrAwaited);
      return statements === undefined ? undefined : (fixer) => [...removeDone(fixer, sourceCode, done, statements), ...insert(fixer, fn)];
    }

    /** Making this function async would keep a `done` it calls: a test every runner rejects. */
    function keepsDone(fn: FunctionNode, asyncContext: AsyncContext): boolean {
      return fn === asyncContext.callback && (asyncContext.doneParam ?? calledParameterOf(sourceCode, fn)) !== undefined;
    }

    function awaitSuggestion(node: TSESTree.Node, asyncContext: AsyncContext): TSESLint.SuggestionReportDescriptor<MessageId>[] {
      const fn = innermostFunction(asyncContext);
      if (!canMakeAsync(fn) || keepsDone(fn, asyncContext)) return [];
      return [{ messageId: 'suggestAwait', fix: (fixer) => addAwait(fixer, sourceCode, node, fn) }];
    }

    /** `arr.forEach(async …)` and a dropped `arr.map(async …)`: reported as one problem, with rewrites as suggestions. */
    function checkIterationCallback(call: TSESTree.CallExpression, asyncContext: AsyncContext): boolean {
      const callee = skipTransparent(call.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
      const method = memberName(callee);
      const callback = call.arguments[0];
      if ((method !== 'forEach' && method !== 'map') || !isFunction(callback) || !testFile().values.returnsPromise(callback)) return false;
      if (!droppedFailuresAreLost()) return true;
      const fn = innermostFunction(asyncContext);
      const suggest: TSESLint.SuggestionReportDescriptor<MessageId>[] = [];
      if (canMakeAsync(fn)) {
        if (method === 'forEach' && call.arguments.length === 1) {
          const forOf = forOfRewrite(call, callee, callback);
          if (forOf !== undefined) {
            suggest.push({
              messageId: 'suggestForOf',
              fix: (fixer) => [fixer.replaceText(call.parent!, forOf), makeAsync(fixer, sourceCode, fn)].filter((fix) => fix !== undefined),
            });
          }
        }
        suggest.push({
          messageId: 'suggestPromiseAll',
          fix: (fixer) =>
            [
              makeAsync(fixer, sourceCode, fn),
              fixer.insertTextBefore(call, 'await Promise.all('),
              method === 'forEach' ? fixer.replaceText(callee.property, 'map') : undefined,
              fixer.insertTextAfter(call, ')'),
            ].filter((fix) => fix !== undefined),
        });
      }
      context.report({ node: call, messageId: method === 'forEach' ? 'forEachAsync' : 'mapDropped', suggest });
      return true;
    }

    function forOfRewrite(call: TSESTree.CallExpression, callee: TSESTree.MemberExpression, callback: FunctionNode): string | undefined {
      const [param, ...rest] = callback.params;
      // An index parameter, a typed parameter or a `return` (which means `continue` in forEach) has no exact for…of form.
      if (param === undefined || rest.length > 0 || ('typeAnnotation' in param && param.typeAnnotation != null)) return undefined;
      if (param.type === AST_NODE_TYPES.AssignmentPattern || param.type === AST_NODE_TYPES.RestElement) return undefined;
      if (callback.type !== AST_NODE_TYPES.ArrowFunctionExpression) return undefined;
      if (returnStatementsOf(callback, sourceCode.visitorKeys).length > 0 || call.parent?.type !== AST_NODE_TYPES.ExpressionStatement)
        return undefined;
      const iterable = sourceCode.getText(callee.object);
      const body =
        callback.body.type === AST_NODE_TYPES.BlockStatement ? sourceCode.getText(callback.body) : `{ await ${sourceCode.getText(callback.body)}; }`;
      if (callback.body.type !== AST_NODE_TYPES.BlockStatement && !testFile().values.isAwaitable(callback.body)) return undefined;
      const needsParens = callee.object.type === AST_NODE_TYPES.SequenceExpression;
      return `for (const ${sourceCode.getText(param)} of ${needsParens ? `(${iterable})` : iterable}) ${body}`;
    }

    /** A `const` holding a promise in a test that nothing hands on: reported once, at its initializer. */
    function storedUnusedPromise(declarator: TSESTree.VariableDeclarator): AsyncContext | undefined {
      if (declarator.init === null || declarator.id.type !== AST_NODE_TYPES.Identifier) return undefined;
      if (declarator.parent.type !== AST_NODE_TYPES.VariableDeclaration || declarator.parent.kind !== 'const') return undefined;
      // Most constants in a test hold an awaited result (`const res = await …`): no promise, whatever is awaited.
      if (!typeMayBeThenable(declarator.init)) return undefined;
      const asyncContext = testFile().asyncContext(declarator);
      // Only directly in the test: callbacks (`page.evaluate(() => …)`) may run elsewhere, with other rules.
      if (asyncContext?.type !== 'test' || asyncContext.between.length > 0 || !isPromise(declarator.init, asyncContext)) return undefined;
      const variable = sourceCode.getDeclaredVariables(declarator)[0];
      // A lazy builder is also used by refining or inspecting it (`query.where(…)`, `query.toSQL()`).
      const lazy = testFile().values.infoOf(declarator.init)?.awaitable === 'lazy';
      const handled = (identifier: TSESTree.Node) =>
        passesPromiseOn(identifier) ||
        (lazy && identifier.parent?.type === AST_NODE_TYPES.MemberExpression && identifier.parent.object === identifier);
      if (variable === undefined || variable.references.some((reference) => reference.init !== true && handled(reference.identifier))) {
        return undefined;
      }
      return asyncContext;
    }

    function isStoredPromiseReported(node: TSESTree.Node): boolean {
      if (node.type !== AST_NODE_TYPES.Identifier || !droppedFailuresAreLost()) return false;
      const binding = testFile().bindings.of(node);
      const declarator = binding?.type === 'local' ? binding.variable.defs[0]?.node : undefined;
      return declarator?.type === AST_NODE_TYPES.VariableDeclarator && storedUnusedPromise(declarator) !== undefined;
    }

    function checkStored(declarator: TSESTree.VariableDeclarator): void {
      if (!droppedFailuresAreLost()) return;
      const asyncContext = storedUnusedPromise(declarator);
      if (asyncContext === undefined || declarator.init === null || declarator.id.type !== AST_NODE_TYPES.Identifier) return;
      const init = declarator.init;
      const fix = awaitFix(init, asyncContext, (fixer, fn) => addAwait(fixer, sourceCode, init, fn));
      context.report({
        node: init,
        messageId: 'storedNeverAwaited',
        data: { name: declarator.id.name, expression: describeExpression(skipTransparent(init)) },
        fix: fix ?? null,
        suggest: fix === undefined ? awaitSuggestion(init, asyncContext) : [],
      });
    }

    function checkCondition(node: TSESTree.Node | null | undefined): void {
      if (node == null || isStoredPromiseReported(node)) return;
      const asyncContext = testFile().asyncContext(node);
      if (asyncContext?.type !== 'test' || !testFile().values.isAwaitable(node)) return;
      context.report({
        node,
        messageId: 'promiseAsValue',
        data: { expression: describeExpression(skipTransparent(node)) },
        suggest: awaitSuggestion(node, asyncContext),
      });
    }

    /** `expect(asyncFn).toThrow()` and `expect(promise).toBeTruthy()`: a synchronous matcher given a promise. */
    function checkMatcherSubject(call: TSESTree.CallExpression): void {
      const callee = skipTransparent(call.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
      const matcher = memberName(callee);
      const values = testFile().values;
      // Only these matchers are checked: settle the name before asking what the receiver is.
      if (matcher === undefined || !(throwMatchers.has(matcher) || valueMatchers.has(matcher))) return;
      if (values.kindOf(callee.object)?.matchesSubject !== true) return;
      if (values.infoOf(call)?.awaitable !== undefined) return;
      const expectCall = subjectCall(callee.object);
      const subject = expectCall?.arguments[0];
      if (expectCall === undefined || subject === undefined || subject.type === AST_NODE_TYPES.SpreadElement) return;
      const asyncContext = testFile().asyncContext(call);
      if (asyncContext?.type !== 'test') return;
      // Only an `async` function can never throw synchronously; a plain function returning a promise still may.
      if (throwMatchers.has(matcher) && isFunction(subject) && subject.async) {
        // `.not.toThrow()` means "does not reject": `.resolves.not.toThrow()` fails when the promise rejects.
        const negated = sourceCode.getText(callee.object).includes('.not');
        const fn = innermostFunction(asyncContext);
        const statement = call.parent;
        const canRewrite = statement?.type === AST_NODE_TYPES.ExpressionStatement && canMakeAsync(fn);
        context.report({
          node: subject,
          messageId: 'asyncFunctionToSyncMatcher',
          data: { matcher },
          suggest: canRewrite
            ? [
                {
                  messageId: negated ? 'suggestResolves' : 'suggestRejects',
                  data: { matcher },
                  fix: (fixer) => [
                    fixer.replaceText(subject, `(${sourceCode.getText(subject)})()`),
                    fixer.insertTextAfter(expectCall, negated ? '.resolves' : '.rejects'),
                    ...addAwait(fixer, sourceCode, call, fn),
                  ],
                },
              ]
            : [],
        });
        return;
      }
      if (valueMatchers.has(matcher) && !isFunction(subject) && values.isAwaitable(subject)) checkCondition(subject);
    }

    return {
      ExpressionStatement: checkDropped,
      AwaitExpression: (node) => noteAwaited(node.argument),
      // `return call()` straight from a test, hook or fixture is evidence too (the runner waits for what is returned);
      // a concise arrow (`afterEach(() => sinon.restore())`) is not: it returns whatever the call gives. Nor is a
      // return from a callback that takes `done`, whose runner waits for `done` (`return done()` ends it early).
      ReturnStatement(node) {
        const asyncContext = testFile().asyncContext(node);
        if (asyncContext?.type === 'test' && asyncContext.between.length === 0 && asyncContext.doneParam === undefined) noteAwaited(node.argument);
      },

      'Program:exit'() {
        if (unknownDroppedCalls.length === 0) return;
        const keys = new CalleeKeys(testFile().bindings);
        // Keys are made only for awaited calls whose callee ends in the name of a dropped one.
        const droppedNames = new Set(unknownDroppedCalls.map(({ call }) => lastName(call.callee)));
        const awaitedKeys = new Set(awaitedCalls.filter((call) => droppedNames.has(lastName(call.callee))).map((call) => keys.of(call.callee)));
        for (const { call, asyncContext } of unknownDroppedCalls) {
          const key = keys.of(call.callee);
          if (key !== undefined && awaitedKeys.has(key)) reportUnawaited(call, asyncContext, 'unawaited');
        }
      },
      VariableDeclarator: checkStored,
      CallExpression(call) {
        const callee = call.callee;
        if (callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee) === 'then') noteAwaited(callee.object);
        checkMatcherSubject(call);
      },
      IfStatement: (node) => checkCondition(node.test),
      WhileStatement: (node) => checkCondition(node.test),
      DoWhileStatement: (node) => checkCondition(node.test),
      ConditionalExpression: (node) => checkCondition(node.test),
      UnaryExpression(node) {
        if (node.operator === '!' || node.operator === 'typeof') checkCondition(node.argument);
      },
      // Against a literal (`p === 1`, `p == null`) a promise is always the wrong operand; between two values it may be
      // a deliberate identity check (`builder === other`).
      BinaryExpression(node) {
        if (!comparisonOperators.has(node.operator)) return;
        if (isLiteralOperand(node.right)) checkCondition(node.left);
        if (isLiteralOperand(node.left)) checkCondition(node.right);
      },
    };
  },
});

/**
 * Expressions whose value is never a thenable, or is kept rather than dropped (`x = load()`), whatever their type says:
 * the type checker is not asked about them.
 */
const neverDroppedThenables = new Set<string>([
  AST_NODE_TYPES.AwaitExpression,
  AST_NODE_TYPES.AssignmentExpression,
  AST_NODE_TYPES.UpdateExpression,
  AST_NODE_TYPES.BinaryExpression,
  AST_NODE_TYPES.UnaryExpression,
  AST_NODE_TYPES.Literal,
  AST_NODE_TYPES.TemplateLiteral,
  AST_NODE_TYPES.ArrayExpression,
  AST_NODE_TYPES.ArrowFunctionExpression,
  AST_NODE_TYPES.FunctionExpression,
  AST_NODE_TYPES.ClassExpression,
]);

function typeMayBeThenable(node: TSESTree.Node): boolean {
  return !neverDroppedThenables.has(skipTransparent(node).type);
}

/** The last name of a callee: `save` for `repo.save` and for `save`. */
function lastName(callee: TSESTree.Node): string | undefined {
  const node = skipTransparent(callee);
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  return node.type === AST_NODE_TYPES.MemberExpression ? memberName(node) : undefined;
}

function isLiteralOperand(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.Literal ||
    node.type === AST_NODE_TYPES.TemplateLiteral ||
    (node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined')
  );
}

/** What makes a test wait: an `await`, a `for await`, a `return` of a value (a returned promise). */
function waits(node: TSESTree.Node): boolean {
  return suspends(node) || (node.type === AST_NODE_TYPES.ReturnStatement && node.argument !== null);
}

function isPromiseChain(node: TSESTree.Node): node is TSESTree.CallExpression {
  if (node.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = skipTransparent(node.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression && promiseChainMethods.has(memberName(callee) ?? '');
}

/** The callbacks given to every `.then`/`.catch`/`.finally` of a chain. */
function chainCallbacks(chain: TSESTree.CallExpression): FunctionNode[] {
  const callbacks: FunctionNode[] = [];
  let node: TSESTree.Node = chain;
  while (isPromiseChain(node)) {
    for (const argument of node.arguments) if (isFunction(argument)) callbacks.push(argument);
    node = skipTransparent((skipTransparent(node.callee) as TSESTree.MemberExpression).object);
  }
  return callbacks;
}

/** The function to make async in an exact fix: the test/hook/fixture callback itself, with nothing in between (`done` aside). */
function fixableFunction(asyncContext: AsyncContext): FunctionNode | undefined {
  if (asyncContext.type !== 'test' || asyncContext.between.length > 0) return undefined;
  return canMakeAsync(asyncContext.callback) ? asyncContext.callback : undefined;
}

function innermostFunction(asyncContext: AsyncContext): FunctionNode {
  return asyncContext.between.at(-1) ?? asyncContext.callback;
}

/** The `expect(subject)` call at the root of a matcher chain (`expect(x).not`, `expect.soft(x)`). */
function subjectCall(node: TSESTree.Node): TSESTree.CallExpression | undefined {
  let current = skipTransparent(node);
  while (current.type === AST_NODE_TYPES.MemberExpression) current = skipTransparent(current.object);
  return current.type === AST_NODE_TYPES.CallExpression ? current : undefined;
}

/** Whether a reference to a stored promise hands it on: awaited, returned, passed, chained or stored again. */
function passesPromiseOn(identifier: TSESTree.Node): boolean {
  let node: TSESTree.Node = identifier;
  let parent = node.parent;
  while (
    parent != null &&
    (parent.type === AST_NODE_TYPES.TSAsExpression ||
      parent.type === AST_NODE_TYPES.TSNonNullExpression ||
      parent.type === AST_NODE_TYPES.ChainExpression ||
      parent.type === AST_NODE_TYPES.LogicalExpression ||
      parent.type === AST_NODE_TYPES.ConditionalExpression)
  ) {
    node = parent;
    parent = parent.parent;
  }
  if (parent === undefined) return false;
  switch (parent.type) {
    case AST_NODE_TYPES.MemberExpression: {
      const name = parent.object === node ? memberName(parent) : undefined;
      return name === 'then' || name === 'catch' || name === 'finally';
    }
    case AST_NODE_TYPES.BinaryExpression:
      return parent.operator === 'instanceof';
    case AST_NODE_TYPES.UnaryExpression:
    case AST_NODE_TYPES.TemplateLiteral:
      // A tagged template hands its values to the tag (`html\`${name}\`` may await them); a plain one stringifies.
      return parent.parent?.type === AST_NODE_TYPES.TaggedTemplateExpression;
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.ExpressionStatement:
      return false;
    default:
      return true;
  }
}
