/**
 * What no-leaked-overrides looks at: the override a call makes (`vi.spyOn(…)`, `nock(…)`) and what it replaces, the
 * patch an assignment, `delete` or `Object.defineProperty` makes to a global or an imported module, and the facts
 * that decide whether an undo matches (same receiver, where the double is kept) or whether the override can reach
 * another test at all (an object the test made, a receiver made for the test).
 */
import { builtinModules as builtinModuleNames } from 'node:module';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from './ast';
import { patchableGlobals, patchableProcessMembers, type Override } from '../knowledge';
import { describeExpression, isFunction, memberName, skipTransparent, someNode } from './nodes';
import type { Acquisition } from './pairing';
import type { TestFile } from './test-file';

/** What an assignment, `delete` or `Object.defineProperty` patches: its member path, and an env var's name. */
const builtinModules = new Set(builtinModuleNames);

function isBuiltinModule(specifier: string): boolean {
  return builtinModules.has(specifier.startsWith('node:') ? specifier.slice(5) : specifier);
}

export interface PatchTarget {
  readonly path: string;
  readonly description: string;
  readonly envName?: string;
}

export class OverrideAnalysis {
  // Calling a function overrides only with kinds such as `nock` or sinon's `stub`: most files can meet none.
  private readonly mayCallOverride: boolean;

  constructor(private readonly file: TestFile) {
    this.mayCallOverride = file.mayMeet('callOverride');
  }

  /** `vi.spyOn(...)` (a method that overrides) or `nock(...)` (a callable that does). */
  madeBy(call: TSESTree.CallExpression): { override: Override; receiver: TSESTree.Node } | undefined {
    const callee = skipTransparent(call.callee);
    const values = this.file.values;
    let made: { override: Override; receiver: TSESTree.Node } | undefined;
    if (callee.type === AST_NODE_TYPES.MemberExpression) {
      const name = memberName(callee);
      const override = name !== undefined && this.file.calleeMay('override', callee) ? values.kindOf(callee.object)?.override(name) : undefined;
      made = override === undefined ? undefined : { override, receiver: callee.object };
    } else if (this.mayCallOverride) {
      const override = values.kindOf(callee)?.override('()');
      made = override === undefined ? undefined : { override, receiver: callee };
    }
    // `sinon.stub()` and `sinon.spy(callback)` make free-standing doubles: nothing is replaced.
    const needed = made?.override.target === 'member' ? 2 : made?.override.target === 'object' ? 1 : 0;
    return made !== undefined && call.arguments.length >= needed ? made : undefined;
  }

  /** `vi.spyOn(service, 'get')` where `service` is made inside a function: it dies with the test, nothing leaks. */
  targetsLocalObject(call: TSESTree.CallExpression, override: Override): boolean {
    const [target, name] = call.arguments;
    if (target === undefined || (name === undefined && override.target !== 'object')) return false;
    if (target.type === AST_NODE_TYPES.Literal && typeof target.value === 'string') return false;
    let root: TSESTree.Node = skipTransparent(target);
    while (root.type === AST_NODE_TYPES.MemberExpression) root = skipTransparent(root.object);
    // `vi.spyOn({ fn() {} }, 'fn')`: an object made on the spot is nobody else's.
    if (root.type === AST_NODE_TYPES.ObjectExpression || root.type === AST_NODE_TYPES.ArrayExpression || isFunction(root)) return true;
    if (root.type !== AST_NODE_TYPES.Identifier) return root.type === AST_NODE_TYPES.ThisExpression;
    const binding = this.file.bindings.of(root);
    return binding?.type === 'local' && binding.variable.scope.type !== 'module' && binding.variable.scope.type !== 'global';
  }

