import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '../src/analysis/ast';
import { OverrideAnalysis, type PatchTarget } from '../src/analysis/overrides';
import { isReachableFromHooks, type Acquisition, type ReleaseMatcher, type SuiteBody, type Verdict } from '../src/analysis/pairing';
import { memberName, skipTransparent, someNode } from '../src/analysis/nodes';
import type { TestCall } from '../src/analysis/test-file';
import { createRule, requireFinallySchema } from '../src/create-rule';
import { addNamedImport, importableName } from '../src/fixes/add-import';
import { lineIndent } from '../src/fixes/insert-into-hook';
import { TeardownBatch } from '../src/fixes/teardown-batch';
import { teardownWhenTestEnds } from '../src/fixes/teardown-when-test-ends';
import type { Override } from '../src/knowledge';

interface PendingUndo {
  readonly node: TSESTree.Node;
  readonly messageId: LeakMessage;
  readonly data: { readonly what: string; readonly target: string; readonly place: string };
  readonly suggest: TSESLint.SuggestionReportDescriptor<MessageId>[];
}

type LeakMessage = 'leaks' | 'leaksIntoLaterFiles';
type MessageId = LeakMessage | 'releasedTooLate' | 'skippable' | 'suggestStubEnv' | 'suggestUsing' | 'suggestRestoreAfter';
type Options = [{ requireFinally?: boolean }];

const places: Record<'afterEach' | 'afterAll' | 'fixture', string> = {
  afterEach: 'in afterEach (or in `finally`, `onTestFinished`, or with `using`)',
  afterAll: 'in afterAll',
  fixture: 'in this fixture, after `use`',
};

