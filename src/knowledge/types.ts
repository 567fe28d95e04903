/**
 * The shape of library knowledge, and `outcomes`, its one helper. A library is described once, as data: which values
 * are of its kinds, and what calling, constructing or reading a property of such a value gives. Every rule reads it
 * through `knowledge/index.ts`.
 */

/** What an operation on a value gives: another kind of the same library, a promise (of a kind), a lazy thenable, or a plain value. */
export type Outcome = string;
// Spelled as: 'value' | 'promise' | 'promise<Kind>' | 'lazy' | Kind

/** The role of a call to a value of a kind, in the test-file model. */
export type CallRole =
  | 'suite'
  | 'test'
  | 'step'
  | 'beforeAll'
  | 'beforeEach'
  | 'afterAll'
  | 'afterEach'
  | 'teardown'
  | 'fixtures';

export interface KindSpec {
  /** What calling a value of this kind gives. */
  readonly call?: Outcome;
  /** What using a value of this kind as a template tag gives, when it differs from calling it (postgres.js `sql`). */
  readonly tag?: Outcome;
  /** What `new` on a value of this kind gives. */
  readonly construct?: Outcome;
  /** Methods: `value.name(...)` gives the outcome. */
  readonly methods?: Readonly<Record<string, Outcome>>;
  /** Methods not listed above (for example every action of a Playwright page). */
  readonly otherMethods?: Outcome;
  /** Properties: `value.name` is of the kind named. */
  readonly properties?: Readonly<Record<string, string>>;
  /** Properties not listed above (for example chai's language chains). */
  readonly otherProperties?: string;
  /** The value itself is a thenable: a promise, or a lazy builder that runs only when awaited. */
  readonly thenable?: 'promise' | 'lazy';
  /** For a thenable: the kind of what awaiting it gives (a query for one document gives the document). */
  readonly resolvesTo?: string;
  /** Methods that replace a module with a mock for the whole file, hoisted above its imports (`vi.mock('pg')`). */
  readonly mocksModules?: readonly string[];
  /** Its methods are matchers on the subject given to `expect(subject)` (jest-style and Playwright assertions). */
  readonly matchesSubject?: boolean;
  /** Calling it, or its methods, asserts (node:assert, chai's `assert`). */
  readonly asserts?: boolean;
  /** Methods that make the runner count the test's assertions (`expect.assertions(n)`, node:test `t.plan(n)`). */
  readonly assertionCounters?: readonly string[];
  /** Awaiting it settles an assertion (the message then says the assertion never runs). */
  readonly assertion?: boolean;
  /**
   * Methods that return their first argument instead of a promise when it is an object made with `new` (pg's
   * `client.query(new Cursor(...))` returns the cursor).
   */
  readonly returnsConstructedArgument?: readonly string[];
  /**
   * Overrides: `value.method(...)` (or calling the value itself, written `()`) overrides something that lasts until it
   * is undone; the name is one of the library's `overrideFamilies`.
   */
  readonly overrides?: Readonly<Record<string, string>>;
  /**
   * Undos: `value.method()` undoes every override of the families listed that was made through the same receiver
   * (`vi.restoreAllMocks()`, `sandbox.restore()`), or, for `'self'`, the override that produced this value
   * (`spy.mockRestore()`, `clock.restore()`).
   */
  readonly undoes?: Readonly<Record<string, 'self' | readonly string[]>>;
  /** A value of this kind holds a connection, socket, server, container or timer until it is closed. */
  readonly resource?: Resource;
  /**
   * Methods (or `()`, calling the value itself) that give a value opened elsewhere rather than a new one, so that
   * they open nothing: objection's `Model.knex()`, mongoose's `connection.getClient()`, TypeORM's `getConnection()`.
   */
  readonly returnsExisting?: readonly string[];
  /** `value.method()` begins a transaction, held by the value it returns (`'returned'`) or by the receiver itself. */
  readonly beginsTransaction?: Readonly<Record<string, 'returned' | 'receiver'>>;
  /** A value of this kind holds a transaction, ended by these methods. */
  readonly transaction?: TransactionEnds;
  /** Methods that run SQL text: `query('BEGIN')` begins a transaction on the receiver, `query('ROLLBACK')` ends it. */
  readonly runsSql?: readonly string[];
  /**
   * Methods that empty tables or the whole database (`orm.schema.clear()`, `knex('t').truncate()`): run in a
   * `beforeEach` or `afterEach`, they keep what one test commits from reaching the next.
   */
  readonly clearsData?: readonly string[];
  /** An HTTP client used in tests: its callback form (`.end(cb)`, `inject(opts, cb)`) is reported by no-sync-client. */
  readonly httpClient?: boolean;
  /**
   * Calling it blocks the event loop until a network response arrives: `'always'` (sync-request), `'network-command'`
   * when its command runs curl, wget or httpie or names an http(s) URL (`execSync`), or `'third-argument-false'` for
   * `xhr.open(method, url, false)`.
   */
  readonly blocks?: 'always' | 'network-command' | 'third-argument-false';
  /**
   * Calling it hands a function to code that runs it on its own schedule and ignores what it returns (React's
   * `useEffect`): code in that function is not the test's, and nothing there can be awaited by it.
   */
  readonly detachesCallback?: boolean;
  /** Methods whose lone function argument is an assertion on the result, not a callback (supertest `.expect(res => …)`). */
  readonly functionAssertions?: readonly string[];
  /** Calls whose last argument is a function use the callback style and return no promise (supertest `.end(cb)`). */
  readonly callbackStyle?: boolean;
  /** Calling a value of this kind registers something with the runner. */
  readonly callRole?: CallRole;
  /** It registers from inside a running test, which is its intended use (node:test's `t.test()`, `t.beforeEach()`). */
  readonly fromRunningTest?: boolean;
  /**
   * Called inside a running test, it registers on that test instead, as this kind: node:test's module-level `after()`
   * in a test body is the test's own teardown, like `t.after()`.
   */
  readonly inRunningTest?: string;
  /** Only a call with a title (a string first argument) registers; other calls are annotations (Playwright `test.skip(cond)`). */
  readonly registersOnlyWithTitle?: boolean;
  /** Kind of the first parameter the runner passes to the registered callback (the test context, Playwright fixtures). */
  readonly callbackContext?: string;
  /** Position of the `done` callback among the registered callback's parameters. */
  readonly doneParam?: number;
}

