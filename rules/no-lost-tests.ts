import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '../src/analysis/ast';
import { describeExpression, enclosingFunction, memberName, skipTransparent, someNode, suspends, type FunctionNode } from '../src/analysis/nodes';
import type { TestCall } from '../src/analysis/test-file';
import { createRule } from '../src/create-rule';
import { addNamedImport } from '../src/fixes/add-import';

type MessageId =
  | 'asyncSuite'
  | 'asyncSuiteRejected'
  | 'registeredAfterAwait'
  | 'registeredLater'
  | 'registeredInTest'
  | 'registeredInAsyncHelper'
  | 'suggestSetupHook';

/** Callbacks that run after the file has been collected: promise reactions, timers and event listeners. */
const deferringMethods = new Set(['then', 'catch', 'finally', 'on', 'once', 'addListener', 'prependListener', 'addEventListener']);
const deferringFunctions = new Set(['setTimeout', 'setImmediate', 'setInterval', 'queueMicrotask', 'nextTick', 'requestAnimationFrame']);

export default createRule<[], MessageId>({
  name: 'no-lost-tests',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow tests, suites and hooks registered where the runner never collects them',
      recommended: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      asyncSuite:
        'This suite callback awaits, but {{runner}} does not wait for it: a test registered after its first `await` is lost, or runs outside this suite and its hooks.',
      asyncSuiteRejected:
        '{{runner}} rejects a suite callback that returns a promise: the whole file fails to run ("Returning a Promise from describe is not supported").',
      registeredAfterAwait: '`{{name}}` is registered after an `await`: {{runner}} has finished collecting this suite by then, so it never runs.',
      registeredLater:
        '`{{name}}` is registered inside a `{{callback}}` callback, which runs after the runner has collected the file: it never runs.',
      registeredInTest:
        '`{{name}}` is registered inside a running test: the runner has finished collecting, so it never runs (or the runner throws).',
      registeredInAsyncHelper:
        '`{{name}}` is registered after an `await` in the async helper `{{helper}}`: the suite has been collected by then, so it never runs.',
      suggestSetupHook: 'Move the awaited setup into `{{hook}}` and make the suite callback synchronous.',
    },
    schema: [],
  },
  create(context, _options, testFile) {
    const sourceCode = context.sourceCode;
    /** The file's runner when it does not wait for the promise of a suite callback (it ignores or rejects it). */
    const collector = () => (testFile().runner?.suitePromise === 'awaited' ? undefined : testFile().runner);

    function checkRegistration(call: TSESTree.CallExpression): void {
      const registration = testFile().testCall(call);
      if (registration === undefined || registration.kind.registersFromRunningTest) return;
      if (registration.role === 'suite') checkSuiteCallback(registration);
      if (registration.role !== 'suite' && registration.role !== 'test' && !isHook(registration)) return;
      for (let fn = enclosingFunction(call); fn !== undefined; fn = enclosingFunction(fn)) {
        const outer = testFile().registrationOf(fn);
        if (outer?.role === 'suite') {
          // A runner that rejects the file has one report on the suite; one that ignores the promise loses these.
          if (fn === enclosingFunction(call) && outer.callback !== undefined && isAsyncFunction(fn) && collector()?.suitePromise === 'ignored') {
            reportIfAfterAwait(call, fn.body);
          }
          return;
        }
        if (outer !== undefined || testFile().fixtureOf(fn) !== undefined) {
          context.report({ node: call, messageId: 'registeredInTest', data: { name: describeExpression(call.callee) } });
          return;
        }
        const deferring = deferringCallee(fn);
        if (deferring !== undefined) {
          context.report({ node: call, messageId: 'registeredLater', data: { name: describeExpression(call.callee), callback: deferring } });
          return;
        }
        if (fn === enclosingFunction(call) && isAsyncFunction(fn) && isCalledFromSuite(fn)) {
          if (precededByAwait(call, fn.body)) {
            context.report({
              node: call,
              messageId: 'registeredInAsyncHelper',
              data: { name: describeExpression(call.callee), helper: functionName(fn) },
            });
          }
          return;
        }
      }
      // Module top level: an ES module's top-level await delays registration past collection under jest and mocha.
      if (enclosingFunction(call) === undefined && testFile().runner?.losesTestsAfterModuleAwait === true) {
        reportIfAfterAwait(call, sourceCode.ast);
      }
    }

    function reportIfAfterAwait(call: TSESTree.CallExpression, body: TSESTree.Node): void {
      if (!precededByAwait(call, body)) return;
      const runner = testFile().runner?.title ?? 'the runner';
      context.report({ node: call, messageId: 'registeredAfterAwait', data: { name: describeExpression(call.callee), runner } });
    }

    function checkSuiteCallback(suite: TestCall): void {
      const callback = suite.callback;
      const target = collector();
      if (callback === undefined || target === undefined || !isAsyncFunction(callback)) return;
      const awaits = containsAwait(callback.body);
      // Without an `await`, a runner that ignores the promise has collected every test before it settles.
      if (target.suitePromise === 'ignored' && !awaits) return;
      const asyncToken = callback.async ? sourceCode.getFirstToken(callback) : null;
      const canDropAsync = !awaits && asyncToken?.value === 'async';
      const hookName = target.hooksOnTest === true ? hookOnTest(suite, target.hooks.beforeAll) : target.hooks.beforeAll;
      const setupMove =
        canDropAsync || hookName === undefined || asyncToken === null ? undefined : moveSetupIntoHook(callback, asyncToken, hookName, target.module);
      context.report({
        node: callback,
        loc: asyncToken?.loc ?? callback.loc,
        messageId: target.suitePromise === 'rejected' ? 'asyncSuiteRejected' : 'asyncSuite',
        data: { runner: target.title },
        fix: canDropAsync ? (fixer) => fixer.removeRange([asyncToken.range[0], sourceCode.getTokenAfter(asyncToken)!.range[0]]) : null,
        suggest: setupMove === undefined ? [] : [{ messageId: 'suggestSetupHook', data: { hook: hookName! }, fix: setupMove }],
      });
    }

    /**
     * `const x = await setup();` statements at the top of an async suite become `let x;` plus one setup hook that
     * assigns them; only when every `await` is such a statement and `x` is read only inside tests and hooks.
     */
    function moveSetupIntoHook(
      callback: FunctionNode,
      asyncToken: TSESTree.Token,
      hookName: string,
      module: string,
    ): TSESLint.ReportFixFunction | undefined {
      if (callback.body.type !== AST_NODE_TYPES.BlockStatement) return undefined;
      const statements = callback.body.body.filter((statement) => containsAwait(statement));
      const moves: { statement: TSESTree.Statement; name?: string; awaited: string }[] = [];
      for (const statement of statements) {
        const move = awaitedSetup(statement);
        if (move === undefined) return undefined;
        moves.push({ statement, ...move });
      }
      if (moves.length === 0) return undefined;
      for (const { statement, name } of moves) {
        if (name === undefined) continue;
        const variable = sourceCode.getDeclaredVariables(statement)[0];
        // Read while the suite is being collected: a hook would run too late for it.
        if (variable?.references.some((reference) => !reference.init && enclosingFunction(reference.identifier) === callback)) return undefined;
      }
      const first = moves[0]!.statement;
      const indent = ' '.repeat(first.loc.start.column);
      const declared = moves.flatMap(({ name }) => (name === undefined ? [] : [name]));
      const assignments = moves.map(({ name, awaited }) => `${indent}  ${name === undefined ? '' : `${name} = `}await ${awaited};`).join('\n');
      const replacement = `${declared.length > 0 ? `let ${declared.join(', ')};\n${indent}` : ''}${hookName}(async () => {\n${assignments}\n${indent}});`;
      return (fixer) => {
        const fixes = [
          fixer.removeRange([asyncToken.range[0], sourceCode.getTokenAfter(asyncToken)!.range[0]]),
          fixer.replaceText(first, replacement),
        ];
        for (const { statement } of moves.slice(1)) fixes.push(fixer.removeRange(lineRange(statement)));
        const importFix = hookName.includes('.') ? undefined : addNamedImport(fixer, sourceCode.ast, module, hookName);
        if (importFix !== undefined) fixes.push(importFix);
        return fixes;
      };
    }

    function awaitedSetup(statement: TSESTree.Statement): { name?: string; awaited: string } | undefined {
      if (statement.type === AST_NODE_TYPES.ExpressionStatement && statement.expression.type === AST_NODE_TYPES.AwaitExpression) {
        return containsAwait(statement.expression.argument) ? undefined : { awaited: sourceCode.getText(statement.expression.argument) };
      }
      if (statement.type !== AST_NODE_TYPES.VariableDeclaration || statement.declarations.length !== 1) return undefined;
      const [declarator] = statement.declarations;
      if (declarator?.id.type !== AST_NODE_TYPES.Identifier || declarator.id.typeAnnotation != null) return undefined;
      if (declarator.init?.type !== AST_NODE_TYPES.AwaitExpression || containsAwait(declarator.init.argument)) return undefined;
      return { name: declarator.id.name, awaited: sourceCode.getText(declarator.init.argument) };
    }

    /** The whole line of a statement, so that removing it leaves no blank line behind. */
    function lineRange(statement: TSESTree.Node): [number, number] {
      const text = sourceCode.text;
      let start = statement.range[0];
      while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
      let end = statement.range[1];
      if (text[end] === '\n') end++;
      return [start, end];
    }

    /** `test.beforeAll` for a Playwright suite written `test.describe(...)`. */
    /** A hook written as a method of the test function the suite is registered through: `test.beforeAll`. */
    function hookOnTest(suite: TestCall, hook: string): string | undefined {
      let node: TSESTree.Node = skipTransparent(suite.node.callee);
      while (node.type === AST_NODE_TYPES.MemberExpression) node = skipTransparent(node.object);
      return node.type === AST_NODE_TYPES.Identifier ? `${node.name}.${hook}` : undefined;
    }

    function isCalledFromSuite(fn: FunctionNode): boolean {
      return testFile()
        .referencesTo(fn)
        .some((reference) => {
          const caller = enclosingFunction(reference);
          return caller === undefined || testFile().registrationOf(caller)?.role === 'suite';
        });
    }

    function isAsyncFunction(fn: FunctionNode): boolean {
      return fn.async || (!fn.generator && testFile().values.returnsPromise(fn));
    }

    const firstAwaits = new Map<readonly TSESTree.Node[], number>();

    function containsAwait(node: TSESTree.Node): boolean {
      return someNode(node, sourceCode.visitorKeys, false, suspends);
    }

    /** Whether a statement before the one holding `node`, in `body`, awaits. */
    function precededByAwait(node: TSESTree.Node, body: TSESTree.Node): boolean {
      let statement: TSESTree.Node = node;
      while (statement.parent != null && statement.parent !== body) statement = statement.parent;
      if (statement.parent !== body || !('body' in body) || !Array.isArray(body.body)) return false;
      return firstAwaitingStatement(body.body as TSESTree.Node[]) < statement.range[0];
    }

    /** Where the first statement of a body that awaits starts, found once per body (every registration asks). */
    function firstAwaitingStatement(statements: readonly TSESTree.Node[]): number {
      let start = firstAwaits.get(statements);
      if (start === undefined) {
        start = statements.find((statement) => containsAwait(statement))?.range[0] ?? Infinity;
        firstAwaits.set(statements, start);
      }
      return start;
    }

    // A runner that registers at any time (node:test: `test()` in a running test is a subtest) loses nothing.
    if (testFile().runner?.registersAtAnyTime === true) return {};
    return { CallExpression: checkRegistration };
  },
});

function isHook(registration: TestCall): boolean {
  return (
    registration.role === 'beforeAll' || registration.role === 'beforeEach' || registration.role === 'afterAll' || registration.role === 'afterEach'
  );
}

/** The name of the call a function is a callback of, when that call runs it after collection. */
function deferringCallee(fn: FunctionNode): string | undefined {
  const call = fn.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(fn as TSESTree.Expression)) return undefined;
  const callee = skipTransparent(call.callee);
  const name =
    callee.type === AST_NODE_TYPES.Identifier ? callee.name : callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) : undefined;
  if (name === undefined) return undefined;
  if (callee.type === AST_NODE_TYPES.MemberExpression && deferringMethods.has(name)) return `.${name}`;
  return deferringFunctions.has(name) ? name : undefined;
}

function functionName(fn: FunctionNode): string {
  if (fn.id != null) return fn.id.name;
  const parent = fn.parent;
  return parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier ? parent.id.name : 'helper';
}