  /**
   * For an override that lives in its receiver (a mock server, a container): the receiver is made for the override's
   * own scope, so it takes the override along. It is made in the same test, hook or fixture, or in a `beforeEach`
   * (fresh for every test); an override made at file or suite level on a receiver of the file cannot reach another file.
   */
  receiverMadeFor(acquisition: Acquisition, receiver: TSESTree.Node): boolean {
    const root = this.rootIdentifier(receiver, true);
    const binding = root === undefined ? undefined : this.file.bindings.of(root);
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

  /** The member path an assignment, `delete` or `Object.defineProperty` writes, when it is patchable. */
  patchedPath(node: TSESTree.Node): string | undefined {
    if (node.type === AST_NODE_TYPES.AssignmentExpression && node.left.type === AST_NODE_TYPES.MemberExpression) return this.memberPath(node.left);
    if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === 'delete' && node.argument.type === AST_NODE_TYPES.MemberExpression) {
      return this.memberPath(node.argument);
    }
    if (node.type === AST_NODE_TYPES.CallExpression) return this.definedProperty(node)?.path;
    return undefined;
  }

  memberPath(member: TSESTree.MemberExpression): string {
    return this.file.sourceCode.getText(member).replace(/\s+/g, '');
  }

  /** The patch target of an assignment or `delete`, if its root is a patchable global or an imported module object. */
  patchTarget(member: TSESTree.MemberExpression): PatchTarget | undefined {
    let root: TSESTree.Node = member;
    while (root.type === AST_NODE_TYPES.MemberExpression) root = skipTransparent(root.object);
    if (root.type !== AST_NODE_TYPES.Identifier) return undefined;
    const binding = this.file.bindings.of(root);
    const path = this.memberPath(member);
    if (binding?.type === 'global' && root.name === 'process' && this.isProcessConfiguration(member)) {
      const env = this.isEnvironmentMember(member);
      return { path, description: env ? 'environment variable' : 'process property', envName: env ? this.envName(member) : undefined };
    }
    if (binding?.type === 'global' && patchableGlobals.has(root.name)) {
      const env = this.isEnvironmentMember(member);
      return { path, description: env ? 'environment variable' : patchableGlobals.get(root.name)!, envName: env ? this.envName(member) : undefined };
    }
    return binding?.type === 'import' ? { path, description: 'patched import' } : undefined;
  }

  /** `process.env…`, `process.argv…`, `process.platform`. */
  private isProcessConfiguration(member: TSESTree.MemberExpression): boolean {
    let first: TSESTree.MemberExpression = member;
    while (skipTransparent(first.object).type === AST_NODE_TYPES.MemberExpression) first = skipTransparent(first.object) as TSESTree.MemberExpression;
    return patchableProcessMembers.has(memberName(first) ?? '');
  }

  private isEnvironmentMember(member: TSESTree.MemberExpression): boolean {
    const object = skipTransparent(member.object);
    return (
      object.type === AST_NODE_TYPES.MemberExpression &&
      memberName(object) === 'env' &&
      skipTransparent(object.object).type === AST_NODE_TYPES.Identifier &&
      (skipTransparent(object.object) as TSESTree.Identifier).name === 'process'
    );
  }

  private envName(member: TSESTree.MemberExpression): string | undefined {
    const name = memberName(member);
    return name === undefined ? (member.computed ? this.file.sourceCode.getText(member.property) : undefined) : `'${name}'`;
  }

  /**
   * The restore itself, not a new patch: `Date.now = realNow` where `const realNow = Date.now` (or a copy such as
   * `{ ...process.env }`), an assignment in a `finally` block, or one that follows an earlier patch of the same path
   * in the same function.
   */
  isRestoreOfSaved(node: TSESTree.AssignmentExpression, path: string): boolean {
    const right = skipTransparent(node.right);
    if (right.type === AST_NODE_TYPES.Identifier) {
      const binding = this.file.bindings.of(right);
      const init = binding?.type === 'local' ? binding.variable.defs[0]?.node : undefined;
      if (
        init?.type === AST_NODE_TYPES.VariableDeclarator &&
        init.init !== null &&
        this.file.sourceCode.getText(init.init).replace(/\s+/g, '').includes(path)
      ) {
        return true;
      }
    }
    for (let current: TSESTree.Node | undefined = node; current != null; current = current.parent) {
      const parent: TSESTree.Node | undefined = current.parent;
      if (parent?.type === AST_NODE_TYPES.TryStatement && parent.finalizer === current) return true;
      if (parent == null || isFunction(parent)) {
        return (
          parent != null &&
          someNode(
            parent.body,
            this.file.sourceCode.visitorKeys,
            false,
            (other) => other !== node && other.range[1] <= node.range[0] && this.patchedPath(other) === path,
          )
        );
      }
    }
    return false;
  }

