/**
 * Setup → teardown pairing, independent of what is acquired. For an acquisition (an override, a transaction, an open
 * handle) it knows the scope it was made in, and looks for a release in the places that scope accepts:
 *
 * | acquired in          | accepted release                                                                  |
 * | a test body          | later in the test in `finally`, `onTestFinished`/`t.after`, `using`; an `afterEach` of the same or an enclosing suite; a plain later statement (unless `requireFinally`) |
 * | `beforeEach`         | an `afterEach` of the same or an enclosing suite; `onTestFinished` in the hook    |
 * | `beforeAll`, a suite | an `afterAll` or `afterEach` of the same or an enclosing suite                    |
 * | module top level     | any `afterAll`/`afterEach` in the file; a later top-level statement; nothing at all in a file that registers no tests or hooks |
 * | a fixture            | the same fixture after `use`                                                      |
 *
 * What counts as a release is the caller's matcher; the engine also follows calls to same-file helpers (one level).
 * A per-test acquisition released only in `afterAll` is its own verdict.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { ASTUtils } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from './ast';
import type { AsyncContext } from './async-context';
import { enclosingFunction, isFunction, isLoop, someNode, type FunctionNode } from './nodes';
import { hookRoles, type TestCall } from './test-calls';

export type AcquisitionScope = 'test' | 'beforeEach' | 'beforeAll' | 'suite' | 'module' | 'fixture';

/** Where a release candidate stands, which decides what it may match (passing a value on counts only in teardowns). */
export type ReleasePlace = 'test' | 'finally' | 'teardown' | 'hook' | 'fixture';

export type ReleaseMatcher = (candidate: TSESTree.Node, place: ReleasePlace) => boolean;

export interface Acquisition {
  readonly node: TSESTree.Node;
  readonly scope: AcquisitionScope;
  readonly context: AsyncContext | undefined;
  /** The suites around the acquisition, innermost first; the file itself comes last. */
  readonly suites: readonly SuiteBody[];
}

export interface SuiteBody {
  /** The suite callback, or the program for the file. */
  readonly node: FunctionNode | TSESTree.Program;
  readonly hooks: readonly TestCall[];
  /** Statements that register tests or suites, for placing a new hook before them. */
  readonly firstRegistration: TSESTree.Statement | undefined;
  /** The tests and suites registered directly in the body, in order. */
  readonly registrations: readonly TestCall[];
}

export type Verdict =
  | { readonly kind: 'released' }
  /** No release in an accepted place; `hook` is where it belongs. */
  | { readonly kind: 'missing'; readonly hook: 'afterEach' | 'afterAll' | 'fixture' }
  /** Acquired for each test, released only once all tests have run. */
  | { readonly kind: 'releasedTooLate' }
  /** Released by a plain statement of the test, which a failing assertion before it skips. */
  | { readonly kind: 'skippable'; readonly release: TSESTree.Node };

export interface PairingHost {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  asyncContext(node: TSESTree.Node): AsyncContext | undefined;
  testCall(call: TSESTree.CallExpression): TestCall | undefined;
  registrationOf(fn: FunctionNode): TestCall | undefined;
  localFunction(callee: TSESTree.Node): FunctionNode | undefined;
  /** The calls a helper makes on what the call gives it, as if written at the call site (`closePool(pool)` → `pool.end()`). */
  callsOnArguments(call: TSESTree.CallExpression): readonly TSESTree.CallExpression[];
  /** An assertion that throws when it fails (not tap's, which records the failure and returns). */
  isThrowingAssertion(call: TSESTree.CallExpression): boolean;
}

export class Pairing {
  private readonly suiteBodies = new Map<TSESTree.Node, SuiteBody>();
  private readonly candidatesIn = new Map<TSESTree.Node, TSESTree.Node[]>();

  constructor(private readonly host: PairingHost) {}

