import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { ASTUtils } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '../src/analysis/ast';
import { describeExpression, isLoop, memberName, propertyKeyName, skipTransparent, someNode } from '../src/analysis/nodes';
import { holderOf, isDisposed, isReachableFromHooks, type Acquisition, type ReleaseMatcher, type SuiteBody } from '../src/analysis/pairing';
import type { TestCall } from '../src/analysis/test-calls';
import { createRule, requireFinallySchema } from '../src/create-rule';
import { TeardownBatch } from '../src/fixes/teardown-batch';
import type { Kind, Resource, RunnerBehaviour } from '../src/knowledge';

type MessageId = 'neverClosed' | 'neverClosedEachTest' | 'pilesUp' | 'outlivesFile' | 'closedTooLate' | 'closeSkippable';
type MissingClose = Extract<MessageId, 'neverClosed' | 'neverClosedEachTest' | 'pilesUp' | 'outlivesFile'>;
type Options = [{ requireFinally?: boolean }];

/**
 * Where the opened value is kept: a variable, a place matched by its text (`this.server`, `orm.em`), or nowhere
 * (`dropped`: the statement throws it away, so nothing can close it).
 */
type Holder = { readonly variable: TSESLint.Scope.Variable } | { readonly text: string } | 'dropped';

interface Opening {
  /** The kind whose value holds the resource. */
  readonly kind: Kind;
  readonly resource: Resource;
  readonly holder: Holder;
}

interface PendingClose {
  readonly node: TSESTree.Node;
  readonly messageId: MissingClose;
  readonly data: { readonly name: string; readonly article: string; readonly what: string; readonly place: string; readonly runner: string };
}

const places = { afterEach: 'in afterEach', afterAll: 'in afterAll', fixture: 'in this fixture, after `use`' } as const;