  /** `Object.defineProperty(target, 'name', …)` on a patchable target. */
  definedProperty(call: TSESTree.CallExpression): PatchTarget | undefined {
    const callee = skipTransparent(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || memberName(callee) !== 'defineProperty') return undefined;
    const object = skipTransparent(callee.object);
    if (object.type !== AST_NODE_TYPES.Identifier || object.name !== 'Object' || this.file.bindings.of(object)?.type !== 'global') return undefined;
    const [target, property] = call.arguments;
    if (target === undefined || property?.type !== AST_NODE_TYPES.Literal || typeof property.value !== 'string') return undefined;
    let root: TSESTree.Node = target;
    while (root.type === AST_NODE_TYPES.MemberExpression) root = skipTransparent(root.object);
    if (root.type !== AST_NODE_TYPES.Identifier) return undefined;
    const binding = this.file.bindings.of(root);
    const patchable = (binding?.type === 'global' && patchableGlobals.has(root.name)) || binding?.type === 'import';
    return patchable
      ? { path: `${this.file.sourceCode.getText(target).replace(/\s+/g, '')}.${property.value}`, description: 'redefined property' }
      : undefined;
  }

  /**
   * Same receiver for a family-wide undo: the same local variable, or values of the library itself (`vi`, `sinon`
   * and its named `stub`, `mock` and `mock.timers` of node:test), which share the library's global state.
   */
  sameReceiver(undoReceiver: TSESTree.Node, acquireReceiver: TSESTree.Node): boolean {
    const a = skipTransparent(undoReceiver);
    const b = skipTransparent(acquireReceiver);
    const isLibraryValue = (node: TSESTree.Node) => {
      const root = this.rootIdentifier(node, false);
      const binding = root === undefined ? undefined : this.file.bindings.of(root);
      return binding?.type === 'import' || binding?.type === 'global';
    };
    if (isLibraryValue(a) && isLibraryValue(b)) return true;
    if (a.type !== AST_NODE_TYPES.Identifier || b.type !== AST_NODE_TYPES.Identifier) {
      return this.file.sourceCode.getText(a).replace(/\s+/g, '') === this.file.sourceCode.getText(b).replace(/\s+/g, '');
    }
    const bindingA = this.file.bindings.of(a);
    const bindingB = this.file.bindings.of(b);
    if (bindingA?.type === 'local' || bindingB?.type === 'local') {
      return bindingA?.type === 'local' && bindingB?.type === 'local' && bindingA.variable === bindingB.variable;
    }
    return this.file.values.kindOf(a) === this.file.values.kindOf(b);
  }