  /** The acquisition made at `node`, or undefined where acquiring is a teardown's own business (hooks after tests, helpers). */
  acquisition(node: TSESTree.Node): Acquisition | undefined {
    const context = this.host.asyncContext(node);
    let scope: AcquisitionScope;
    if (context === undefined) {
      const fn = enclosingFunction(node);
      if (fn === undefined) {
        // A file that registers no test, suite or hook is a helper or setup module: what it opens or overrides at
        // load time is shared with the files that import it.
        const file = this.suiteBody(this.host.sourceCode.ast);
        if (file.hooks.length === 0 && file.firstRegistration === undefined) return undefined;
        scope = 'module';
      } else if (this.host.registrationOf(fn)?.role === 'suite') scope = 'suite';
      // A function no test, hook or suite runs (a callback handed to a library such as msw's `server.boundary(fn)`,
      // a helper nothing calls) runs at a time the file does not show.
      else return undefined;
    } else if (context.type !== 'test') return undefined;
    else if (context.role === 'fixture') scope = 'fixture';
    else if (context.role === 'test' || context.role === 'step') scope = 'test';
    else if (context.role === 'beforeEach') scope = 'beforeEach';
    else if (context.role === 'beforeAll') scope = 'beforeAll';
    else return undefined;
    return { node, scope, context, suites: this.suitesAround(node) };
  }

  verdict(acquisition: Acquisition, matches: ReleaseMatcher, requireFinally: boolean): Verdict {
    const { scope, context, suites, node } = acquisition;
    const hooks = (roles: readonly string[]) => suites.flatMap((suite) => suite.hooks.filter((hook) => roles.includes(hook.role)));
    const releasedIn = (hookList: readonly TestCall[]) =>
      hookList.some((hook) =>
        hook.callback === undefined ? this.callsByReference(hook, matches) : this.find(hook.callback, 'hook', matches) !== undefined,
      );

    if (scope === 'fixture') {
      // Only what runs after the test counts: the code after `use(…)`, which is itself the hand-over, not a release.
      const fixture = context!.callback;
      const handOver = this.useCallIn(fixture);
      const from = Math.max(node.range[1], handOver?.range[1] ?? 0);
      const after = this.candidates(fixture).filter((candidate) => candidate.range[0] >= from && candidate !== handOver);
      return after.some((candidate) => this.matchesHere(candidate, 'fixture', matches)) ? { kind: 'released' } : { kind: 'missing', hook: 'fixture' };
    }
    if (scope === 'test' || scope === 'beforeEach') {
      const callback = context!.callback;
      if (isDisposed(node)) return { kind: 'released' };
      let plain: TSESTree.Node | undefined;
      for (const candidate of this.candidates(callback)) {
        const place = this.placeInTest(candidate, callback);
        // A teardown runs when the test ends, wherever it is registered (`t.after(restore)` before the override).
        if (candidate.range[0] <= node.range[1] && place !== 'teardown' && !inCallbackOf(node, candidate)) continue;
        if (!this.matchesHere(candidate, place, matches)) continue;
        if (place !== 'test' || scope === 'beforeEach') return { kind: 'released' };
        plain ??= candidate;
      }
      if (releasedIn(hooks(['afterEach']))) return { kind: 'released' };
      // A plain release is skipped only by a failure before it: an assertion that throws, here or in a same-file helper.
      if (plain !== undefined)
        return requireFinally && this.assertsBetween(callback, node, plain) ? { kind: 'skippable', release: plain } : { kind: 'released' };
      if (releasedIn(hooks(['afterAll']))) return { kind: 'releasedTooLate' };
      return { kind: 'missing', hook: 'afterEach' };
    }
    if (scope === 'module' && this.releasedAtTopLevel(node, matches)) return { kind: 'released' };
    const places = scope === 'module' ? this.allHooks(['afterAll', 'afterEach']) : hooks(['afterAll', 'afterEach']);
    return releasedIn(places) ? { kind: 'released' } : { kind: 'missing', hook: 'afterAll' };
  }

  /** Whether a call between the two nodes in the callback is a throwing assertion, or a same-file function that makes one. */
  private assertsBetween(callback: FunctionNode, from: TSESTree.Node, to: TSESTree.Node): boolean {
    const throwsHere = (candidate: TSESTree.Node): boolean =>
      candidate.type === AST_NODE_TYPES.CallExpression && this.host.isThrowingAssertion(candidate);
    return this.candidates(callback).some((candidate) => {
      if (candidate.range[0] <= from.range[1] || candidate.range[1] > to.range[0]) return false;
      if (throwsHere(candidate)) return true;
      const helper = candidate.type === AST_NODE_TYPES.CallExpression ? this.host.localFunction(candidate.callee) : undefined;
      return helper !== undefined && this.candidates(helper).some(throwsHere);
    });
  }

