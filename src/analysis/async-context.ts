/**
 * The async context of a node: the innermost test, hook, step, teardown or fixture callback it runs in, whether that
 * callback is async and takes `done`, and which plain callbacks (`forEach`, `setTimeout`, `.then`) sit in between.
 * Code in a same-file helper that tests call has a helper context.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from './ast';
import type { CallRole } from '../knowledge';
import { enclosingFunction, type FunctionNode } from './nodes';
import type { Fixture, TestCall } from './test-calls';

export interface AsyncContext {
  /** `test` for a registered callback or fixture; `helper` for a same-file function called from one. */
  readonly type: 'test' | 'helper';
  /** The callback (or helper) whose promise the runner (or the caller) waits for. */
  readonly callback: FunctionNode;
  readonly role: CallRole | 'fixture' | 'helper';
  readonly registration: TestCall | undefined;
  readonly fixture: Fixture | undefined;
  /** Plain callbacks between the node and `callback`: awaiting inside them does not hold the test. */
  readonly between: readonly FunctionNode[];
  /** The `done` parameter of the callback, when it takes one. */
  readonly doneParam: TSESTree.Identifier | undefined;
}

export interface ContextHost {
  registrationOf(fn: FunctionNode): TestCall | undefined;
  fixtureOf(fn: FunctionNode): Fixture | undefined;
  /** The expressions that name a function where it can be called: `helper`, `helpers.create`. */
  referencesTo(fn: FunctionNode): readonly TSESTree.Node[];
  /** Whether the function is handed to a call that runs it apart from the test (React's `useEffect`). */
  isDetached(fn: FunctionNode): boolean;
}

export class AsyncContexts {
  private readonly byFunction = new Map<FunctionNode, AsyncContext | null>();

  constructor(private readonly host: ContextHost) {}

  /** The context of code at a node (the node's innermost enclosing function decides). */
  of(node: TSESTree.Node): AsyncContext | undefined {
    const fn = enclosingFunction(node);
    return fn === undefined ? undefined : this.ofFunction(fn);
  }

  /** The context of code directly in a function's body. */
  ofFunction(fn: FunctionNode): AsyncContext | undefined {
    const known = this.byFunction.get(fn);
    if (known !== undefined) return known ?? undefined;
    this.byFunction.set(fn, null); // a helper that calls itself is not its own caller
    const context = this.compute(fn);
    this.byFunction.set(fn, context ?? null);
    return context;
  }

  private compute(fn: FunctionNode): AsyncContext | undefined {
    const registration = this.host.registrationOf(fn);
    if (registration !== undefined) {
      if (registration.role === 'suite') return undefined;
      const done = registration.doneParam === undefined ? undefined : fn.params[registration.doneParam];
      return {
        type: 'test',
        callback: fn,
        role: registration.role,
        registration,
        fixture: undefined,
        between: [],
        doneParam: done?.type === AST_NODE_TYPES.Identifier ? done : undefined,
      };
    }
    const fixture = this.host.fixtureOf(fn);
    if (fixture !== undefined) {
      return { type: 'test', callback: fn, role: 'fixture', registration: undefined, fixture, between: [], doneParam: undefined };
    }
    if (this.host.isDetached(fn)) return undefined;
    const outer = enclosingFunction(fn);
    const outerContext = outer === undefined ? undefined : this.ofFunction(outer);
    if (outerContext?.type === 'test') return { ...outerContext, between: [...outerContext.between, fn] };
    if (this.isCalledFromTests(fn)) {
      return { type: 'helper', callback: fn, role: 'helper', registration: undefined, fixture: undefined, between: [], doneParam: undefined };
    }
    return outerContext === undefined ? undefined : { ...outerContext, between: [...outerContext.between, fn] };
  }

  private isCalledFromTests(fn: FunctionNode): boolean {
    return this.host.referencesTo(fn).some((reference) => {
      const call = reference.parent;
      return call?.type === AST_NODE_TYPES.CallExpression && call.callee === reference && this.of(call) !== undefined;
    });
  }
}
