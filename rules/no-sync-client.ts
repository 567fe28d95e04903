import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '../src/analysis/ast';
import type { AsyncContext } from '../src/analysis/async-context';
import { isCallback } from '../src/analysis/local-functions';
import {
  describeExpression,
  type FunctionNode,
  isFunction,
  memberName,
  referencesToParameter,
  skipTransparent,
  someNode,
} from '../src/analysis/nodes';
import { createRule } from '../src/create-rule';
import { makeAsync } from '../src/fixes/add-await';
import { removeOnlyParameter } from '../src/fixes/remove-only-parameter';
import type { Blocking } from '../src/knowledge';

type MessageId = 'blockingClient' | 'callbackClient' | 'suggestFetch';

/** A shell command that makes a network request: curl, wget, httpie, or any http(s) URL. */
const networkCommand = /(^|[\s;&|(])(curl|wget|http|https|httpie)(\s|$)|https?:\/\//;
/** Assertions that only check that an error is empty: `t.error(err)`, `expect(err).toBeNull()`, `assert.ifError(err)`. */
const emptyErrorAssertions = new Set(['error', 'ifError', 'toBeNull', 'toBeFalsy', 'toBeUndefined', 'notOk', 'not.exist']);

type Options = [{ preferAwait?: boolean }];

export default createRule<Options, MessageId>({
  name: 'no-sync-client',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow blocking and callback-style HTTP clients in tests',
      recommended: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      blockingClient:
        '`{{name}}` blocks the event loop until the response arrives: against a server in this process it deadlocks, and the test hangs until its timeout.',
      callbackClient:
        '`{{name}}` takes a callback: errors thrown in it escape the test, and the test can end before the response arrives. Await the request instead.',
      suggestFetch: 'Use `await fetch(…)` (its `json()` and `text()` then return promises too).',
    },
    schema: [
      {
        type: 'object',
        properties: {
          preferAwait: {
            type: 'boolean',
            description:
              "Also report a request handed the test's own `done` (`.expect(200, done)`): correct code, since the runner gets its error through `done`, but the callback style; the fix awaits the request instead.",
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ preferAwait: false }],
  },
  create(context, [options], testFile) {
    const sourceCode = context.sourceCode;
    const preferAwait = options.preferAwait === true;

    // Blocking calls come only from kinds that block: a file that can meet none is checked for callbacks alone.
    const mayBlock = testFile().mayMeet('blocks');

    function checkCall(call: TSESTree.CallExpression | TSESTree.NewExpression): void {
      const callee = skipTransparent(call.callee);
      const kind = mayBlock && testFile().calleeMay('block', callee) ? testFile().values.kindOf(callee) : undefined;
      if (kind === undefined) {
        checkCallbackClient(call);
        return;
      }
      const blocks = kind.blocks;
      if (blocks === undefined || !blocksHere(call, blocks)) {
        checkCallbackClient(call);
        return;
      }
      context.report({
        node: call,
        messageId: 'blockingClient',
        data: { name: describeExpression(call) },
        suggest: fetchSuggestion(call),
      });
    }

    function blocksHere(call: TSESTree.CallExpression | TSESTree.NewExpression, blocks: Blocking): boolean {
      if (blocks === 'always') return true;
      if (blocks === 'third-argument-false') {
        const third = call.arguments[2];
        return third?.type === AST_NODE_TYPES.Literal && third.value === false;
      }
      const command = call.arguments[0];
      const text = staticText(command);
      if (text === undefined) return false;
      const args = call.arguments[1];
      const argumentText =
        args?.type === AST_NODE_TYPES.ArrayExpression ? args.elements.map((element) => staticText(element ?? undefined) ?? '').join(' ') : '';
      return networkCommand.test(text) || /https?:\/\//.test(argumentText);
    }

    /** Callback-style requests in a test: supertest `.end(cb)`/`.expect(200, cb)`, `inject(opts, cb)`, `http.get(url, cb)`. */
    function checkCallbackClient(call: TSESTree.CallExpression | TSESTree.NewExpression): void {
      if (call.type !== AST_NODE_TYPES.CallExpression) return;
      const last = call.arguments.at(-1);
      if ((!isFunction(last) && last?.type !== AST_NODE_TYPES.Identifier) || !isHttpClientCall(call)) return;
      const asyncContext = testFile().asyncContext(call);
      if (asyncContext?.type !== 'test') return;
      // A test that takes `done` waits for it, and fails on an assertion thrown in the callback (node:test, mocha), or
      // on the error the client hands `done` itself: correct code, reported only with `preferAwait` (strict).
      const handsDone = last?.type === AST_NODE_TYPES.Identifier && last.name === asyncContext.doneParam?.name;
      if (asyncContext.doneParam !== undefined && !(handsDone && preferAwait)) return;
      // `.then(cb)`/`.catch(cb)` on a request are promise methods, whatever their argument; a parameter counts when it
      // is named like a callback (`.expect(status)` in `function strip(status)` is a value).
      const values = testFile().values;
      if (!handsDone && (values.isAwaitable(call) || !isCallback(last, testFile().bindings))) return;
      if (
        asyncContext.between.some(
          (fn) => fn.parent?.type === AST_NODE_TYPES.CallExpression && fn.parent.arguments[0] === fn && values.isAssertionCall(fn.parent),
        )
      )
        return;
      // Wrapped in `new Promise((resolve, reject) => …)`, the callback settles a promise the test can await.
      if (
        asyncContext.between.some(
          (fn) => fn.parent?.type === AST_NODE_TYPES.NewExpression && fn.parent.arguments[0] === fn && values.isAwaitable(fn.parent),
        )
      )
        return;
      // A callback the enclosing function was given (`(url, options, callback) => request(url, options, callback)`) is
      // its caller's to wait for.
      const innermost = asyncContext.between.at(-1);
      if (
        innermost !== undefined &&
        last?.type === AST_NODE_TYPES.Identifier &&
        testFile().bindings.localVariableOf(last)?.defs[0]?.node === innermost
      )
        return;
      if (!handsDone && waitsAfter(asyncContext.callback, call)) return;
      context.report({
        node: call,
        messageId: 'callbackClient',
        data: { name: describeExpression(call.callee) },
        fix: doneFix(call, asyncContext) ?? injectFix(call, asyncContext) ?? null,
      });
    }

    /**
     * The test returns a value or awaits after the request: it may be waiting for what the callback settles, and while
     * it runs, mocha and node:test fail it on what the callback throws (node:test checked). Only a test that can end
     * before the callback runs is reported.
     */
    function waitsAfter(test: FunctionNode, call: TSESTree.CallExpression): boolean {
      if (test.body.type !== AST_NODE_TYPES.BlockStatement) return true;
      return someNode(
        test.body,
        sourceCode.visitorKeys,
        false,
        (node) =>
          (node.type === AST_NODE_TYPES.ReturnStatement && node.argument !== null) ||
          (node.type === AST_NODE_TYPES.AwaitExpression && node.range[0] > call.range[1]),
      );
    }

    /** A request through an HTTP client's kind (`request(app).get('/')`, `http.get`), or shaped like one (`app.inject({ url })`). */
    function isHttpClientCall(call: TSESTree.CallExpression): boolean {
      const callee = skipTransparent(call.callee);
      const values = testFile().values;
      const method = callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) : undefined;
      const clientKind = callee.type === AST_NODE_TYPES.MemberExpression ? values.kindOf(callee.object) : values.kindOf(callee);
      const requests = method === undefined ? clientKind?.isHttpClient : clientKind?.requestsWith(method);
      if (requests === true || values.kindOf(callee)?.isHttpClient === true) return true;
      return clientKind === undefined && values.resultByArgumentShape(call)?.kind?.isHttpClient === true;
    }

    /**
     * `request(app).get('/').expect(200, done)` or `….end(done)` as the test's only use of `done`, in its last statement:
     * the test awaits the chain instead (`.end(done)` is dropped, `done` leaves the parameters).
     */
    function doneFix(call: TSESTree.CallExpression, asyncContext: AsyncContext): TSESLint.ReportFixFunction | undefined {
      const done = asyncContext.doneParam;
      const callback = asyncContext.callback;
      const last = call.arguments.at(-1);
      const statement = call.parent;
      if (done === undefined || asyncContext.between.length > 0 || last?.type !== AST_NODE_TYPES.Identifier || last.name !== done.name)
        return undefined;
      if (
        statement?.type !== AST_NODE_TYPES.ExpressionStatement ||
        callback.body.type !== AST_NODE_TYPES.BlockStatement ||
        callback.body.body.at(-1) !== statement
      )
        return undefined;
      if (callback.params.length !== 1 || referencesToParameter(sourceCode, done).length !== 1) return undefined;
      const callee = skipTransparent(call.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
      const isEnd = memberName(callee) === 'end' && call.arguments.length === 1;
      return (fixer) => {
        const fixes = [makeAsync(fixer, sourceCode, callback), removeOnlyParameter(fixer, sourceCode, done), fixer.insertTextBefore(call, 'await ')];
        if (isEnd) fixes.push(fixer.removeRange([callee.object.range[1], call.range[1]]));
        else fixes.push(fixer.removeRange([sourceCode.getTokenBefore(last)!.range[0], last.range[1]]));
        return fixes.filter((fix): fix is TSESLint.RuleFix => fix !== undefined);
      };
    }

    /**
     * `app.inject(opts, (err, res) => { <assert err is empty>; body })` in a test without `done`: becomes
     * `const res = await app.inject(opts); body`.
     */
    function injectFix(call: TSESTree.CallExpression, asyncContext: AsyncContext): TSESLint.ReportFixFunction | undefined {
      const callee = skipTransparent(call.callee);
      const handler = call.arguments.at(-1);
      const statement = call.parent;
      if (callee.type !== AST_NODE_TYPES.MemberExpression || memberName(callee) !== 'inject' || call.arguments.length !== 2) return undefined;
      if (!isFunction(handler) || handler.body.type !== AST_NODE_TYPES.BlockStatement || handler.async) return undefined;
      if (asyncContext.doneParam !== undefined || asyncContext.between.length > 0 || statement?.type !== AST_NODE_TYPES.ExpressionStatement)
        return undefined;
      if (statement.parent !== asyncContext.callback.body) return undefined;
      const [error, response] = handler.params;
      if (error?.type !== AST_NODE_TYPES.Identifier || response?.type !== AST_NODE_TYPES.Identifier) return undefined;
      const [first, ...rest] = handler.body.body;
      if (first === undefined || !assertsEmpty(first, error) || referencesToParameter(sourceCode, error).length !== 1) return undefined;
      // `const res` must not clash with a name the test already declares (two injects in one test).
      const testScope = sourceCode.getScope(asyncContext.callback);
      if (testScope.set.has(response.name) || testScope.childScopes.some((scope) => scope.block !== handler && scope.set.has(response.name)))
        return undefined;
      const indent = /^\s*/.exec(sourceCode.lines[statement.loc.start.line - 1] ?? '')?.[0] ?? '';
      const options = sourceCode.getText(call.arguments[0]!);
      const body = rest.map((inner) => sourceCode.getText(inner)).join(`\n${indent}`);
      const callback = asyncContext.callback;
      return (fixer) =>
        [
          makeAsync(fixer, sourceCode, callback),
          fixer.replaceText(
            statement,
            `const ${response.name} = await ${sourceCode.getText(callee)}(${options});${body === '' ? '' : `\n${indent}${body}`}`,
          ),
        ].filter((fix): fix is TSESLint.RuleFix => fix !== undefined);
    }

    function assertsEmpty(statement: TSESTree.Statement, error: TSESTree.Identifier): boolean {
      if (statement.type !== AST_NODE_TYPES.ExpressionStatement || statement.expression.type !== AST_NODE_TYPES.CallExpression) return false;
      const call = statement.expression;
      const callee = skipTransparent(call.callee);
      const name = callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) : undefined;
      if (name === undefined || !emptyErrorAssertions.has(name)) return false;
      const subject =
        callee.type === AST_NODE_TYPES.MemberExpression && skipTransparent(callee.object).type === AST_NODE_TYPES.CallExpression
          ? (skipTransparent(callee.object) as TSESTree.CallExpression).arguments[0]
          : call.arguments[0];
      return subject?.type === AST_NODE_TYPES.Identifier && subject.name === error.name;
    }

    /** sync-fetch's `fetch(url)` → `await fetch(url)`: a suggestion, since the response's methods become async too. */
    function fetchSuggestion(call: TSESTree.CallExpression | TSESTree.NewExpression): TSESLint.SuggestionReportDescriptor<MessageId>[] {
      const callee = skipTransparent(call.callee);
      if (call.type !== AST_NODE_TYPES.CallExpression || callee.type !== AST_NODE_TYPES.Identifier) return [];
      const binding = testFile().bindings.of(callee);
      if (binding?.type !== 'import' || binding.module !== 'sync-fetch') return [];
      const asyncContext = testFile().asyncContext(call);
      const fn: FunctionNode | undefined = asyncContext?.between.at(-1) ?? asyncContext?.callback;
      if (fn === undefined) return [];
      return [
        {
          messageId: 'suggestFetch',
          fix: (fixer) => {
            const argumentsText = call.arguments.map((argument) => sourceCode.getText(argument)).join(', ');
            const awaited = `await fetch(${argumentsText})`;
            const replacement = call.parent?.type === AST_NODE_TYPES.MemberExpression ? `(${awaited})` : awaited;
            return [makeAsync(fixer, sourceCode, fn), fixer.replaceText(call, replacement)].filter(
              (fix): fix is TSESLint.RuleFix => fix !== undefined,
            );
          },
        },
      ];
    }

    return { CallExpression: checkCall, NewExpression: checkCall };
  },
});

/** The text of a string literal or a template without expressions' static parts. */
function staticText(node: TSESTree.Node | undefined): string | undefined {
  if (node?.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') return node.value;
  if (node?.type === AST_NODE_TYPES.TemplateLiteral) return node.quasis.map((quasi) => quasi.value.cooked ?? '').join(' ');
  return undefined;
}