  /** `const db = new Connection(…); …; await db.close();` at the top level of an ES module, outside any function. */
  private releasedAtTopLevel(node: TSESTree.Node, matches: ReleaseMatcher): boolean {
    return this.candidates(this.host.sourceCode.ast).some(
      (candidate) => candidate.range[0] > node.range[1] && enclosingFunction(candidate) === undefined && this.matchesHere(candidate, 'test', matches),
    );
  }

  /** The first call of a fixture's `use` parameter. */
  private useCallIn(fixture: FunctionNode): TSESTree.CallExpression | undefined {
    const use = fixture.params[1];
    if (use?.type !== AST_NODE_TYPES.Identifier) return undefined;
    return this.candidates(fixture).find(
      (candidate): candidate is TSESTree.CallExpression =>
        candidate.type === AST_NODE_TYPES.CallExpression && candidate.callee.type === AST_NODE_TYPES.Identifier && candidate.callee.name === use.name,
    );
  }

  /** The suite bodies around a node, innermost first, ending with the file. */
  suitesAround(node: TSESTree.Node): SuiteBody[] {
    const suites: SuiteBody[] = [];
    for (let fn = enclosingFunction(node); fn !== undefined; fn = enclosingFunction(fn)) {
      if (this.host.registrationOf(fn)?.role === 'suite') suites.push(this.suiteBody(fn));
    }
    suites.push(this.suiteBody(this.host.sourceCode.ast));
    return suites;
  }

  private suiteBody(node: FunctionNode | TSESTree.Program): SuiteBody {
    let body = this.suiteBodies.get(node);
    if (body === undefined) {
      const statements = node.type === AST_NODE_TYPES.Program ? node.body : node.body.type === AST_NODE_TYPES.BlockStatement ? node.body.body : [];
      const hooks: TestCall[] = [];
      const registrations: TestCall[] = [];
      let firstRegistration: TSESTree.Statement | undefined;
      for (const statement of statements) {
        const call = registrationIn(statement);
        const registration = call === undefined ? undefined : this.host.testCall(call);
        if (registration === undefined) continue;
        if (hookRoles.has(registration.role)) hooks.push(registration);
        else if (registration.role === 'suite' || registration.role === 'test') {
          firstRegistration ??= statement as TSESTree.Statement;
          registrations.push(registration);
        }
      }
      body = { node, hooks, firstRegistration, registrations };
      this.suiteBodies.set(node, body);
    }
    return body;
  }

  /**
   * Whether every test that runs after the tests of `suites[0]` (registered later in the file, outside it) is set up
   * by a `beforeEach`/`beforeAll` of its own suites that `setsUp` accepts: then none of them sees what `suites[0]` left.
   */
  laterTestsSetUp(suites: readonly SuiteBody[], setsUp: (hook: TestCall) => boolean): boolean {
    const setsUpIn = (suite: SuiteBody, roles: readonly string[]) => suite.hooks.some((hook) => roles.includes(hook.role) && setsUp(hook));
    // A later suite's own beforeAll runs before its tests; an enclosing suite's beforeAll ran once, before the leak.
    const allSetUp = (suite: SuiteBody, inherited: boolean): boolean =>
      inherited ||
      setsUpIn(suite, ['beforeEach', 'beforeAll']) ||
      suite.registrations.every(
        (registration) =>
          registration.role === 'suite' && registration.callback !== undefined && allSetUp(this.suiteBody(registration.callback), false),
      );
    for (let level = 1; level < suites.length; level++) {
      const inherited = suites.slice(level).some((suite) => setsUpIn(suite, ['beforeEach']));
      const end = suites[level - 1]!.node.range[1];
      const later = suites[level]!.registrations.filter((registration) => registration.node.range[0] >= end);
      for (const registration of later) {
        if (inherited) continue;
        if (registration.role !== 'suite' || registration.callback === undefined || !allSetUp(this.suiteBody(registration.callback), false))
          return false;
      }
    }
    return true;
  }