export default createRule<Options, MessageId>({
  name: 'no-open-handles',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require connections, pools, servers, containers and intervals opened in tests to be closed where the runner pairs them',
      recommended: false,
    },
    fixable: 'code',
    schema: [requireFinallySchema],
    defaultOptions: [{ requireFinally: false }],
    messages: {
      neverClosed:
        '`{{name}}` opens {{article}} {{what}} that is never closed: it keeps the test process from exiting after the last test ("open handles"). Close it {{place}}.',
      neverClosedEachTest:
        '`{{name}}` opens {{article}} {{what}} for each test and never closes it: every test leaves one more open, and the test process cannot exit after the last one ("open handles"). Close it {{place}}.',
      pilesUp:
        '`{{name}}` opens {{article}} {{what}} for each test and never closes it: every test leaves one more open while the later tests run. Close it {{place}}.',
      outlivesFile:
        '`{{name}}` opens {{article}} {{what}} that is never closed: {{runner}} runs later test files in the same process, where it is still open. Close it {{place}}.',
      closedTooLate:
        '`{{name}}` opens {{article}} {{what}} for each test but it is closed only in afterAll: every test leaves one more open until the end. Close it in afterEach.',
      closeSkippable:
        'The {{what}} opened by `{{name}}` is closed by a plain statement after the assertions: when one fails, it stays open. Close it in `finally` or afterEach.',
    },
  },
  create(context, [options], testFile) {
    const sourceCode = context.sourceCode;
    const requireFinally = options.requireFinally === true;
    const pendingCloses = new TeardownBatch<PendingClose>();

    /** The kind a call or `new` gives, or once awaited (`await pool.connect()`) the kind it resolves to. */
    function madeKind(node: TSESTree.Node): Kind | undefined {
      const info = testFile().values.infoOf(node);
      if (info?.kind !== undefined) return info.kind;
      return node.parent?.type === AST_NODE_TYPES.AwaitExpression ? info?.resolvesTo : undefined;
    }

    /**
     * What a call or `new` opens, and where it is kept. A value handed on (to a call, an array, a `return`) is left
     * alone: what it is given to may close it.
     */
    function openingAt(node: TSESTree.CallExpression | TSESTree.NewExpression): Opening | undefined {
      const callee = node.type === AST_NODE_TYPES.CallExpression ? skipTransparent(node.callee) : undefined;
      const receiver = callee?.type === AST_NODE_TYPES.MemberExpression ? skipTransparent(callee.object) : undefined;
      const receiverKind = receiver === undefined ? undefined : testFile().values.kindOf(receiver);
      const made = madeKind(node);
      // `server.listen()`, `mongoose.connect()`: the value the method is called on holds what it opens.
      const held = receiverKind?.resourceOpenedBy(memberName(callee as TSESTree.MemberExpression) ?? '');
      if (receiver !== undefined && receiverKind !== undefined && held !== undefined) {
        const holder = receiverHolder(receiver) ?? (made === receiverKind ? holderAt(flowOf(node, made)) : 'dropped');
        return holder === undefined ? undefined : { kind: receiverKind, resource: held, holder };
      }
      const resource = made?.resource;
      // A method that gives back its receiver's kind (chaining, `db.withSchema()`, `connect()` on a client made
      // earlier) opens nothing new; a kind opened by a method holds nothing until then.
      if (made === undefined || resource === undefined || resource.openedBy !== undefined || made === receiverKind) return undefined;
      const maker = receiver === undefined ? (callee === undefined ? undefined : testFile().values.kindOf(callee)) : receiverKind;
      const makerName = receiver === undefined ? '()' : memberName(callee as TSESTree.MemberExpression);
      if (maker?.returnsExisting(makerName ?? '') === true) return undefined;
      if (resource.opensWithOption !== undefined && lacksOption(node.arguments[0], resource.opensWithOption)) return undefined;
      const holder = holderAt(flowOf(node, made));
      return holder === undefined ? undefined : { kind: made, resource, holder };
    }

    /** `server.listen()`: the variable; `this.server.listen()`: the text; a receiver made by a call: none. */
    function receiverHolder(receiver: TSESTree.Node): Holder | undefined {
      const variable = variableOf(receiver);
      if (variable !== undefined) return { variable };
      return isPlace(receiver) ? { text: sourceCode.getText(receiver) } : undefined;
    }

    /** Where the value a node gives is kept: `const x = …`, `x = await …`, `this.x = …`, or a dropped statement. */
    function holderAt(node: TSESTree.Node): Holder | undefined {
      const variable = holderOf(node, sourceCode);
      if (variable !== undefined) return { variable };
      const value = node.parent?.type === AST_NODE_TYPES.AwaitExpression ? node.parent : node;
      const parent = value.parent;
      if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === value && isPlace(parent.left))
        return { text: sourceCode.getText(parent.left) };
      return parent?.type === AST_NODE_TYPES.ExpressionStatement ? 'dropped' : undefined;
    }

    /** Follows the value through calls that give it back (`createConnection(uri).asPromise()`, `knex(c).on(…)`). */
    function flowOf(node: TSESTree.Node, kind: Kind): TSESTree.Node {
      let current = node;
      for (;;) {
        const member = current.parent;
        const call = member?.parent;
        if (
          member?.type !== AST_NODE_TYPES.MemberExpression ||
          member.object !== current ||
          call?.type !== AST_NODE_TYPES.CallExpression ||
          call.callee !== member
        ) {
          return current;
        }
        if (madeKind(call) !== kind) return current;
        current = call;
      }
    }

    function variableOf(node: TSESTree.Node): TSESLint.Scope.Variable | undefined {
      return node.type === AST_NODE_TYPES.Identifier ? (ASTUtils.findVariable(sourceCode.getScope(node), node) ?? undefined) : undefined;
    }

    /**
     * The open runs only while a variable declared outside the test is unset, and sets it: `if (!db) db = knex(…)`,
     * `db ??= knex(…)`, `if (!db) { const pool = new Pool(); db = new Kysely({ … pool … }) }`. Later tests reuse it.
     */
    function opensOnlyWhileUnset(node: TSESTree.Node, acquisition: Acquisition): boolean {
      const callback = acquisition.context?.callback;
      if (callback === undefined) return false;
      const declaredOutside = (name: TSESTree.Identifier) => {
        const declared = ASTUtils.findVariable(sourceCode.getScope(name), name.name)?.defs[0]?.name;
        return declared !== undefined && (declared.range[1] <= callback.range[0] || declared.range[0] >= callback.range[1]);
      };
      const unsetIn = (test: TSESTree.Expression): TSESTree.Identifier | undefined => {
        const expression = skipTransparent(test);
        if (expression.type === AST_NODE_TYPES.UnaryExpression && expression.operator === '!') {
          const argument = skipTransparent(expression.argument);
          return argument.type === AST_NODE_TYPES.Identifier ? argument : undefined;
        }
        if (expression.type !== AST_NODE_TYPES.BinaryExpression || (expression.operator !== '==' && expression.operator !== '===')) return undefined;
        const left = skipTransparent(expression.left);
        const right = skipTransparent(expression.right);
        const empty =
          (right.type === AST_NODE_TYPES.Literal && right.value === null) || (right.type === AST_NODE_TYPES.Identifier && right.name === 'undefined');
        return left.type === AST_NODE_TYPES.Identifier && empty ? left : undefined;
      };
      const assigns = (region: TSESTree.Node, name: string) =>
        someNode(
          region,
          sourceCode.visitorKeys,
          false,
          (inner) => inner.type === AST_NODE_TYPES.AssignmentExpression && inner.left.type === AST_NODE_TYPES.Identifier && inner.left.name === name,
        );
      for (let current: TSESTree.Node = node; current !== callback && current.parent !== undefined; current = current.parent) {
        const parent: TSESTree.Node = current.parent;
        if (
          parent.type === AST_NODE_TYPES.AssignmentExpression &&
          parent.right === current &&
          (parent.operator === '??=' || parent.operator === '||=')
        ) {
          if (parent.left.type === AST_NODE_TYPES.Identifier && declaredOutside(parent.left)) return true;
        }
        if (parent.type === AST_NODE_TYPES.IfStatement && parent.consequent === current) {
          const variable = unsetIn(parent.test);
          if (variable !== undefined && declaredOutside(variable) && assigns(parent.consequent, variable.name)) return true;
        }
      }
      return false;
    }

    function checkCreation(node: TSESTree.CallExpression | TSESTree.NewExpression): void {
      const opening = openingAt(node);
      if (opening === undefined) return;
      const { kind, resource, holder } = opening;
      const acquisition = testFile().pairing.acquisition(node);
      if (acquisition === undefined) return;
      // `await using _ = server;` after opening it: disposed when that block ends.
      if (holder !== 'dropped' && 'variable' in holder && holder.variable.references.some((reference) => isDisposed(reference.identifier))) return;
      const isHolder = (expression: TSESTree.Node) => {
        const target = skipTransparent(expression);
        if (holder === 'dropped') return false;
        if ('text' in holder) return sourceCode.getText(target) === holder.text;
        return target.type === AST_NODE_TYPES.Identifier && target.name === holder.variable.name && variableOf(target) === holder.variable;
      };
      const matches: ReleaseMatcher = (candidate, place) => {
        if (candidate.type !== AST_NODE_TYPES.CallExpression || holder === 'dropped') return false;
        const callee = skipTransparent(candidate.callee);
        const path = pathFrom(callee, isHolder);
        // `after(server.close.bind(server))`: a teardown given the close method itself.
        if (path !== undefined) return resource.closes.includes(place !== 'test' && path.endsWith('.bind') ? path.slice(0, -'.bind'.length) : path);
        if (callee.type === AST_NODE_TYPES.Identifier && resource.closedBy?.includes(callee.name)) return candidate.arguments.some(isHolder);
        // Precision first: a teardown that hands the resource to any call is assumed to close it.
        return place !== 'test' && candidate.arguments.some(isHolder);
      };
      const verdict = testFile().pairing.verdict(acquisition, matches, requireFinally);
      const data = { name: describeExpression(node), article: articleFor(resource.description), what: resource.description };
      if (verdict.kind === 'released') return;
      if (verdict.kind === 'releasedTooLate') {
        // Closed after the last test of its suite: it piles up only when another test of that suite runs in between, and
        // only when each test opens one (`if (!db) db = knex(…)` opens the first time and reuses it after).
        if (moreTestsRun(acquisition, true) && !opensOnlyWhileUnset(node, acquisition)) context.report({ node, messageId: 'closedTooLate', data });
        return;
      }
      if (verdict.kind === 'skippable') {
        // Skipped only once an assertion has failed, which the runner reports: the harm left is a run that then hangs.
        if (leftOpenHandles() === 'blocksExit') context.report({ node, messageId: 'closeSkippable', data });
        return;
      }
      const messageId = missingCloseMessage(acquisition);
      if (messageId === undefined) return;
      const suite = acquisition.suites[0]!;
      const role = verdict.hook;
      // Only a variable the suite's hooks can reach is closed by the fix (`this` in a new arrow hook is not mocha's).
      const variable = holder !== 'dropped' && 'variable' in holder ? holder.variable : undefined;
      const statement = variable === undefined ? undefined : closeStatement(resource, kind, variable.name);
      const report = { node, messageId, data: { ...data, place: places[role], runner: testFile().runner?.title ?? '' } };
      if (role === 'fixture' || variable === undefined || statement === undefined || !isReachableFromHooks(variable, suite)) {
        context.report(report);
        return;
      }
      pendingCloses.add(suite, role, statement, report);
    }

    function reportPending(): void {
      for (const [{ node, messageId, data }, fix] of pendingCloses.reportsWithFixes(sourceCode, testFile().runner)) {
        context.report({ node, messageId, data, fix });
      }
    }

    /**
     * What a resource never closed does under the file's runner, checked by running each: the test process cannot exit
     * (`blocksExit`), later files of the same process still find it open (`keptForLaterFiles`), or the file's worker
     * ends and closes it (`closedWithWorker`), which leaves harm only while later tests of the file run. Opened for
     * each test, it piles up over the later tests of the file under every runner. Unknown runner: only that pile-up.
     */
    function missingCloseMessage(acquisition: Acquisition): MissingClose | undefined {
      const perTest = acquisition.scope === 'test' || acquisition.scope === 'beforeEach' || acquisition.scope === 'fixture';
      const pilesUp = perTest && moreTestsRun(acquisition, false);
      const leftOpen = leftOpenHandles();
      if (leftOpen === 'blocksExit') return pilesUp ? 'neverClosedEachTest' : 'neverClosed';
      if (pilesUp) return 'pilesUp';
      return leftOpen === 'keptForLaterFiles' ? 'outlivesFile' : undefined;
    }

    /** The runner's fact, where a worker that would close with its file runs later files when the project turns isolation off. */
    function leftOpenHandles(): RunnerBehaviour['leftOpenHandles'] | undefined {
      const leftOpen = testFile().runner?.leftOpenHandles;
      if (leftOpen === 'closedWithWorker' && !testFile().isolatesFiles) return 'keptForLaterFiles';
      // A run told to exit when it is over (mocha `--exit`) cannot hang: as under a runner that ends the file's worker,
      // only what piles up over the file's tests is reported.
      return leftOpen === 'blocksExit' && testFile().forcesExit ? 'closedWithWorker' : leftOpen;
    }

    /**
     * Whether another test runs after the one that opened, in the same file (or, `inSuite`, the same suite): its own
     * rows (`it.each`, a loop, a suite's `describe.each`), a test registered after it, or for a `beforeEach` a second
     * test it runs before. A fixture serves every test that asks for it, and is taken to serve more than one.
     */
    function moreTestsRun(acquisition: Acquisition, inSuite: boolean): boolean {
      const { scope, context, suites } = acquisition;
      if (scope === 'fixture') return true;
      const registration = context?.registration;
      if (registration === undefined || (scope !== 'test' && scope !== 'beforeEach')) return false;
      if (suites.some((suite, level) => runsRepeatedly(suite, level === 0 ? registration : undefined))) return true;
      const levels = inSuite ? suites.slice(0, 1) : suites;
      const pairing = testFile().pairing;
      if (scope === 'beforeEach') return testsIn(suites[0]!) > 1 || pairing.registeredAfter(levels.slice(1), suites[0]!.node);
      return pairing.registeredAfter(levels, registration.node);
    }

    /** The tests a suite registers, nested suites included, counted up to two (a row-driven test counts as two). */
    function testsIn(suite: SuiteBody): number {
      let count = 0;
      for (const registration of suite.registrations) {
        if (registration.role === 'test') count += registration.modifiers.includes('each') ? 2 : 1;
        else if (registration.callback !== undefined) count += testsIn(testFile().pairing.suitesAround(registration.callback.body)[0]!);
        if (count > 1) return count;
      }
      return count;
    }

    /** A suite run once per row (`describe.each`), or a test registered for each row or in a loop of that suite. */
    function runsRepeatedly(suite: SuiteBody, registration: TestCall | undefined): boolean {
      if (suite.node.type !== AST_NODE_TYPES.Program && testFile().registrationOf(suite.node)?.modifiers.includes('each') === true) return true;
      if (registration === undefined) return false;
      if (registration.modifiers.includes('each')) return true;
      for (let node: TSESTree.Node | undefined = registration.node.parent; node !== undefined && node !== suite.node; node = node.parent) {
        if (isLoop(node)) return true;
      }
      return false;
    }

    // Only a value of a kind with a resource opens anything: a file that can meet none has nothing to close.
    if (!testFile().mayMeet('resource')) return {};
    return { CallExpression: checkCreation, NewExpression: checkCreation, 'Program:exit': reportPending };
  },
});

