/**
 * Same-file functions registered by name: `it('logs in', checkLogin)`, `t.test('again', check)`. Such a registration
 * can hang on another one: `t.test('sub', check)` inside a function that is itself registered by name gets its `t`
 * from that function's registration, and two functions can register each other. One pass settles every function
 * passed by name, outer-first, before anything inside it is asked: the names passed outside any such function first;
 * then, as each function's registration is settled, the names passed inside it; then those inside functions that nothing
 * registers. A question about a function the pass has not reached yet settles it as unregistered on the spot, so no
 * question ever meets itself and the answer does not depend on which rule asks first.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { isFunction, type FunctionNode } from './nodes';
import type { TestCall } from './test-calls';

export interface NameRegistrationHost {
  testCall(call: TSESTree.CallExpression): TestCall | undefined;
  localFunction(node: TSESTree.Node): FunctionNode | undefined;
}

interface PassedFunction {
  readonly fn: FunctionNode;
  readonly call: TSESTree.CallExpression;
}

export class NameRegistrations {
  private readonly settled = new Map<FunctionNode, TestCall | null>();

  constructor(private readonly host: NameRegistrationHost) {}

  /** The pass, run once before any other question: `passed` are the local names handed to calls (`Bindings.localsPassedToCalls`). */
  settleAll(passed: readonly TSESTree.Node[]): void {
    const host = this.host;
    const passedIn = groupByEnclosingFunction(passed, host);
    if (passedIn.size === 0) return;
    const queue: (FunctionNode | null)[] = [null];
    for (;;) {
      for (let owner = queue.shift(); owner !== undefined; owner = queue.shift()) {
        for (const { fn, call } of passedIn.get(owner) ?? []) {
          if (this.settled.has(fn)) continue;
          const registration = host.testCall(call);
          if (registration?.callback !== fn) continue;
          this.settled.set(fn, registration);
          queue.push(fn);
        }
        passedIn.delete(owner);
      }
      // What is left is passed inside functions nothing registered (plain helpers that register tests when called).
      const next = passedIn.keys().next();
      if (next.done === true) break;
      if (next.value !== null && !this.settled.has(next.value)) this.settled.set(next.value, null);
      queue.push(next.value);
    }
  }

  /** The registration that passes `fn` by name, if any. */
  of(fn: FunctionNode): TestCall | undefined {
    let registration = this.settled.get(fn);
    if (registration === undefined) this.settled.set(fn, (registration = null));
    return registration ?? undefined;
  }
}

/**
 * The passed functions, by the nearest function also passed by name that encloses the place they are passed (`null`:
 * none), in source order. A name passed inside the function itself registers it again from a running test; it says
 * nothing about what the runner passes the function from outside, so it is left out.
 */
function groupByEnclosingFunction(passed: readonly TSESTree.Node[], host: NameRegistrationHost): Map<FunctionNode | null, PassedFunction[]> {
  const found: { readonly at: TSESTree.Node; readonly fn: FunctionNode }[] = [];
  for (const at of passed) {
    const fn = host.localFunction(at);
    if (fn !== undefined && !(at.range[0] >= fn.range[0] && at.range[1] <= fn.range[1])) found.push({ at, fn });
  }
  found.sort((a, b) => a.at.range[0] - b.at.range[0]);
  const passedFunctions = new Set(found.map(({ fn }) => fn));
  const byOwner = new Map<FunctionNode | null, PassedFunction[]>();
  for (const { at, fn } of found) {
    let owner: TSESTree.Node | null | undefined = at.parent;
    while (owner != null && !(isFunction(owner) && passedFunctions.has(owner))) owner = owner.parent;
    const key = owner == null ? null : (owner as FunctionNode);
    const list = byOwner.get(key) ?? [];
    list.push({ fn, call: at.parent as TSESTree.CallExpression });
    byOwner.set(key, list);
  }
  return byOwner;
}