  /**
   * Where an override's result is kept: a variable (`const spy = vi.spyOn(…)`, `spy = vi.spyOn(…)`) or a member path
   * (mocha's `this.clock = sinon.useFakeTimers()`). Methods chained on it count: behaviours such as
   * `.mockReturnValue(…)`, `.returns(…)` or nock's `.get(…).reply(…)` return the double or the scope.
   */
  storedIn(call: TSESTree.CallExpression): TSESLint.Scope.Variable | string | undefined {
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
    if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === value) return this.file.sourceCode.getDeclaredVariables(parent)[0];
    if (parent?.type !== AST_NODE_TYPES.AssignmentExpression || parent.right !== value) return undefined;
    if (parent.left.type === AST_NODE_TYPES.MemberExpression) return this.memberPath(parent.left);
    const binding = parent.left.type === AST_NODE_TYPES.Identifier ? this.file.bindings.of(parent.left) : undefined;
    return binding?.type === 'local' ? binding.variable : undefined;
  }

  /** Whether an expression is where the result is kept; with `throughMembers`, also a member of it (`fn.mock`). */
  holdsStored(node: TSESTree.Node, stored: TSESLint.Scope.Variable | string, throughMembers: boolean): boolean {
    let expression = skipTransparent(node);
    for (;;) {
      if (typeof stored === 'string' && expression.type === AST_NODE_TYPES.MemberExpression && this.memberPath(expression) === stored) return true;
      if (!throughMembers || expression.type !== AST_NODE_TYPES.MemberExpression) break;
      expression = skipTransparent(expression.object);
    }
    return typeof stored !== 'string' && this.file.bindings.localVariableOf(expression) === stored;
  }

  /**
   * Whether an override or patch (`vi.spyOn(os, 'cpus')`, `net.connect = …`, `Object.defineProperty(fs, …)`) is made
   * on an import of one of Node's own modules.
   */
  patchesBuiltinModule(node: TSESTree.Node): boolean {
    let patched: TSESTree.Node | undefined;
    if (node.type === AST_NODE_TYPES.AssignmentExpression) patched = node.left;
    else if (node.type === AST_NODE_TYPES.UnaryExpression) patched = node.argument;
    else if (node.type === AST_NODE_TYPES.CallExpression) patched = node.arguments[0];
    const root = patched === undefined ? undefined : this.rootIdentifier(patched, false);
    const binding = root === undefined ? undefined : this.file.bindings.of(root);
    return binding?.type === 'import' && isBuiltinModule(binding.module);
  }

  /** The identifier a receiver starts from: `mock` for `mock.timers`; through calls, `container` for `container.register(a)`. */
  rootIdentifier(node: TSESTree.Node, throughCalls: boolean): TSESTree.Identifier | undefined {
    let current = skipTransparent(node);
    for (;;) {
      if (current.type === AST_NODE_TYPES.MemberExpression) current = skipTransparent(current.object);
      else if (throughCalls && current.type === AST_NODE_TYPES.CallExpression && current.callee.type === AST_NODE_TYPES.MemberExpression) {
        current = skipTransparent(current.callee.object);
      } else return current.type === AST_NODE_TYPES.Identifier ? current : undefined;
    }
  }

  /** The object and property an override names: `console` and `error` for `vi.spyOn(console, 'error')`. */
  private overriddenMember(call: TSESTree.CallExpression): { object: TSESTree.Node; name: string } | undefined {
    const [first, second] = call.arguments;
    if (first === undefined || (first.type === AST_NODE_TYPES.Literal && typeof first.value === 'string')) return undefined;
    return second?.type === AST_NODE_TYPES.Literal && typeof second.value === 'string' ? { object: first, name: second.value } : undefined;
  }

  /** Where an override of a member puts its double: `Service.prototype.merge` for `jest.spyOn(Service.prototype, 'merge')`. */
  spiedPath(call: TSESTree.CallExpression): string | undefined {
    const member = this.overriddenMember(call);
    return member === undefined ? undefined : `${this.file.sourceCode.getText(member.object).replace(/\s+/g, '')}.${member.name}`;
  }

  /** `console.error` for `vi.spyOn(console, 'error')`, `API_URL` for `vi.stubEnv('API_URL', …)`. */
  overrideTarget(call: TSESTree.CallExpression): string {
    const member = this.overriddenMember(call);
    if (member !== undefined) return `${this.file.sourceCode.getText(member.object)}.${member.name}`;
    const [first] = call.arguments;
    if (first?.type === AST_NODE_TYPES.Literal && typeof first.value === 'string') return first.value;
    return describeExpression(call);
  }
}
