import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '../src/analysis/ast';
import { isReachableFromHooks, type Acquisition, type ReleaseMatcher, type SuiteBody, type Verdict } from '../src/analysis/pairing';
import { describeExpression, isFunction, memberName, skipTransparent, someNode } from '../src/analysis/nodes';
import { createRule, requireFinallySchema } from '../src/create-rule';
import { addNamedImport, importableName } from '../src/fixes/add-import';
import { lineIndent } from '../src/fixes/insert-into-hook';
import { TeardownBatch } from '../src/fixes/teardown-batch';
import { teardownWhenTestEnds } from '../src/fixes/teardown-when-test-ends';
import type { Override } from '../src/knowledge';
import { patchableGlobals, patchableProcessMembers } from '../src/knowledge/libraries/runtime-globals';

interface PendingUndo {
  readonly node: TSESTree.Node;
  readonly data: { readonly what: string; readonly target: string; readonly place: string };
  readonly suggest: TSESLint.SuggestionReportDescriptor<MessageId>[];
}

type MessageId = 'leaks' | 'releasedTooLate' | 'skippable' | 'suggestStubEnv' | 'suggestUsing' | 'suggestRestoreAfter';
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
      recommended: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      leaks: 'The {{what}} `{{target}}` is never undone: it leaks into every later test of this file. Undo it {{place}}.',
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

    // Calling a function overrides only with kinds such as `nock` or sinon's `stub`: most files can meet none.
    const mayCallOverride = testFile().mayMeet('callOverride');

    function checkCall(call: TSESTree.CallExpression): void {
      const made = overrideMadeBy(call);
      if (made !== undefined) {
        checkOverride(call, made.override, made.receiver);
        return;
      }
      const patched = definedProperty(call);
      if (patched !== undefined) checkPatch(call, patched);
    }

    /** `vi.spyOn(...)` (a method that overrides) or `nock(...)` (a callable that does). */
    function overrideMadeBy(call: TSESTree.CallExpression): { override: Override; receiver: TSESTree.Node } | undefined {
      const callee = skipTransparent(call.callee);
      const values = testFile().values;
      let made: { override: Override; receiver: TSESTree.Node } | undefined;
      if (callee.type === AST_NODE_TYPES.MemberExpression) {
        const name = memberName(callee);
        const override = name !== undefined && testFile().calleeMay('override', callee) ? values.kindOf(callee.object)?.override(name) : undefined;
        made = override === undefined ? undefined : { override, receiver: callee.object };
      } else if (mayCallOverride) {
        const override = values.kindOf(callee)?.override('()');
        made = override === undefined ? undefined : { override, receiver: callee };
      }
      // `sinon.stub()` and `sinon.spy(callback)` make free-standing doubles: nothing is replaced.
      const needed = made?.override.target === 'member' ? 2 : made?.override.target === 'object' ? 1 : 0;
      return made !== undefined && call.arguments.length >= needed ? made : undefined;
    }

    function checkOverride(call: TSESTree.CallExpression, override: Override, receiver: TSESTree.Node): void {
      if (override.runnerSetting !== undefined && testFile().settings.runnerConfig[override.runnerSetting] === true) return;
      const acquisition = testFile().pairing.acquisition(call);
      // In a nested callback the override may never happen (`expect(() => vi.spyOn(undefined, 'x')).toThrow()`).
      if (acquisition === undefined || (acquisition.context?.between.length ?? 0) > 0) return;
      if (isFileWideInIsolatedFile(acquisition)) return;
      if (override.inReceiver ? receiverMadeFor(acquisition, receiver) : targetsLocalObject(call, override)) return;
      const stored = storedIn(call);
      const spied = spiedPath(call);
      const made = testFile().values.kindOf(call);
      const matches: ReleaseMatcher = (candidate, place) => {
        if (candidate.type !== AST_NODE_TYPES.CallExpression) return false;
        const callee = skipTransparent(candidate.callee);
        if (callee.type === AST_NODE_TYPES.MemberExpression) {
          const name = memberName(callee);
          const undone = name === undefined ? undefined : testFile().values.kindOf(callee.object)?.undo(name);
          if (Array.isArray(undone) && undone.includes(override.family) && sameReceiver(callee.object, receiver)) return true;
          // `spy.mockRestore()`, `clock.restore()`, `this.clock.restore()`, node:test's `fn.mock.restore()`.
          const selfUndo = undone === 'self' || (name !== undefined && made?.undo(name) === 'self');
          if (selfUndo && stored !== undefined && holdsStored(callee.object, stored, true)) return true;
          // `Service.prototype.merge.mockRestore()`: the double, read back where it was put.
          if (selfUndo && spied !== undefined && callee.object.type === AST_NODE_TYPES.MemberExpression && memberPath(callee.object) === spied) return true;
        }
        // Precision first: a teardown that hands the overridden value to any call is assumed to undo it.
        return place !== 'test' && stored !== undefined && candidate.arguments.some((argument) => holdsStored(argument, stored, false));
      };
      const verdict = testFile().pairing.verdict(acquisition, matches, requireFinally);
      const data = { what: override.description, target: overrideTarget(call) };
      const suggest = usingSuggestion(call, acquisition, override);
      const undo = verdict.kind === 'missing' ? undoInHook(acquisition, verdict.hook, override, receiver) : undefined;
      if (undo === undefined) {
        report(call, verdict, data, suggest);
        return;
      }
      pendingUndos.add(undo.suite, undo.role, undo.statement, { node: call, data: { ...data, place: places[undo.role] }, suggest });
    }

    function reportPendingUndos(): void {
      for (const [{ node, data, suggest }, fix] of pendingUndos.reportsWithFixes(sourceCode, testFile().runner)) {
        context.report({ node, messageId: 'leaks', data, fix, suggest });
      }
    }

    /**
     * vitest, jest and Playwright give every test file its own module registry and globals, and `node --test` runs each
     * file in its own process: an override made at file or suite level is meant for the whole file and cannot reach
     * another one. mocha and bun share one global across files.
     */
    function isFileWideInIsolatedFile(acquisition: Acquisition): boolean {
      // A file-level beforeEach or beforeAll covers every test of the file: nothing is left for another file.
      const fileLevelHook = (acquisition.scope === 'beforeEach' || acquisition.scope === 'beforeAll') && acquisition.suites.length === 1;
      return runnerIsolatesFiles() && (acquisition.scope === 'module' || acquisition.scope === 'suite' || fileLevelHook);
    }

    function runnerIsolatesFiles(): boolean {
      return testFile().runner?.isolatesFiles === true;
    }

    /**
     * Under a runner that isolates files, a hook's patch reaches only the tests registered after its suite. When each
     * of them gets the same patch from hooks of its own (a JSDOM `global.document` assigned in every suite's
     * beforeEach), none sees the value left behind.
     */
    function isSetUpAgainLater(acquisition: Acquisition, path: string): boolean {
      if (!runnerIsolatesFiles() || (acquisition.scope !== 'beforeEach' && acquisition.scope !== 'beforeAll')) return false;
      return testFile().pairing.laterTestsSetUp(
        acquisition.suites,
        (hook) => hook.callback !== undefined && someNode(hook.callback.body, sourceCode.visitorKeys, false, (node) => patchedPath(node) === path),
      );
    }

    /** `vi.spyOn(service, 'get')` where `service` is made inside a function: it dies with the test, nothing leaks. */
    function targetsLocalObject(call: TSESTree.CallExpression, override: Override): boolean {
      const [target, name] = call.arguments;
      if (target === undefined || (name === undefined && override.target !== 'object')) return false;
      if (target.type === AST_NODE_TYPES.Literal && typeof target.value === 'string') return false;
      let root: TSESTree.Node = skipTransparent(target);
      while (root.type === AST_NODE_TYPES.MemberExpression) root = skipTransparent(root.object);
      // `vi.spyOn({ fn() {} }, 'fn')`: an object made on the spot is nobody else's.
      if (root.type === AST_NODE_TYPES.ObjectExpression || root.type === AST_NODE_TYPES.ArrayExpression || isFunction(root)) return true;
      if (root.type !== AST_NODE_TYPES.Identifier) return root.type === AST_NODE_TYPES.ThisExpression;
      const binding = testFile().bindings.of(root);
      return binding?.type === 'local' && binding.variable.scope.type !== 'module' && binding.variable.scope.type !== 'global';
    }

    /**
     * For an override that lives in its receiver (a mock server, a container): the receiver is made for the override's
     * own scope, so it takes the override along. It is made in the same test, hook or fixture, or in a `beforeEach`
     * (fresh for every test); an override made at file or suite level on a receiver of the file cannot reach another file.
     */
    function receiverMadeFor(acquisition: Acquisition, receiver: TSESTree.Node): boolean {
      const root = rootIdentifier(receiver, true);
      const binding = root === undefined ? undefined : testFile().bindings.of(root);
      if (binding?.type !== 'local') return false;
      if (acquisition.scope === 'module' || acquisition.scope === 'suite') return true;
      const writes = binding.variable.references.filter((reference) => reference.isWrite());
      const places: TSESTree.Node[] = [acquisition.context!.callback];
      if (acquisition.scope === 'test' || acquisition.scope === 'beforeEach') {
        for (const suite of acquisition.suites) {
          for (const hook of suite.hooks) if (hook.role === 'beforeEach' && hook.callback !== undefined) places.push(hook.callback);
        }
      }
      const inside = (node: TSESTree.Node) => places.some((place) => place.range[0] <= node.range[0] && node.range[1] <= place.range[1]);
      return writes.length > 0 && writes.every((write) => inside(write.identifier));
    }

    /** `process.env.X = …`, `delete process.env.X`, `Date.now = …`, `Object.defineProperty(console, 'log', …)`. */
    function checkPatch(node: TSESTree.Node, target: { path: string; description: string; envName?: string }): void {
      const acquisition = testFile().pairing.acquisition(node);
      // Code in a nested callback may run elsewhere (`page.evaluate(() => { window.x = 1 })` runs in the browser).
      if (acquisition === undefined || (acquisition.context?.between.length ?? 0) > 0 || isFileWideInIsolatedFile(acquisition)) return;
      if (isSetUpAgainLater(acquisition, target.path)) return;
      const matches: ReleaseMatcher = (candidate) => {
        if (candidate === node) return false;
        const restored = patchedPath(candidate);
        return restored !== undefined && (restored === target.path || target.path.startsWith(`${restored}.`) || target.path.startsWith(`${restored}[`));
      };
      const verdict = testFile().pairing.verdict(acquisition, matches, requireFinally);
      const suggestions = [...stubEnvSuggestion(node, target), ...restoreAfterSuggestion(node, target.path, acquisition)];
      report(node, verdict, { what: target.description, target: target.path }, suggestions);
    }

    function report(node: TSESTree.Node, verdict: Verdict, data: { what: string; target: string }, suggest: TSESLint.SuggestionReportDescriptor<MessageId>[]): void {
      if (verdict.kind === 'released') return;
      if (verdict.kind === 'missing') {
        context.report({ node, messageId: 'leaks', data: { what: data.what, target: data.target, place: places[verdict.hook] }, suggest });
      } else if (verdict.kind === 'releasedTooLate') {
        context.report({ node, messageId: 'releasedTooLate', data, suggest });
      } else {
        context.report({ node, messageId: 'skippable', data, suggest });
      }
    }

    /** The member path an assignment, `delete` or `Object.defineProperty` writes, when it is patchable. */
    function patchedPath(node: TSESTree.Node): string | undefined {
      if (node.type === AST_NODE_TYPES.AssignmentExpression && node.left.type === AST_NODE_TYPES.MemberExpression) return memberPath(node.left);
      if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === 'delete' && node.argument.type === AST_NODE_TYPES.MemberExpression) {
        return memberPath(node.argument);
      }
      if (node.type === AST_NODE_TYPES.CallExpression) return definedProperty(node)?.path;
      return undefined;
    }

    function memberPath(member: TSESTree.MemberExpression): string {
      return sourceCode.getText(member).replace(/\s+/g, '');
    }

    /** The patch target of an assignment or `delete`, if its root is a patchable global or an imported module object. */
    function patchTarget(member: TSESTree.MemberExpression): { path: string; description: string; envName?: string } | undefined {
      let root: TSESTree.Node = member;
      while (root.type === AST_NODE_TYPES.MemberExpression) root = skipTransparent(root.object);
      if (root.type !== AST_NODE_TYPES.Identifier) return undefined;
      const binding = testFile().bindings.of(root);
      const path = memberPath(member);
      if (binding?.type === 'global' && root.name === 'process' && isProcessConfiguration(member)) {
        const env = isEnvironmentMember(member);
        return { path, description: env ? 'environment variable' : 'process property', envName: env ? envName(member) : undefined };
      }
      if (binding?.type === 'global' && patchableGlobals.has(root.name)) {
        const env = isEnvironmentMember(member);
        return { path, description: env ? 'environment variable' : patchableGlobals.get(root.name)!, envName: env ? envName(member) : undefined };
      }
      return binding?.type === 'import' ? { path, description: 'patched import' } : undefined;
    }

    /** `process.env…`, `process.argv…`, `process.platform`. */
    function isProcessConfiguration(member: TSESTree.MemberExpression): boolean {
      let first: TSESTree.MemberExpression = member;
      while (skipTransparent(first.object).type === AST_NODE_TYPES.MemberExpression) first = skipTransparent(first.object) as TSESTree.MemberExpression;
      return patchableProcessMembers.has(memberName(first) ?? '');
    }

    function isEnvironmentMember(member: TSESTree.MemberExpression): boolean {
      const object = skipTransparent(member.object);
      return object.type === AST_NODE_TYPES.MemberExpression && memberName(object) === 'env' && skipTransparent(object.object).type === AST_NODE_TYPES.Identifier && (skipTransparent(object.object) as TSESTree.Identifier).name === 'process';
    }

    function envName(member: TSESTree.MemberExpression): string | undefined {
      const name = memberName(member);
      return name === undefined ? (member.computed ? sourceCode.getText(member.property) : undefined) : `'${name}'`;
    }

    function checkAssignment(node: TSESTree.AssignmentExpression): void {
      if (node.left.type !== AST_NODE_TYPES.MemberExpression) return;
      const target = patchTarget(node.left);
      if (target === undefined || isRestoreOfSaved(node, target.path)) return;
      checkPatch(node, target);
    }

    function checkDelete(node: TSESTree.UnaryExpression): void {
      if (node.operator !== 'delete' || node.argument.type !== AST_NODE_TYPES.MemberExpression) return;
      const target = patchTarget(node.argument);
      if (target?.envName !== undefined) checkPatch(node, target);
    }

    /**
     * The restore itself, not a new patch: `Date.now = realNow` where `const realNow = Date.now` (or a copy such as
     * `{ ...process.env }`), an assignment in a `finally` block, or one that follows an earlier patch of the same path
     * in the same function.
     */
    function isRestoreOfSaved(node: TSESTree.AssignmentExpression, path: string): boolean {
      const right = skipTransparent(node.right);
      if (right.type === AST_NODE_TYPES.Identifier) {
        const binding = testFile().bindings.of(right);
        const init = binding?.type === 'local' ? binding.variable.defs[0]?.node : undefined;
        if (init?.type === AST_NODE_TYPES.VariableDeclarator && init.init !== null && sourceCode.getText(init.init).replace(/\s+/g, '').includes(path)) {
          return true;
        }
      }
      for (let current: TSESTree.Node | undefined = node; current != null; current = current.parent) {
        const parent: TSESTree.Node | undefined = current.parent;
        if (parent?.type === AST_NODE_TYPES.TryStatement && parent.finalizer === current) return true;
        if (parent == null || isFunction(parent)) {
          return parent != null && someNode(parent.body, sourceCode.visitorKeys, false, (other) => other !== node && other.range[1] <= node.range[0] && patchedPath(other) === path);
        }
      }
      return false;
    }

    /** `Object.defineProperty(target, 'name', …)` on a patchable target. */
    function definedProperty(call: TSESTree.CallExpression): { path: string; description: string } | undefined {
      const callee = skipTransparent(call.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression || memberName(callee) !== 'defineProperty') return undefined;
      const object = skipTransparent(callee.object);
      if (object.type !== AST_NODE_TYPES.Identifier || object.name !== 'Object' || testFile().bindings.of(object)?.type !== 'global') return undefined;
      const [target, property] = call.arguments;
      if (target === undefined || property?.type !== AST_NODE_TYPES.Literal || typeof property.value !== 'string') return undefined;
      let root: TSESTree.Node = target;
      while (root.type === AST_NODE_TYPES.MemberExpression) root = skipTransparent(root.object);
      if (root.type !== AST_NODE_TYPES.Identifier) return undefined;
      const binding = testFile().bindings.of(root);
      const patchable = (binding?.type === 'global' && patchableGlobals.has(root.name)) || binding?.type === 'import';
      return patchable ? { path: `${sourceCode.getText(target).replace(/\s+/g, '')}.${property.value}`, description: 'redefined property' } : undefined;
    }

    /**
     * Same receiver for a family-wide undo: the same local variable, or values of the library itself (`vi`, `sinon`
     * and its named `stub`, `mock` and `mock.timers` of node:test), which share the library's global state.
     */
    function sameReceiver(undoReceiver: TSESTree.Node, acquireReceiver: TSESTree.Node): boolean {
      const a = skipTransparent(undoReceiver);
      const b = skipTransparent(acquireReceiver);
      const isLibraryValue = (node: TSESTree.Node) => {
        const root = rootIdentifier(node, false);
        const binding = root === undefined ? undefined : testFile().bindings.of(root);
        return binding?.type === 'import' || binding?.type === 'global';
      };
      if (isLibraryValue(a) && isLibraryValue(b)) return true;
      if (a.type !== AST_NODE_TYPES.Identifier || b.type !== AST_NODE_TYPES.Identifier) {
        return sourceCode.getText(a).replace(/\s+/g, '') === sourceCode.getText(b).replace(/\s+/g, '');
      }
      const bindingA = testFile().bindings.of(a);
      const bindingB = testFile().bindings.of(b);
      if (bindingA?.type === 'local' || bindingB?.type === 'local') {
        return bindingA?.type === 'local' && bindingB?.type === 'local' && bindingA.variable === bindingB.variable;
      }
      return testFile().values.kindOf(a) === testFile().values.kindOf(b);
    }

    /**
     * Where an override's result is kept: a variable (`const spy = vi.spyOn(…)`, `spy = vi.spyOn(…)`) or a member path
     * (mocha's `this.clock = sinon.useFakeTimers()`). Methods chained on it count: behaviours such as
     * `.mockReturnValue(…)`, `.returns(…)` or nock's `.get(…).reply(…)` return the double or the scope.
     */
    function storedIn(call: TSESTree.CallExpression): TSESLint.Scope.Variable | string | undefined {
      let value: TSESTree.Node = call;
      while (
        value.parent?.type === AST_NODE_TYPES.MemberExpression &&
        value.parent.object === value &&
        value.parent.parent?.type === AST_NODE_TYPES.CallExpression &&
        value.parent.parent.callee === value.parent
      ) {
        value = value.parent.parent;
      }
      const parent = value.parent;
      if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === value) return sourceCode.getDeclaredVariables(parent)[0];
      if (parent?.type !== AST_NODE_TYPES.AssignmentExpression || parent.right !== value) return undefined;
      if (parent.left.type === AST_NODE_TYPES.MemberExpression) return memberPath(parent.left);
      const binding = parent.left.type === AST_NODE_TYPES.Identifier ? testFile().bindings.of(parent.left) : undefined;
      return binding?.type === 'local' ? binding.variable : undefined;
    }

    /** Whether an expression is where the result is kept; with `throughMembers`, also a member of it (`fn.mock`). */
    function holdsStored(node: TSESTree.Node, stored: TSESLint.Scope.Variable | string, throughMembers: boolean): boolean {
      let expression = skipTransparent(node);
      for (;;) {
        if (typeof stored === 'string' && expression.type === AST_NODE_TYPES.MemberExpression && memberPath(expression) === stored) return true;
        if (!throughMembers || expression.type !== AST_NODE_TYPES.MemberExpression) break;
        expression = skipTransparent(expression.object);
      }
      return typeof stored !== 'string' && testFile().bindings.localVariableOf(expression) === stored;
    }

    /** The identifier a receiver starts from: `mock` for `mock.timers`; through calls, `container` for `container.register(a)`. */
    function rootIdentifier(node: TSESTree.Node, throughCalls: boolean): TSESTree.Identifier | undefined {
      let current = skipTransparent(node);
      for (;;) {
        if (current.type === AST_NODE_TYPES.MemberExpression) current = skipTransparent(current.object);
        else if (throughCalls && current.type === AST_NODE_TYPES.CallExpression && current.callee.type === AST_NODE_TYPES.MemberExpression) {
          current = skipTransparent(current.callee.object);
        } else return current.type === AST_NODE_TYPES.Identifier ? current : undefined;
      }
    }

    /** The object and property an override names: `console` and `error` for `vi.spyOn(console, 'error')`. */
    function overriddenMember(call: TSESTree.CallExpression): { object: TSESTree.Node; name: string } | undefined {
      const [first, second] = call.arguments;
      if (first === undefined || (first.type === AST_NODE_TYPES.Literal && typeof first.value === 'string')) return undefined;
      return second?.type === AST_NODE_TYPES.Literal && typeof second.value === 'string' ? { object: first, name: second.value } : undefined;
    }

    /** Where an override of a member puts its double: `Service.prototype.merge` for `jest.spyOn(Service.prototype, 'merge')`. */
    function spiedPath(call: TSESTree.CallExpression): string | undefined {
      const member = overriddenMember(call);
      return member === undefined ? undefined : `${sourceCode.getText(member.object).replace(/\s+/g, '')}.${member.name}`;
    }

    /** `console.error` for `vi.spyOn(console, 'error')`, `API_URL` for `vi.stubEnv('API_URL', …)`. */
    function overrideTarget(call: TSESTree.CallExpression): string {
      const member = overriddenMember(call);
      if (member !== undefined) return `${sourceCode.getText(member.object)}.${member.name}`;
      const [first] = call.arguments;
      if (first?.type === AST_NODE_TYPES.Literal && typeof first.value === 'string') return first.value;
      return describeExpression(call);
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
      const root = rootIdentifier(receiver, false);
      const binding = root === undefined ? undefined : testFile().bindings.of(root);
      // The hook must see the receiver: a library object, or a variable declared around the suite (`server`, `sandbox`).
      if (binding === undefined) return undefined;
      if (binding.type === 'local' && !isReachableFromHooks(binding.variable, suite)) return undefined;
      // A named function export (`import { spyOn } from 'bun:test'`) has no family-wide undo of its own.
      const calledItself = receiver.parent?.type === AST_NODE_TYPES.CallExpression && receiver.parent.callee === receiver;
      if (calledItself && binding.type === 'import' && binding.exportName !== 'default' && binding.exportName !== '*') return undefined;
      return { suite, role: hook, statement: `${sourceCode.getText(receiver)}.${override.undo}();` };
    }

    function usingSuggestion(call: TSESTree.CallExpression, acquisition: Acquisition, override: Override): TSESLint.SuggestionReportDescriptor<MessageId>[] {
      const declarator = call.parent;
      const declaration = declarator?.parent;
      // Only the runner's own spies (the family `restoreMocks` undoes) are disposable; a sinon stub or `vi.useFakeTimers()` is not.
      if (acquisition.scope !== 'test' || testFile().runner?.disposableSpies !== true || override.runnerSetting !== 'restoreMocks') return [];
      if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declaration?.type !== AST_NODE_TYPES.VariableDeclaration || declaration.kind !== 'const') return [];
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
      if (acquisition.scope !== 'test' || node.type !== AST_NODE_TYPES.AssignmentExpression || statement?.type !== AST_NODE_TYPES.ExpressionStatement) return [];
      if (callback === undefined || statement.parent !== callback.body || path.includes('[')) return [];
      const teardown = teardownWhenTestEnds(sourceCode, testFile().runner, callback);
      if (teardown === undefined) return [];
      const saved = `original${path.split('.').map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('')}`;
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
      if (runner === undefined || stubEnv === undefined || target.envName === undefined || node.type !== AST_NODE_TYPES.AssignmentExpression) return [];
      if (node.parent?.type !== AST_NODE_TYPES.ExpressionStatement || node.operator !== '=') return [];
      const object = importableName(sourceCode.ast, runner.module, stubEnv.object);
      if (object === undefined) return [];
      const value = sourceCode.getText(node.right);
      return [
        {
          messageId: 'suggestStubEnv',
          data: { vi: object, name: target.envName },
          fix: (fixer) =>
            [fixer.replaceText(node, `${object}.${stubEnv.method}(${target.envName}, ${value})`), addNamedImport(fixer, sourceCode.ast, runner.module, stubEnv.object)].filter(
              (fix): fix is TSESLint.RuleFix => fix !== undefined,
            ),
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