export interface LibraryKnowledge {
  /** Name used in messages and in qualified kind names. */
  readonly name: string;
  /** Module specifiers whose exports this describes. */
  readonly modules: readonly string[];
  /** Kind of each named export; `default` for the default export. */
  readonly exports?: Readonly<Record<string, string>>;
  /** Exports that differ by entry point, over `exports`: `drizzle` from 'drizzle-orm/node-postgres' makes a Postgres database. */
  readonly moduleExports?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Kind of the whole module object (`require(...)`, `import * as`), when it is not just the named exports. */
  readonly moduleObject?: string;
  /** Kind of a value whose TypeScript annotation names a type the library exports (`let repo: Repository<User>`). */
  readonly types?: Readonly<Record<string, string>>;
  /** Kind of named exports not listed in `exports` (every function of `fs/promises`). */
  readonly otherExports?: string;
  /** Kind of free global names this library provides (only when no local binding shadows them). */
  readonly globals?: Readonly<Record<string, string>>;
  /** Properties that this library adds to every value once it is imported (chai's `should`). */
  readonly valueProperties?: Readonly<Record<string, string>>;
  /**
   * Methods recognised on values of unknown kind by the shape of their first argument, for libraries whose instances
   * usually come from a helper in another file (`app.inject({ url })` from a fastify `build()` helper).
   */
  readonly methodsByArgument?: Readonly<Record<string, MethodByArgument>>;
  /** The kinds of override this library makes, for messages and fixes. */
  readonly overrideFamilies?: Readonly<Record<string, OverrideFamily>>;
  readonly kinds: Readonly<Record<string, KindSpec>>;
}

export interface Resource {
  /** What is held, for messages: "connection pool", "HTTP server". */
  readonly description: string;
  /**
   * Methods that close it, or paths to them through a property (`connection.close` for `mongoose.connection.close()`).
   * The fix writes the first, awaited when the kind says that method returns a promise.
   */
  readonly closes: readonly string[];
  /** Global functions that close it when given the value (`clearInterval(timer)`). */
  readonly closedBy?: readonly string[];
  /** The statement the fix writes, `{{holder}}` standing for the value, when it is not a call of `closes[0]`. */
  readonly closeStatement?: string;
  /**
   * An option the factory's options object must have for anything to open: `knex({ client: 'pg' })` without
   * `connection` only builds SQL. A config the file does not spell out is taken to open it.
   */
  readonly opensWithOption?: string;
  /**
   * Methods that open it: making the value opens nothing, calling one of these on it does, and the value itself holds
   * what was opened (`server.listen()`, fastify's `app.listen()`, `mongoose.connect()`).
   */
  readonly openedBy?: readonly string[];
}

export interface TransactionEnds {
  readonly rollback: readonly string[];
  readonly commit: readonly string[];
  /** The statement the fix writes, `{{holder}}` standing for the transaction (default: `{{holder}}.<rollback>()`). */
  readonly rollbackStatement?: string;
}

export interface OverrideFamily {
  /** What leaks, for messages: "spies and mocks", "stubbed environment variables". */
  readonly description: string;
  /** The method on the same receiver that undoes the whole family, used by the fix (`restoreAllMocks`). */
  readonly undo?: string;
  /** The runner setting that undoes the family after every test, which makes a report pointless. */
  readonly runnerSetting?: RunnerSetting;
  /**
   * What the call replaces: methods of its first argument (`object`: `sinon.stub(obj)`, `sinon.stub(obj, 'get')`), or
   * only the member named by its second (`member`: `sinon.spy(obj, 'get')`). Without them it makes a free-standing
   * double that replaces nothing (`sinon.stub()`, `sinon.spy(callback)`).
   */
  readonly target?: 'object' | 'member';
  /**
   * The override lives in its receiver (handlers of a mock server, registrations of a container), not in global
   * state: made through a receiver that the test, its `beforeEach` or the file itself creates, it dies with it.
   */
  readonly inReceiver?: boolean;
}