  /**
   * Whether the acquisition's test is the last the file runs: registered once (not by `each`, not in a loop or a helper
   * called who knows how often), with no test or suite registered after it at any level.
   */
  runsLast(acquisition: Acquisition): boolean {
    const { scope, suites } = acquisition;
    // A test's own later siblings come after it; a hook's or a suite body's are the tests it is for: only what follows
    // its suite counts.
    const registration = acquisition.context?.registration;
    const start =
      scope === 'test' || scope === 'beforeAll' || scope === 'beforeEach' ? registration?.node : scope === 'suite' ? acquisition.node : undefined;
    if (start === undefined || (scope === 'test' && registration?.modifiers.includes('each') === true)) return false;
    const suiteNodes = new Set<TSESTree.Node>(suites.map((suite) => suite.node));
    for (let node: TSESTree.Node | null | undefined = start.parent; node != null; node = node.parent) {
      if (isLoop(node) || (isFunction(node) && !suiteNodes.has(node))) return false;
      if (node.type === AST_NODE_TYPES.CallExpression && this.host.testCall(node)?.modifiers.includes('each') === true) return false;
    }
    return scope === 'test' ? !this.registeredAfter(suites, start) : !this.registeredAfter(suites.slice(1), suites[0]!.node);
  }

  /** Whether a test or suite is registered after `from` in the first suite, or after the suite below in each next one. */
  registeredAfter(levels: readonly SuiteBody[], from: TSESTree.Node): boolean {
    let end = from.range[1];
    for (const suite of levels) {
      if (suite.registrations.some((registration) => registration.node.range[0] >= end)) return true;
      end = suite.node.range[1];
    }
    return false;
  }

  /** Every hook of the given roles in the file, through nested suites. */
  private allHooks(roles: readonly string[]): TestCall[] {
    const found: TestCall[] = [];
    const visit = (suite: SuiteBody) => {
      found.push(...suite.hooks.filter((hook) => roles.includes(hook.role)));
      const statements =
        suite.node.type === AST_NODE_TYPES.Program
          ? suite.node.body
          : suite.node.body.type === AST_NODE_TYPES.BlockStatement
            ? suite.node.body.body
            : [];
      for (const statement of statements) {
        const call = registrationIn(statement);
        const registration = call === undefined ? undefined : this.host.testCall(call);
        if (registration?.role === 'suite' && registration.callback !== undefined) visit(this.suiteBody(registration.callback));
      }
    };
    visit(this.suiteBody(this.host.sourceCode.ast));
    return found;
  }

  /** Where a candidate inside a test (or beforeEach) callback stands. */
  private placeInTest(candidate: TSESTree.Node, callback: FunctionNode): ReleasePlace {
    for (let node: TSESTree.Node | undefined = candidate; node != null && node !== callback; node = node.parent) {
      const parent: TSESTree.Node | undefined = node.parent;
      if (parent?.type === AST_NODE_TYPES.TryStatement && parent.finalizer === node) return 'finally';
      // `try { …; commit() } catch { rollback() }`: the catch covers the failing path, as `finally` would.
      if (parent?.type === AST_NODE_TYPES.CatchClause && parent.body === node) return 'finally';
      if (isFunction(node) && this.host.registrationOf(node)?.role === 'teardown') return 'teardown';
      // `t.after(closeServer(server))`: the teardown runs what the call gives back, made for this resource.
      if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee !== node && this.host.testCall(parent)?.role === 'teardown')
        return 'teardown';
    }
    return 'test';
  }

  /**
   * A hook given a function by reference (`afterEach(nock.cleanAll)`, `afterEach(sinon.restore)`) calls it with no
   * arguments: it is matched as that call.
   */
  private callsByReference(hook: TestCall, matches: ReleaseMatcher): boolean {
    return hook.node.arguments.some((argument) => {
      if (argument.type !== AST_NODE_TYPES.MemberExpression && argument.type !== AST_NODE_TYPES.Identifier) return false;
      const call: TSESTree.CallExpression = {
        type: AST_NODE_TYPES.CallExpression,
        callee: argument,
        arguments: [],
        optional: false,
        typeArguments: undefined,
        range: argument.range,
        loc: argument.loc,
        parent: hook.node,
      };
      return matches(call, 'hook');
    });
  }

  private find(region: FunctionNode, place: ReleasePlace, matches: ReleaseMatcher): TSESTree.Node | undefined {
    return this.candidates(region).find((candidate) => this.matchesHere(candidate, place, matches));
  }

  /**
   * A candidate matches itself, or is a call of a same-file helper whose body releases (one level), or of a helper
   * (same-file or from the project's modules) that releases what it is given.
   */
  private matchesHere(candidate: TSESTree.Node, place: ReleasePlace, matches: ReleaseMatcher): boolean {
    if (matches(candidate, place)) return true;
    if (candidate.type !== AST_NODE_TYPES.CallExpression) return false;
    const helper = this.host.localFunction(candidate.callee);
    if (helper !== undefined && this.candidates(helper).some((inner) => matches(inner, place))) return true;
    return this.host.callsOnArguments(candidate).some((call) => matches(call, place));
  }

  /** Calls, assignments, `delete`s and identifiers of a function, nested callbacks included; collected once. */
  private candidates(region: FunctionNode | TSESTree.Program): TSESTree.Node[] {
    let found = this.candidatesIn.get(region);
    if (found === undefined) {
      const collected: TSESTree.Node[] = [];
      const root = region.type === AST_NODE_TYPES.Program ? region : region.body;
      someNode(root, this.host.sourceCode.visitorKeys, true, (node) => {
        if (
          node.type === AST_NODE_TYPES.CallExpression ||
          node.type === AST_NODE_TYPES.AssignmentExpression ||
          (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === 'delete')
        ) {
          collected.push(node);
        }
        return false;
      });
      found = collected.sort((a, b) => a.range[0] - b.range[0]);
      this.candidatesIn.set(region, found);
    }
    return found;
  }
}

