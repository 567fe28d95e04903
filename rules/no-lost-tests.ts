import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '../src/analysis/ast';
import { describeExpression, enclosingFunction, memberName, skipTransparent, someNode, suspends, type FunctionNode } from '../src/analysis/nodes';
import { isSkipped, type TestCall } from '../src/analysis/test-file';
import { createRule } from '../src/create-rule';
import { addNamedImport } from '../src/fixes/add-import';
import { removeStatement } from '../src/fixes/remove-statement';

type MessageId =
  | 'asyncSuite'
  | 'asyncSuiteRejected'
  | 'registeredAfterAwait'
  | 'registeredLater'
  | 'registeredInTest'
  | 'registeredInAsyncHelper'
  | 'registeredInAsyncIife'
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
      registeredInAsyncIife:
        '`{{name}}` is registered after an `await` in an async function that is called and not waited for: the runner has collected the file by then, so it never runs.',
      suggestSetupHook: 'Move the awaited setup into `{{hook}}` and make the suite callback synchronous.',
    },
    schema: [],
  },
  create(context, _options, testFile) {
    const sourceCode = context.sourceCode;
    /** The file's runner when it does not wait for the promise of a suite callback (it ignores or rejects it). */
    const collector = () => (testFile().runner?.suitePromise === 'awaited' ? undefined : testFile().runner);

    /** The file calls the runner's global that ends collection (mocha's `run()` under `--delay`): collection waits for it. */
    function callsCollectionEnd(): boolean {
      const name = testFile().runner?.endsCollectionWith;
      if (name === undefined) return false;
      return sourceCode.scopeManager!.globalScope!.through.some(({ identifier }) => {
        const parent = identifier.parent;
        return identifier.name === name && parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === identifier;
      });
    }

    /** A test, suite or hook the runner never runs (`test.skip`, `xit`, inside `describe.skip`) encloses the function. */
    function insideSkipped(fn: FunctionNode): boolean {
      for (let outer: FunctionNode | undefined = fn; outer !== undefined; outer = enclosingFunction(outer)) {
        const registration = testFile().registrationOf(outer);
        if (registration !== undefined && isSkipped(registration)) return true;
      }
      return false;
    }

    function checkRegistration(call: TSESTree.CallExpression): void {
      const registration = testFile().testCall(call);
      if (registration === undefined || registration.kind.registersFromRunningTest) return;
      if (registration.role === 'suite') checkSuiteCallback(registration);
      if (registration.role !== 'suite' && registration.role !== 'test' && !isHook(registration)) return;
      // At module top level nothing is lost, even after an `await`: every runner waits for an ES module's evaluation
      // before collection ends, and in CommonJS a top-level `await` does not compile, a loud failure (checked on jest
      // 30.5, vitest 4.1, mocha 12, bun 1.4.5 and Node 20; docs/rules/no-lost-tests.md).
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
          if (!insideSkipped(fn)) context.report({ node: call, messageId: 'registeredInTest', data: { name: describeExpression(call.callee) } });
          return;
        }
        const deferring = deferringCallee(fn);
        if (deferring !== undefined) {
          context.report({ node: call, messageId: 'registeredLater', data: { name: describeExpression(call.callee), callback: deferring } });
          return;
        }
        const sites = fn === enclosingFunction(call) && isAsyncFunction(fn) ? collectingCallSites(fn) : [];
        if (sites.length > 0) {
          const lost =
            testFile().runner?.failsOnLateRegistration !== true && !callsCollectionEnd() && sites.some((site) => !collectionWaitsFor(site));
          if (lost && precededByAwait(call, fn.body)) {
            const name = describeExpression(call.callee);
            const iife = sites.includes(fn);
            context.report({
              node: call,
              messageId: iife ? 'registeredInAsyncIife' : 'registeredInAsyncHelper',
              data: iife ? { name } : { name, helper: functionName(fn) },
            });
          }
          return;
        }
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
        for (const { statement } of moves.slice(1)) fixes.push(removeStatement(fixer, sourceCode, statement));
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

    /** `test.beforeAll` for a Playwright suite written `test.describe(...)`. */
    /** A hook written as a method of the test function the suite is registered through: `test.beforeAll`. */
    function hookOnTest(suite: TestCall, hook: string): string | undefined {
      let node: TSESTree.Node = skipTransparent(suite.node.callee);
      while (node.type === AST_NODE_TYPES.MemberExpression) node = skipTransparent(node.object);
      return node.type === AST_NODE_TYPES.Identifier ? `${node.name}.${hook}` : undefined;
    }

    /**
     * Where the function is called while the file is being collected: its references at module top level or in a
     * suite callback, and the function itself when it is called where it is written (`(async () => { … })()`).
     */
    function collectingCallSites(fn: FunctionNode): TSESTree.Node[] {
      const call = fn.parent;
      const sites =
        call?.type === AST_NODE_TYPES.CallExpression && call.callee === fn ? [fn, ...testFile().referencesTo(fn)] : testFile().referencesTo(fn);
      return sites.filter((site) => {
        const caller = enclosingFunction(site === fn ? call! : site);
        return caller === undefined || testFile().registrationOf(caller)?.role === 'suite';
      });
    }

    /**
     * Whether collection waits for the promise of the call at `site`: awaited or otherwise kept at module top level
     * (an ES module's evaluation is waited for), or in a suite callback whose runner waits for the suite's promise.
     * A promise that is dropped (`helper();`, `void helper()`, `helper().catch(log)`) is waited for by no one.
     */
    function collectionWaitsFor(site: TSESTree.Node): boolean {
      const call = site.parent;
      if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== site || isDropped(call)) return false;
      const caller = enclosingFunction(call);
      return caller === undefined || (testFile().registrationOf(caller)?.callback === caller && testFile().runner?.suitePromise === 'awaited');
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

/** Whether the value of a call is thrown away: a statement of its own, through `void` or a `.then`/`.catch`/`.finally` chain. */
function isDropped(call: TSESTree.CallExpression): boolean {
  let node: TSESTree.Node = call;
  for (;;) {
    const parent: TSESTree.Node | undefined = node.parent;
    if (parent === undefined) return false;
    if (parent.type === AST_NODE_TYPES.ExpressionStatement) return true;
    if (parent.type === AST_NODE_TYPES.UnaryExpression && parent.operator === 'void') node = parent;
    else if (skipTransparent(parent) !== parent) node = parent;
    else if (isSettlementMethod(parent, node)) node = parent.parent as TSESTree.CallExpression;
    else return false;
  }
}

function isSettlementMethod(member: TSESTree.Node, object: TSESTree.Node): member is TSESTree.MemberExpression {
  if (member.type !== AST_NODE_TYPES.MemberExpression || member.object !== object) return false;
  const name = memberName(member);
  return (
    (name === 'then' || name === 'catch' || name === 'finally') &&
    member.parent.type === AST_NODE_TYPES.CallExpression &&
    member.parent.callee === member
  );
}

function functionName(fn: FunctionNode): string {
  if (fn.id != null) return fn.id.name;
  const parent = fn.parent;
  return parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier ? parent.id.name : 'helper';
}