export type RunnerSetting = 'restoreMocks' | 'unstubEnvs' | 'unstubGlobals';

export interface MethodByArgument {
  readonly outcome: Outcome;
  /** `request-options`: an object literal with a `url`, `path` or `method` key; `url`: a string starting with `/` or `http`. */
  readonly firstArgument: 'request-options' | 'url';
}

/**
 * A test runner is a library (its API as kinds) that also says how files using it are recognised and how it runs them:
 * the facts the rules ask instead of comparing runner names.
 */
export interface RunnerKnowledge extends LibraryKnowledge {
  /** The runner's id, as `settings['async-test'].framework` spells it. */
  readonly framework: string;
  /** Global names whose use marks a file as this runner's when nothing is imported. */
  readonly markerGlobals?: readonly string[];
  readonly runner: RunnerBehaviour;
}

/** How a runner collects and runs a test file. */
export interface RunnerBehaviour {
  /** The runner's name in messages: "jest", "Playwright". */
  readonly title: string;
  /** The module a fix imports new hooks and helpers from (added only to an existing import from it). */
  readonly module: string;
  /** Hook names a fix writes. */
  readonly hooks: { readonly beforeAll: string; readonly afterEach: string; readonly afterAll: string };
  /** Hooks are methods of the test function (`test.beforeAll`), not functions of their own. */
  readonly hooksOnTest?: boolean;
  /** The runner has no globals: its functions exist in a file only when imported from it. */
  readonly noGlobals?: boolean;
  /**
   * What it does with the promise a suite callback returns: waits for it (tests registered after an `await` run), or
   * ignores it after collecting synchronously (they are lost).
   */
  readonly suitePromise: 'awaited' | 'ignored';
  /** Collection of the file ends before a top-level `await` of an ES module settles: later registrations are lost. */
  readonly losesTestsAfterModuleAwait?: boolean;
  /** Registers at any time, also from a running test or after an `await` (node:test): nothing is lost to collection. */
  readonly registersAtAnyTime?: boolean;
  /**
   * Each test file gets its own globals and module registry, or its own process: what one file overrides cannot reach
   * another file.
   */
  readonly isolatesFiles: boolean;
  /** What the runner passes a test callback: `done`, a test context (then `done` second), or fixtures. */
  readonly testCallback: 'done' | 'context' | 'context, done' | 'fixtures';
  /**
   * How a test registers code to run when it ends: a function imported from the runner module (`onTestFinished`), or
   * a method of the test context passed first (`t.after`).
   */
  readonly perTestTeardown?: { readonly function: string } | { readonly contextMethod: string };
  /** An unhandled rejection while a test runs fails that test: an assertion in a dropped `.then` is not lost. */
  readonly failsOnUnhandledRejection?: boolean;
  /** The runner's spies are disposable: `using spy = vi.spyOn(…)` restores it when the block ends. */
  readonly disposableSpies?: boolean;
  /** The runner's call that sets an environment variable until its env stubs are undone: `vi.stubEnv`. */
  readonly stubEnv?: { readonly object: string; readonly method: string };
  /** Config options that undo overrides after every test (`restoreMocks: true`). */
  readonly autoUndoOptions: readonly RunnerSetting[];
  /** Tests usually import `test` with fixtures from a local module (`./fixtures`), which re-exports the runner's. */
  readonly localFixtureModules?: boolean;
  /** How a project shows that it runs its test files with this runner, when the files neither import it nor use its marker globals. */
  readonly project?: RunnerProject;
}

/** What the project model reads to tell a file's runner and the runner's options (never running the config). */
export interface RunnerProject {
  /** Packages whose presence among package.json's dependencies shows the runner. */
  readonly packages: readonly string[];
  /** The command a package.json script runs it with (`vitest`, `bun test`). */
  readonly command: string;
  /** Config files looked for in the package's folder, in the runner's order; the first found is read. */
  readonly configFiles: readonly string[];
  /** The key of package.json that holds its options (`jest`), when it reads one. */
  readonly packageJsonKey?: string;
  /** The key of the config object under which the options are (`test` in a vite config), when not at its top. */
  readonly optionsKey?: string;
  /** The option that lists the test files (globs relative to the config's folder), and what it is by default. */
  readonly testFilesOption: string;
  readonly defaultTestFiles: readonly string[];
}

/** The same outcome for many methods: `outcomes('promise', ['find', 'save'])`. */
export function outcomes(outcome: Outcome, names: readonly string[]): Record<string, Outcome> {
  return Object.fromEntries(names.map((name) => [name, outcome]));
}