/** The member path from the holder to a callee: `connection.close` for `mongoose.connection.close` held by `mongoose`. */
function pathFrom(callee: TSESTree.Node, isHolder: (node: TSESTree.Node) => boolean): string | undefined {
  const members: string[] = [];
  let node = callee;
  while (node.type === AST_NODE_TYPES.MemberExpression) {
    const name = memberName(node);
    if (name === undefined) return undefined;
    members.unshift(name);
    node = skipTransparent(node.object);
    if (isHolder(node)) return members.join('.');
  }
  return undefined;
}

/** `a` or `an` before a resource's description, by its first letter. */
function articleFor(description: string): string {
  return /^[aeiou]/i.test(description) ? 'an' : 'a';
}

/** An options object written out in full (no spread) without the named option. */
function lacksOption(options: TSESTree.Node | undefined, name: string): boolean {
  if (options?.type !== AST_NODE_TYPES.ObjectExpression) return false;
  return options.properties.every((property) => property.type === AST_NODE_TYPES.Property && propertyKeyName(property) !== name);
}

/** A place a value can be kept in and found again by its text: `this.server`, `context.db`, `orm.em`. */
function isPlace(node: TSESTree.Node): boolean {
  const start = skipTransparent(node);
  let current = start;
  while (current.type === AST_NODE_TYPES.MemberExpression && !current.computed) current = skipTransparent(current.object);
  return current !== start && (current.type === AST_NODE_TYPES.ThisExpression || current.type === AST_NODE_TYPES.Identifier);
}

/** The statement the fix writes: the library's own, or its first close verb, awaited when it returns a promise. */
function closeStatement(resource: Resource, kind: Kind, holder: string): string | undefined {
  if (resource.closeStatement !== undefined) return `${resource.closeStatement.replaceAll('{{holder}}', holder)};`;
  const close = resource.closes[0];
  if (close === undefined) return undefined;
  const segments = close.split('.');
  let target: Kind | undefined = kind;
  for (const segment of segments.slice(0, -1)) target = target?.property(segment);
  const awaits = target?.methodResult(segments.at(-1)!)?.awaitable !== undefined;
  return `${awaits ? 'await ' : ''}${holder}.${close}();`;
}