export default createRule<Options, MessageId>({
  name: 'no-leaked-overrides',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require spies, stubs, fake timers, env vars and patched globals to be undone where the runner pairs them',
      recommended: false,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      leaks: 'The {{what}} `{{target}}` is never undone: it leaks into every later test of this file. Undo it {{place}}.',
      leaksIntoLaterFiles:
        'The {{what}} `{{target}}` is never undone: it leaks into the test files that run after this one in the same process. Undo it {{place}}.',
      releasedTooLate:
        'The {{what}} `{{target}}` is made for each test but undone only in afterAll: every later test runs with the previous test’s override. Undo it in afterEach.',
      skippable:
        'The {{what}} `{{target}}` is undone by a plain statement after the assertions: when one fails, the undo is skipped and the override leaks. Undo it in `finally` or afterEach.',
      suggestStubEnv: 'Use `{{vi}}.stubEnv({{name}}, …)`, which `{{vi}}.unstubAllEnvs()` (or `unstubEnvs: true`) undoes.',
      suggestUsing: 'Declare the spy with `using`, which restores it when the test ends.',
      suggestRestoreAfter: 'Save `{{target}}` first and put it back in `{{teardown}}` when the test ends.',
    },
    schema: [requireFinallySchema],
    defaultOptions: [{ requireFinally: false }],
  },
  create(context, [options], testFile) {
    const sourceCode = context.sourceCode;
    const requireFinally = options.requireFinally === true;
    const pendingUndos = new TeardownBatch<PendingUndo>();

    const overrides = new OverrideAnalysis(testFile());

    function checkCall(call: TSESTree.CallExpression): void {
      const made = overrides.madeBy(call);
      if (made !== undefined) {
        checkOverride(call, made.override, made.receiver);
        return;
      }
      const patched = overrides.definedProperty(call);
      if (patched !== undefined) checkPatch(call, patched);
    }

    function checkOverride(call: TSESTree.CallExpression, override: Override, receiver: TSESTree.Node): void {
      if (override.runnerSetting !== undefined && testFile().runnerConfig[override.runnerSetting] === true) return;
      if (undoneByRootHooks(receiver, override)) return;
      const acquisition = testFile().pairing.acquisition(call);
      // In a nested callback the override may never happen (`expect(() => vi.spyOn(undefined, 'x')).toThrow()`).
      if (acquisition === undefined || (acquisition.context?.between.length ?? 0) > 0) return;
      if (isFileWideInIsolatedFile(acquisition, call) || isLastTestOfIsolatedFile(acquisition, call)) return;
      if (override.inReceiver ? overrides.receiverMadeFor(acquisition, receiver) : overrides.targetsLocalObject(call, override)) return;
      const stored = overrides.storedIn(call);
      const spied = overrides.spiedPath(call);
      const made = testFile().values.kindOf(call);
      const matches: ReleaseMatcher = (candidate, place) => {
        if (candidate.type !== AST_NODE_TYPES.CallExpression) return false;
        const callee = skipTransparent(candidate.callee);
        if (callee.type === AST_NODE_TYPES.MemberExpression) {
          const name = memberName(callee);
          const undone = name === undefined ? undefined : testFile().values.kindOf(callee.object)?.undo(name);
          if (Array.isArray(undone) && undone.includes(override.family) && overrides.sameReceiver(callee.object, receiver)) return true;
          // `spy.mockRestore()`, `clock.restore()`, `this.clock.restore()`, node:test's `fn.mock.restore()`.
          const selfUndo = undone === 'self' || (name !== undefined && made?.undo(name) === 'self');
          if (selfUndo && stored !== undefined && overrides.holdsStored(callee.object, stored, true)) return true;
          // `Service.prototype.merge.mockRestore()`: the double, read back where it was put.
          if (
            selfUndo &&
            spied !== undefined &&
            callee.object.type === AST_NODE_TYPES.MemberExpression &&
            overrides.memberPath(callee.object) === spied
          )
            return true;
        }
        // Precision first: a teardown that hands the overridden value to any call is assumed to undo it.
        return place !== 'test' && stored !== undefined && candidate.arguments.some((argument) => overrides.holdsStored(argument, stored, false));
      };
      if (laterTestsStartClean(acquisition, (node) => matches(node, 'hook'))) return;
      const verdict = testFile().pairing.verdict(acquisition, matches, requireFinally);
      const data = { what: override.description, target: overrides.overrideTarget(call) };
      const suggest = usingSuggestion(call, acquisition, override);
      const undo = verdict.kind === 'missing' ? undoInHook(acquisition, verdict.hook, override, receiver) : undefined;
      const messageId = leakMessage(acquisition);
      if (undo === undefined) {
        report(call, verdict, data, suggest, messageId);
        return;
      }
      pendingUndos.add(undo.suite, undo.role, undo.statement, { node: call, messageId, data: { ...data, place: places[undo.role] }, suggest });
    }

    /** A setup file's root hook undoes the family around every test (`afterEach(() => sinon.restore())` in a mocha `--require`). */
    function undoneByRootHooks(receiver: TSESTree.Node, override: Override): boolean {
      const undos = testFile().rootHookUndos;
      if (undos.size === 0 || override.undo === undefined) return false;
      const root = overrides.rootIdentifier(receiver, false);
      const library = root === undefined ? undefined : testFile().values.kindOf(root)?.library.name;
      return library !== undefined && undos.has(`${library}#${override.undo}`);
    }

    function reportPendingUndos(): void {
      for (const [{ node, messageId, data, suggest }, fix] of pendingUndos.reportsWithFixes(sourceCode, testFile().runner)) {
        context.report({ node, messageId, data, fix, suggest });
      }
    }

    /**
     * Where a leak is seen: by later tests of this file, or, when every test of the file already runs with it (made at
     * module or suite level, in a file-level hook) or none runs after it, only by the files run next in the process.
     */
    function leakMessage(acquisition: Acquisition): LeakMessage {
      const { scope, suites } = acquisition;
      const fileWide = scope === 'module' || scope === 'suite' || ((scope === 'beforeEach' || scope === 'beforeAll') && suites.length === 1);
      return fileWide || testFile().pairing.runsLast(acquisition) ? 'leaksIntoLaterFiles' : 'leaks';
    }

    /**
     * vitest, jest and Playwright give every test file its own module registry and globals, and `node --test` runs each
     * file in its own process: an override made at file or suite level is meant for the whole file and cannot reach
     * another one. mocha and bun share one global across files. When the runner is not known, nothing shows that
     * another file sees it.
     */
    function isFileWideInIsolatedFile(acquisition: Acquisition, patched: TSESTree.Node): boolean {
      // A file-level beforeEach or beforeAll covers every test of the file: nothing is left for another file.
      const fileLevelHook = (acquisition.scope === 'beforeEach' || acquisition.scope === 'beforeAll') && acquisition.suites.length === 1;
      return !laterFilesSee(patched) && (acquisition.scope === 'module' || acquisition.scope === 'suite' || fileLevelHook);
    }

    /** The last test of a file leaves its override to no later test of the file, nor, under isolation, of another. */
    function isLastTestOfIsolatedFile(acquisition: Acquisition, patched: TSESTree.Node): boolean {
      return !laterFilesSee(patched) && testFile().pairing.runsLast(acquisition);
    }

    /** Whether later files of the same process see what is patched: no isolation, or a Node module the runner shares. */
    function laterFilesSee(patched: TSESTree.Node): boolean {
      const runner = testFile().runner;
      if (runner === undefined) return false;
      if (!testFile().isolatesFiles) return true;
      return runner.sharesBuiltinModules === true && overrides.patchesBuiltinModule(patched);
    }

    /**
     * Under a runner that isolates files, a hook's patch reaches only the tests registered after its suite. When each
     * of them gets the same patch from hooks of its own (a JSDOM `global.document` assigned in every suite's
     * beforeEach), none sees the value left behind.
     */
    function isSetUpAgainLater(acquisition: Acquisition, path: string): boolean {
      if (!testFile().isolatesFiles || (acquisition.scope !== 'beforeEach' && acquisition.scope !== 'beforeAll')) return false;
      return testFile().pairing.laterTestsSetUp(
        acquisition.suites,
        hookWhere((node) => overrides.patchedPath(node) === path),
      );
    }

    /** A hook whose body holds a node that `does` accepts. */
    function hookWhere(does: (node: TSESTree.Node) => boolean): (hook: TestCall) => boolean {
      return (hook) => hook.callback !== undefined && someNode(hook.callback.body, sourceCode.visitorKeys, false, does);
    }

    /**
     * Every test that runs after this one starts clean: a `beforeEach` around the test undoes the override (or sets the
     * patched value again), and every later suite of the file has such a hook of its own. Later files see nothing when
     * the runner isolates files, or when the hook runs for every file (mocha's top-level hooks).
     */
    function laterTestsStartClean(acquisition: Acquisition, cleans: (node: TSESTree.Node) => boolean): boolean {
      if (acquisition.scope !== 'test') return false;
      const cleaning = hookWhere(cleans);
      const around = acquisition.suites.find((suite) => suite.hooks.some((hook) => hook.role === 'beforeEach' && cleaning(hook)));
      if (around === undefined || !testFile().pairing.laterTestsSetUp(acquisition.suites, cleaning)) return false;
      return testFile().isolatesFiles || (around === acquisition.suites.at(-1) && testFile().runner?.fileHooksRunForEveryFile === true);
    }

    /** `process.env.X = …`, `delete process.env.X`, `Date.now = …`, `Object.defineProperty(console, 'log', …)`. */
    function checkPatch(node: TSESTree.Node, target: PatchTarget): void {
      const acquisition = testFile().pairing.acquisition(node);
      // Code in a nested callback may run elsewhere (`page.evaluate(() => { window.x = 1 })` runs in the browser).
      if (acquisition === undefined || (acquisition.context?.between.length ?? 0) > 0) return;
      if (isFileWideInIsolatedFile(acquisition, node) || isLastTestOfIsolatedFile(acquisition, node)) return;
      if (isSetUpAgainLater(acquisition, target.path)) return;
      const matches: ReleaseMatcher = (candidate) => {
        if (candidate === node) return false;
        const restored = overrides.patchedPath(candidate);
        return (
          restored !== undefined && (restored === target.path || target.path.startsWith(`${restored}.`) || target.path.startsWith(`${restored}[`))
        );
      };
      if (
        laterTestsStartClean(
          acquisition,
          (candidate) => candidate !== node && (overrides.patchedPath(candidate) === target.path || matches(candidate, 'hook')),
        )
      )
        return;
      const verdict = testFile().pairing.verdict(acquisition, matches, requireFinally);
      const suggestions = [...stubEnvSuggestion(node, target), ...restoreAfterSuggestion(node, target.path, acquisition)];
      report(node, verdict, { what: target.description, target: target.path }, suggestions, leakMessage(acquisition));
    }

    function report(
      node: TSESTree.Node,
      verdict: Verdict,
      data: { what: string; target: string },
      suggest: TSESLint.SuggestionReportDescriptor<MessageId>[],
      leak: LeakMessage,
    ): void {
      if (verdict.kind === 'released') return;
      if (verdict.kind === 'missing') {
        context.report({ node, messageId: leak, data: { what: data.what, target: data.target, place: places[verdict.hook] }, suggest });
      } else if (verdict.kind === 'releasedTooLate') {
        context.report({ node, messageId: 'releasedTooLate', data, suggest });
      } else {
        context.report({ node, messageId: 'skippable', data, suggest });
      }
    }

    function checkAssignment(node: TSESTree.AssignmentExpression): void {
      if (node.left.type !== AST_NODE_TYPES.MemberExpression) return;
      const target = overrides.patchTarget(node.left);
      if (target === undefined || overrides.isRestoreOfSaved(node, target.path)) return;
      checkPatch(node, target);
    }

    function checkDelete(node: TSESTree.UnaryExpression): void {
      if (node.operator !== 'delete' || node.argument.type !== AST_NODE_TYPES.MemberExpression) return;
      const target = overrides.patchTarget(node.argument);
      if (target?.envName !== undefined) checkPatch(node, target);
    }

    /** `receiver.undo();` for the paired hook of the innermost suite, when the hook can reach the receiver. */
    function undoInHook(
      acquisition: Acquisition,
      hook: 'afterEach' | 'afterAll' | 'fixture',
      override: Override,
      receiver: TSESTree.Node,
    ): { suite: SuiteBody; role: 'afterEach' | 'afterAll'; statement: string } | undefined {
      if (hook === 'fixture' || override.undo === undefined) return undefined;
      const suite = acquisition.suites[0]!;
      const root = overrides.rootIdentifier(receiver, false);
      const binding = root === undefined ? undefined : testFile().bindings.of(root);
      // The hook must see the receiver: a library object, or a variable declared around the suite (`server`, `sandbox`).
      if (binding === undefined) return undefined;
      if (binding.type === 'local' && !isReachableFromHooks(binding.variable, suite)) return undefined;
      // A named function export (`import { spyOn } from 'bun:test'`) has no family-wide undo of its own.
      const calledItself = receiver.parent?.type === AST_NODE_TYPES.CallExpression && receiver.parent.callee === receiver;
      if (calledItself && binding.type === 'import' && binding.exportName !== 'default' && binding.exportName !== '*') return undefined;
      return { suite, role: hook, statement: `${sourceCode.getText(receiver)}.${override.undo}();` };
    }

    function usingSuggestion(
      call: TSESTree.CallExpression,
      acquisition: Acquisition,
      override: Override,
    ): TSESLint.SuggestionReportDescriptor<MessageId>[] {
      const declarator = call.parent;
      const declaration = declarator?.parent;
      // Only the runner's own spies (the family `restoreMocks` undoes) are disposable; a sinon stub or `vi.useFakeTimers()` is not.
      if (acquisition.scope !== 'test' || testFile().runner?.disposableSpies !== true || override.runnerSetting !== 'restoreMocks') return [];
      if (
        declarator?.type !== AST_NODE_TYPES.VariableDeclarator ||
        declaration?.type !== AST_NODE_TYPES.VariableDeclaration ||
        declaration.kind !== 'const'
      )
        return [];
      const keyword = sourceCode.getFirstToken(declaration)!;
      return [{ messageId: 'suggestUsing', fix: (fixer) => fixer.replaceText(keyword, 'using') }];
    }

    /**
     * In a test: `const saved = <path>; t.after(() => { <path> = saved; });` before the patch, with the runner's
     * per-test teardown (node:test's `t.after`, vitest's `onTestFinished`).
     */
    function restoreAfterSuggestion(node: TSESTree.Node, path: string, acquisition: Acquisition): TSESLint.SuggestionReportDescriptor<MessageId>[] {
      const statement = node.parent;
      const callback = acquisition.context?.callback;
      if (acquisition.scope !== 'test' || node.type !== AST_NODE_TYPES.AssignmentExpression || statement?.type !== AST_NODE_TYPES.ExpressionStatement)
        return [];
      if (callback === undefined || statement.parent !== callback.body || path.includes('[')) return [];
      const teardown = teardownWhenTestEnds(sourceCode, testFile().runner, callback);
      if (teardown === undefined) return [];
      const saved = `original${path
        .split('.')
        .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
        .join('')}`;
      const indent = lineIndent(sourceCode, statement);
      const text = `const ${saved} = ${path};\n${indent}${teardown.callee}(() => {\n${indent}  ${path} = ${saved};\n${indent}});\n${indent}`;
      return [
        {
          messageId: 'suggestRestoreAfter',
          data: { target: path, teardown: teardown.callee },
          fix: (fixer) => teardown.register(fixer, fixer.insertTextBefore(statement, text)),
        },
      ];
    }

    function stubEnvSuggestion(node: TSESTree.Node, target: { envName?: string }): TSESLint.SuggestionReportDescriptor<MessageId>[] {
      const runner = testFile().runner;
      const stubEnv = runner?.stubEnv;
      if (runner === undefined || stubEnv === undefined || target.envName === undefined || node.type !== AST_NODE_TYPES.AssignmentExpression)
        return [];
      if (node.parent?.type !== AST_NODE_TYPES.ExpressionStatement || node.operator !== '=') return [];
      const object = importableName(sourceCode.ast, runner.module, stubEnv.object);
      if (object === undefined) return [];
      const value = sourceCode.getText(node.right);
      return [
        {
          messageId: 'suggestStubEnv',
          data: { vi: object, name: target.envName },
          fix: (fixer) =>
            [
              fixer.replaceText(node, `${object}.${stubEnv.method}(${target.envName}, ${value})`),
              addNamedImport(fixer, sourceCode.ast, runner.module, stubEnv.object),
            ].filter((fix): fix is TSESLint.RuleFix => fix !== undefined),
        },
      ];
    }

    return {
      CallExpression: checkCall,
      AssignmentExpression: checkAssignment,
      UnaryExpression: checkDelete,
      'Program:exit': reportPendingUndos,
    };
  },
});