/**
 * Code in a function given to the acquiring call runs after it: `server.listen(0, () => { …; server.close() })`, an
 * interval that clears itself. (A patch whose replacement undoes itself, `console.trace = () => { … }`, is not a call.)
 */
function inCallbackOf(acquiring: TSESTree.Node, candidate: TSESTree.Node): boolean {
  if (acquiring.type !== AST_NODE_TYPES.CallExpression && acquiring.type !== AST_NODE_TYPES.NewExpression) return false;
  const fn = enclosingFunction(candidate);
  return fn !== undefined && fn.range[0] >= acquiring.range[0] && fn.range[1] <= acquiring.range[1];
}

/** `using x = acquire()` / `await using x = acquire()` (or `= x` later): disposed when the scope ends. */
export function isDisposed(node: TSESTree.Node): boolean {
  const declarator = node.parent?.type === AST_NODE_TYPES.AwaitExpression ? node.parent.parent : node.parent;
  const declaration = declarator?.parent;
  return (
    declarator?.type === AST_NODE_TYPES.VariableDeclarator &&
    declaration?.type === AST_NODE_TYPES.VariableDeclaration &&
    (declaration.kind === 'using' || declaration.kind === 'await using')
  );
}

/** The registration call a statement makes: `describe(…)`, `await test(…)`. */
function registrationIn(statement: TSESTree.Node): TSESTree.CallExpression | undefined {
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return undefined;
  let expression: TSESTree.Node = statement.expression;
  if (expression.type === AST_NODE_TYPES.AwaitExpression) expression = expression.argument;
  return expression.type === AST_NODE_TYPES.CallExpression ? expression : undefined;
}

/**
 * The variable that holds what `node` acquires, so that a release can be matched by binding: `const x = node`,
 * `const x = await node`, `x = node`, `x = await node`.
 */
export function holderOf(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): TSESLint.Scope.Variable | undefined {
  const value = node.parent?.type === AST_NODE_TYPES.AwaitExpression ? node.parent : node;
  const parent = value.parent;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === value && parent.id.type === AST_NODE_TYPES.Identifier) {
    return sourceCode.getDeclaredVariables(parent)[0];
  }
  if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === value && parent.left.type === AST_NODE_TYPES.Identifier) {
    return ASTUtils.findVariable(sourceCode.getScope(parent), parent.left) ?? undefined;
  }
  return undefined;
}

/** Whether a hook of the suite can reach the variable: it is declared in the suite's body or the file's. */
export function isReachableFromHooks(variable: TSESLint.Scope.Variable, suite: SuiteBody): boolean {
  const block = variable.scope.block;
  return block === suite.node || block.type === AST_NODE_TYPES.Program || variable.scope.type === 'module';
}
